import type { PageSignals, SiteAdapter, WorkContact } from './site-adapter';

/**
 * The last resort when a site's markup has changed under its adapter: any box the writer can type
 * into, read as plain text. It takes over only where that is safe:
 *
 * - only when the site's own adapter finds no composer anywhere in the page (it has gone blind;
 *   while it still sees composers, boxes it does not know are left alone), and only a box that
 *   shows it is for writing a post: the page still has what the adapter knows a composer looks
 *   like, or the box's own label says post, reply, comment or the like (so a page with no composer
 *   at all, only an assistant's prompt box, say, is left alone);
 * - only the outermost editable region, never one labelled as a message, chat or search box
 *   (private messages are not posts);
 * - and it never writes: a fix is offered to copy instead of put into an editor whose framework
 *   Guidepost no longer knows, and posting is never held, because it cannot tell which control
 *   posts. The writer sees findings and guidance; the popup says the composer is read in basic mode.
 */
export const GENERIC_SELECTORS = {
  editable: '[contenteditable="true"], [contenteditable="plaintext-only"], [contenteditable=""]',
  /** Where the box's own label may be, on it or on the dialog it sits in. */
  labelled: '[role="dialog"], [aria-modal="true"], form',
  scope: 'form, [role="dialog"], [aria-modal="true"], [role="form"]',
} as const;

const NOT_A_POST = /\b(?:message|messages|messaging|messenger|chat|search|dm|direct)\b/i;
const FOR_A_POST = /\b(?:post|tweet|reply|comment|what['’]s happening|on your mind|write something|share)\b/i;

const NO_SIGNALS: PageSignals = { reply: false, media: false, audience: null, actingAs: null };

/** What a box says it is for: its label, placeholder and the label of the dialog or form around it. */
function purposeOf(editor: HTMLElement): string {
  const doc = editor.ownerDocument;
  const parts = [editor.getAttribute('aria-label'), editor.getAttribute('aria-placeholder'), editor.getAttribute('placeholder'), editor.getAttribute('data-placeholder')];
  for (const id of (editor.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean)) parts.push(doc.getElementById(id)?.textContent ?? null);
  const around = editor.parentElement?.closest(GENERIC_SELECTORS.labelled);
  if (around) parts.push(around.getAttribute('aria-label'));
  return parts.filter(Boolean).join(' ');
}

function isCandidate(editor: HTMLElement, claimed: readonly HTMLElement[]): boolean {
  if (editor.parentElement?.closest(GENERIC_SELECTORS.editable)) return false;
  if (editor.getAttribute('aria-readonly') === 'true' || editor.getAttribute('aria-disabled') === 'true') return false;
  if (claimed.some((own) => own === editor || own.contains(editor) || editor.contains(own))) return false;
  return !NOT_A_POST.test(purposeOf(editor));
}

/** The editable boxes a blind site adapter leaves, that are safe to read. */
export function genericEditors(root: ParentNode, claimed: readonly HTMLElement[] = []): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(GENERIC_SELECTORS.editable)].filter((editor) => isCandidate(editor, claimed));
}

/** The text as laid out, blocks on their own lines, whatever the editor's framework. */
function readText(editor: HTMLElement): string {
  // innerText follows the rendered line breaks of any block markup; it is read once per check.
  return (editor.innerText ?? editor.textContent ?? '').replace(/\n{3,}/g, '\n\n').replace(/\n+$/, '');
}

function genericScope(editor: HTMLElement): Element {
  return editor.closest(GENERIC_SELECTORS.scope) ?? editor.parentElement ?? editor;
}

/**
 * The site's adapter, with the generic reader for boxes it cannot see when it sees none. Every
 * question about an editor goes to whichever of the two found it; questions about the page (its
 * post controls, the writer's bio) stay with the site's.
 */
export function withGenericFallback(
  site: SiteAdapter,
): SiteAdapter & { isBasic(editor: HTMLElement): boolean; draftOutlivesEditor(editor: HTMLElement): boolean; workContacts(doc: Document): WorkContact[] } {
  const basic = new WeakSet<HTMLElement>();
  const of = (editor: HTMLElement) => !basic.has(editor);
  return {
    site: site.site,
    findEditors(root) {
      const own = site.findEditors(root);
      if (own.length > 0) return own;
      const candidates = genericEditors(root);
      // Asking the site's adapter about drift looks through the page again: only when there is a box to decide on.
      if (candidates.length === 0) return candidates;
      const doc = root instanceof Document ? root : (root as Node).ownerDocument;
      const drifted = doc !== null && site.hasUnwatchedComposer(doc);
      const found = drifted ? candidates : candidates.filter((editor) => FOR_A_POST.test(purposeOf(editor)));
      for (const editor of found) basic.add(editor);
      return found;
    },
    isBasic: (editor) => basic.has(editor),
    snapshot: (editor) =>
      of(editor) ? site.snapshot(editor) : { text: readText(editor), signals: NO_SIGNALS, kind: 'post', scope: genericScope(editor), postButtons: [] },
    readText: (editor) => (of(editor) ? site.readText(editor) : readText(editor)),
    scopeOf: (editor) => (of(editor) ? site.scopeOf(editor) : genericScope(editor)),
    kindOf: (editor) => (of(editor) ? site.kindOf(editor) : 'post'),
    readSignals: (editor) => (of(editor) ? site.readSignals(editor) : NO_SIGNALS),
    postButtons: (editor) => (of(editor) ? site.postButtons(editor) : []),
    postButtonAt: (target) => site.postButtonAt(target),
    isSubmitKey: (event, editor) => of(editor) && site.isSubmitKey(event, editor),
    draftOutlivesEditor: (editor) => of(editor) && site.draftOutlivesEditor?.(editor) === true,
    hasUnwatchedComposer: (doc) => site.hasUnwatchedComposer(doc),
    ownBio: (doc) => site.ownBio(doc),
    workContacts: (doc) => site.workContacts?.(doc) ?? [],
    acceptsPaste: (editor) => of(editor) && site.acceptsPaste(editor),
  };
}
