import type { DraftContext } from '../../../rules/schema/context';
import type { ComposerKind, ComposerSnapshot, PageSignals, SiteAdapter } from './site-adapter';
import { closestOutside } from './dom-helpers';

/** Every selector Guidepost uses on www.facebook.com (see SITES.md); change them here only. */
export const FACEBOOK_SELECTORS = {
  editor: 'div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
  dialog: '[role="dialog"]',
  createPostDialog: '[role="dialog"][aria-label="Create post"]',
  commentLabel: /^(write a (public )?comment|write a reply|reply to|comment as)/i,
  postButton: '[role="button"][aria-label="Post"]',
  commentButton: '[role="button"][aria-label="Comment"]',
  privacyButton: '[aria-label^="Edit privacy"]',
  attachedMedia: '[aria-label="Attached media"][role="group"]',
  /** Who the draft goes out as: the dialog's author line, then the account control. */
  identity: '[aria-label^="Posting as"], [aria-label="Your profile"]',
  commentForm: 'form, [role="article"]',
  /** Anything that still looks like the post editor when its attributes have changed. */
  composerLike: '[role="dialog"][aria-label="Create post"] [contenteditable="true"]',
} as const;

/** "Edit privacy. Sharing with Public." and friends; anything else is a custom list. */
const AUDIENCE_WORDS: readonly (readonly [RegExp, NonNullable<DraftContext['audience']>])[] = [
  [/sharing with public\b/i, 'public'],
  [/sharing with only me\b/i, 'only-me'],
  [/sharing with friends\.?$/i, 'friends'],
];

export function audienceFromLabel(label: string): DraftContext['audience'] {
  const trimmed = label.trim();
  if (!/sharing with/i.test(trimmed)) return null;
  for (const [pattern, audience] of AUDIENCE_WORDS) if (pattern.test(trimmed)) return audience;
  return 'custom';
}

function kindOf(editor: HTMLElement): ComposerKind {
  const label = editor.getAttribute('aria-label') ?? '';
  return FACEBOOK_SELECTORS.commentLabel.test(label.trim()) ? 'comment' : 'post';
}

function scopeOf(editor: HTMLElement): Element {
  if (kindOf(editor) === 'post') return editor.closest(FACEBOOK_SELECTORS.dialog) ?? editor.ownerDocument.body;
  // A comment box's controls sit beside it; its form (or the post around it) holds them.
  return editor.closest(FACEBOOK_SELECTORS.commentForm) ?? editor.parentElement ?? editor;
}

function postButtons(editor: HTMLElement): HTMLElement[] {
  return buttonsIn(scopeOf(editor), kindOf(editor));
}

function buttonsIn(scope: Element, kind: ComposerKind): HTMLElement[] {
  const selector = kind === 'post' ? FACEBOOK_SELECTORS.postButton : FACEBOOK_SELECTORS.commentButton;
  return [...scope.querySelectorAll<HTMLElement>(selector)];
}

/** Lexical renders one block per paragraph; a `<br>` inside one is a line break unless it only holds the line open. */
export function lexicalText(editor: HTMLElement): string {
  const blocks = [...editor.children];
  if (blocks.length === 0) return editor.textContent ?? '';
  return blocks.map(blockWithBreaks).join('\n');
}

function blockWithBreaks(block: Element): string {
  let text = '';
  const walker = block.ownerDocument.createTreeWalker(block, 5 /* SHOW_ELEMENT | SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === 3) text += node.nodeValue ?? '';
    else if ((node as Element).tagName === 'BR' && node.nextSibling !== null) text += '\n';
  }
  return text;
}

function actingAs(editor: HTMLElement): string | null {
  const scope = editor.closest(FACEBOOK_SELECTORS.dialog) ?? editor.ownerDocument;
  const identity = scope.querySelector(FACEBOOK_SELECTORS.identity) ?? editor.ownerDocument.querySelector(FACEBOOK_SELECTORS.identity);
  if (!identity) return null;
  const name = identity.textContent?.trim() || identity.querySelector('[alt]')?.getAttribute('alt')?.trim();
  return name ? name : null;
}

function readSignals(editor: HTMLElement): PageSignals {
  return signalsWith(editor, kindOf(editor));
}

function signalsWith(editor: HTMLElement, kind: ComposerKind): PageSignals {
  const dialog = editor.closest(FACEBOOK_SELECTORS.dialog);
  const privacy = dialog?.querySelector(FACEBOOK_SELECTORS.privacyButton);
  return {
    reply: kind === 'comment',
    media: Boolean(dialog?.querySelector(FACEBOOK_SELECTORS.attachedMedia)),
    audience: privacy ? audienceFromLabel(privacy.getAttribute('aria-label') ?? '') : null,
    actingAs: actingAs(editor),
  };
}

function snapshot(editor: HTMLElement): ComposerSnapshot {
  const kind = kindOf(editor);
  const scope = scopeOf(editor);
  return { text: lexicalText(editor), signals: signalsWith(editor, kind), kind, scope, postButtons: buttonsIn(scope, kind) };
}

export const facebookAdapter: SiteAdapter = {
  site: 'facebook',
  findEditors(root) {
    // Only post dialogs and comment boxes: chat boxes are Lexical editors too, but private messages.
    return [...root.querySelectorAll<HTMLElement>(FACEBOOK_SELECTORS.editor)].filter(
      (editor) =>
        FACEBOOK_SELECTORS.commentLabel.test(editor.getAttribute('aria-label')?.trim() ?? '') ||
        Boolean(editor.closest(FACEBOOK_SELECTORS.dialog)?.querySelector(FACEBOOK_SELECTORS.postButton)),
    );
  },
  snapshot,
  readText: lexicalText,
  scopeOf,
  kindOf,
  readSignals,
  postButtons,
  postButtonAt(target) {
    return closestOutside(target, `${FACEBOOK_SELECTORS.postButton}, ${FACEBOOK_SELECTORS.commentButton}`);
  },
  isSubmitKey(event, editor) {
    if (event.isComposing || event.key !== 'Enter') return false;
    // Enter sends a comment; Shift+Enter is a new line. In the post dialog Enter is always a new line.
    return kindOf(editor) === 'comment' && !event.shiftKey && !event.altKey;
  },
  acceptsPaste() {
    return true;
  },
  // Facebook's profile Intro has no stable marker yet; the per-site setting covers it.
  ownBio: () => null,
  hasUnwatchedComposer(doc) {
    const watched = facebookAdapter.findEditors(doc);
    return [...doc.querySelectorAll<HTMLElement>(FACEBOOK_SELECTORS.composerLike)].some((e) => !watched.includes(e));
  },
};
