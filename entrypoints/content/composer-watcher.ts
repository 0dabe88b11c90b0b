import { onNextFrame } from './next-frame';
import type { SiteAdapter } from './sites/site-adapter';

export interface WatchHandlers {
  /** The editors now in the page, after something was added, removed or navigated. */
  editors(found: HTMLElement[]): void;
  /** Nodes that changed since the last frame, for telling the composers they belong to. */
  changed(targets: ReadonlySet<Node>): void;
}

/** Attributes that can add or remove a composer, or change what is known about one (audience, buttons). */
const WATCHED_ATTRIBUTES = ['aria-label', 'data-testid', 'contenteditable', 'role', 'aria-modal'];

/**
 * One MutationObserver for the document, its records handled once per animation frame: the sites
 * add, remove and remount editors all the time (SPA routes, modals, media sub-routes), and this
 * never polls. Calls `editors` first whenever the page's structure may have changed.
 */
export function watchComposers(doc: Document, adapter: SiteAdapter, handlers: WatchHandlers, signal: AbortSignal): { rescan(): void } {
  const view = doc.defaultView!;
  const targets = new Set<Node>();
  let structural = true;
  /** The editors found by the last look through the page. */
  let editors: HTMLElement[] = [];
  let cancelFrame: (() => void) | null = null;

  const flush = () => {
    cancelFrame = null;
    if (signal.aborted) return;
    if (structural) {
      structural = false;
      editors = adapter.findEditors(doc);
      handlers.editors(editors);
    }
    if (targets.size > 0) {
      const batch = new Set(targets);
      targets.clear();
      handlers.changed(batch);
    }
  };
  const schedule = () => {
    if (cancelFrame === null && !signal.aborted) cancelFrame = onNextFrame(view, flush);
  };

  // Typing changes the nodes inside an editor on every key: that cannot add or remove an editor,
  // so it does not send the watcher looking through the whole page again.
  const insideEditor = (node: Node) => editors.some((editor) => editor.contains(node));
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      targets.add(record.target);
      if (structural || record.type === 'characterData') continue;
      if (record.type === 'attributes' || !insideEditor(record.target)) structural = true;
    }
    schedule();
  });
  observer.observe(doc.documentElement, {
    subtree: true,
    childList: true,
    characterData: true,
    attributes: true,
    attributeFilter: WATCHED_ATTRIBUTES,
  });
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      cancelFrame?.();
    },
    { once: true },
  );
  schedule();
  return {
    rescan() {
      structural = true;
      schedule();
    },
  };
}
