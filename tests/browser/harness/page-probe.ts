// What a script of the site's own can find out about Guidepost, run in the page's main world by the
// tests that check the shipped build keeps its findings to itself (page-probe.test.ts,
// closed-overlay.test.ts). Every way the security review used to read the old overlay is here.

/** What the page found: each entry names the way and the word. */
export interface PageProbe {
  /** Words found, as `<way>: <word>`. */
  found: string[];
  /** Frames the page can count (`window.length`): Guidepost's are in a closed shadow root. */
  frames: number;
  /** Addresses of the extension's own the page saw, in resource timing or anything it read (a per-install or per-session id). */
  extensionUrls: string[];
  /** Nodes outside the page's own document that an event the page heard pointed at (Firefox's `originalTarget` does). */
  reached: string[];
}

declare global {
  interface Window {
    /** Filled by `listenAsThePage`: the nodes the page's listeners were handed that are not the page's own. */
    __probeNodes?: Node[];
  }
}

/**
 * Listens, as a page script can, on everything the writer does, and keeps any node an event hands
 * the page that is not the page's own: an element inside a shadow root or a frame element, through
 * `target`, `composedPath()` or Firefox's `originalTarget` and `explicitOriginalTarget`.
 */
export function listenAsThePage(): void {
  const reached: Node[] = (window.__probeNodes = []);
  const foreign = (value: unknown): value is Node =>
    value instanceof Node && (value.nodeName === 'IFRAME' || (value.getRootNode() !== document && value.getRootNode() !== value));
  const note = (event: Event) => {
    const loose = event as Event & { originalTarget?: unknown; explicitOriginalTarget?: unknown };
    for (const node of [event.target, loose.originalTarget, loose.explicitOriginalTarget, ...event.composedPath()]) {
      try {
        if (foreign(node) && !reached.includes(node)) reached.push(node);
      } catch {
        // A node of another origin's: the browser denies the page even a look.
      }
    }
  };
  for (const type of ['pointerdown', 'mousedown', 'mouseup', 'click', 'focus', 'focusin', 'focusout', 'blur', 'keydown', 'keyup', 'selectionchange', 'mouseover', 'pointerover']) {
    window.addEventListener(type, note, true);
  }
}

/**
 * Everything a page script can try for `words`: find(), the selection after select-all, the text and
 * HTML of the page, of every shadow root it can open, and of whatever it got hold of through events
 * (the node, the root it is in, the frame's document and address).
 */
export function probeAsThePage(words: string[]): PageProbe {
  const found: string[] = [];
  const selection = document.getSelection()!;
  // Not in the DOM's types, but in every browser: find(text, caseSensitive, backwards, wrapAround, wholeWord, searchInFrames).
  const { find } = window as unknown as { find(...args: [string, boolean, boolean, boolean, boolean, boolean]): boolean };
  for (const word of words) {
    selection.removeAllRanges();
    let hit = false;
    try {
      hit = find.call(window, word, false, false, true, false, true);
    } catch {
      // Firefox denies a search that would go into another origin's frame.
    }
    if (!hit) continue;
    found.push(`find: ${word}`);
    if (selection.toString().includes(word)) found.push(`selection after find: ${word}`);
  }
  selection.removeAllRanges();
  document.execCommand('selectAll');
  const selected = selection.toString();
  selection.removeAllRanges();
  selection.selectAllChildren(document.documentElement);
  const selectedAll = selection.toString();
  selection.removeAllRanges();

  const texts: [string, string][] = [
    ['select-all', selected],
    ['selection of the whole document', selectedAll],
    ['innerText', document.body.innerText],
    ['textContent', document.documentElement.textContent ?? ''],
    ['HTML with serialisable shadow roots', document.documentElement.getHTML({ serializableShadowRoots: true })],
  ];
  // Shadow-root walking: every root the page can open, and every frame it can read.
  for (const element of document.querySelectorAll('*')) {
    if (element.shadowRoot) texts.push(['shadow root', element.shadowRoot.innerHTML]);
    if (element instanceof HTMLIFrameElement) {
      try {
        texts.push(['frame', element.contentDocument?.documentElement.outerHTML ?? '']);
      } catch {
        // Another origin's frame: nothing to read, which is the point.
      }
    }
  }
  for (let i = 0; i < window.length; i++) {
    try {
      texts.push(['window.frames', window[i]!.document.documentElement.outerHTML]);
    } catch {
      // Another origin's frame.
    }
  }
  const reached = window.__probeNodes ?? [];
  for (const node of reached) {
    const attempts: [string, () => string | null | undefined][] = [
      ['reached node', () => (node as Element).outerHTML ?? node.textContent],
      ['its root', () => (node.getRootNode() as ShadowRoot).innerHTML],
      ['its frame', () => (node as HTMLIFrameElement).contentDocument?.documentElement.outerHTML],
      ['its frame address', () => (node as HTMLIFrameElement).contentWindow?.location.href],
    ];
    for (const [way, read] of attempts) {
      try {
        texts.push([way, read() ?? '']);
      } catch {
        // Another origin's.
      }
    }
  }
  for (const [way, text] of texts) for (const word of words) if (text.includes(word)) found.push(`${way}: ${word}`);
  const addresses = texts.flatMap(([, text]) => text.match(/(?:chrome|moz)-extension:\/\/[\w-]+/g) ?? []);

  return {
    found,
    frames: window.length,
    extensionUrls: [
      ...performance
        .getEntriesByType('resource')
        .map((entry) => entry.name)
        .filter((name) => /^(?:chrome|moz)-extension:/.test(name)),
      ...addresses,
    ],
    reached: reached.map((node) => node.nodeName),
  };
}

/** A closed shadow root of the page's own making, holding `text`: the probe must find it there, or it proves nothing. */
export function hideInClosedShadowRoot(text: string): void {
  const host = document.createElement('probe-control');
  const root = host.attachShadow({ mode: 'closed' });
  const p = document.createElement('p');
  p.textContent = text;
  root.append(p);
  document.body.append(host);
}
