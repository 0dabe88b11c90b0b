import type { ComposerKind, ComposerSnapshot, PageSignals, SiteAdapter } from './site-adapter';
import { blockText, closestOutside, firstHandle, isControlKey } from './dom-helpers';

/** Every selector Guidepost uses on x.com and twitter.com (see SITES.md); change them here only. */
export const X_SELECTORS = {
  /** Draft.js content or the narrow layout's textarea; the id is matched exactly below. */
  editorCandidates: '[data-testid^="tweetTextarea_"]',
  editorTestId: /^tweetTextarea_\d+$/,
  draftBlock: '[data-block="true"]',
  postButton: '[data-testid="tweetButtonInline"], [data-testid="tweetButton"]',
  modal: '[aria-modal="true"]',
  attachments: '[data-testid="attachments"]',
  attachedMedia: 'img, video',
  accountSwitcher: '[data-testid="SideNav_AccountSwitcher_Button"]',
  avatarPrefix: '[data-testid^="UserAvatar-Container-"]',
  avatarTestIdPrefix: 'UserAvatar-Container-',
  placeholder: '.public-DraftEditorPlaceholder-root',
  /** The bio on a profile page; the page is the writer's own when its path is their handle. */
  bio: '[data-testid="UserDescription"]',
  /** Anything that still looks like the post composer when the test ids have changed. */
  composerLike: '.public-DraftEditor-content, [role="textbox"][aria-label="Post text"]',
} as const;

const REPLY_WORDS = /^reply$/i;
const REPLY_PLACEHOLDER = /reply/i;

function asEditor(candidate: Element): HTMLElement | null {
  if (!X_SELECTORS.editorTestId.test(candidate.getAttribute('data-testid') ?? '')) return null;
  if (candidate instanceof HTMLTextAreaElement) return candidate;
  if (candidate.getAttribute('contenteditable') === 'true') return candidate as HTMLElement;
  // Narrow layout: a plain textarea inside the test-id wrapper.
  return candidate.querySelector('textarea');
}

/** Walks up from the editor to the smallest ancestor that holds a Post button: its column or dialog. */
function scopeOf(editor: HTMLElement): Element {
  const modal = editor.closest(X_SELECTORS.modal);
  for (let node = editor.parentElement; node; node = node.parentElement) {
    if (node.querySelector(X_SELECTORS.postButton)) return node;
    if (node === modal) return modal;
  }
  return modal ?? editor.ownerDocument.body;
}

function buttonsIn(scope: Element): HTMLElement[] {
  return [...scope.querySelectorAll<HTMLElement>(X_SELECTORS.postButton)];
}

function postButtons(editor: HTMLElement): HTMLElement[] {
  return buttonsIn(scopeOf(editor));
}

function kindOf(editor: HTMLElement): ComposerKind {
  return kindWith(editor, postButtons(editor)[0]);
}

function kindWith(editor: HTMLElement, button: HTMLElement | undefined): ComposerKind {
  if (button && REPLY_WORDS.test(button.textContent?.trim() ?? '')) return 'reply';
  const placeholder = editor.closest('.DraftEditor-root')?.querySelector(X_SELECTORS.placeholder);
  const hint = `${placeholder?.textContent ?? ''} ${editor.getAttribute('placeholder') ?? ''}`;
  return REPLY_PLACEHOLDER.test(hint) ? 'reply' : 'post';
}

function actingAs(editor: HTMLElement, scope: Element): string | null {
  const doc = editor.ownerDocument;
  const fromSwitcher = signedInHandle(doc);
  if (fromSwitcher) return fromSwitcher;
  const switcher = doc.querySelector(X_SELECTORS.accountSwitcher);
  // The composer shows the poster's avatar, whose test id ends in their handle.
  const avatar = scope.querySelector(X_SELECTORS.avatarPrefix) ?? switcher?.querySelector(X_SELECTORS.avatarPrefix);
  const suffix = avatar?.getAttribute('data-testid')?.slice(X_SELECTORS.avatarTestIdPrefix.length);
  return suffix ? `@${suffix.replace(/^@/, '')}` : null;
}

function signedInHandle(doc: Document): string | null {
  return firstHandle(doc.querySelector(X_SELECTORS.accountSwitcher)?.textContent ?? '');
}

function ownBio(doc: Document): string | null {
  const handle = signedInHandle(doc);
  const path = doc.location?.pathname.split('/')[1] ?? '';
  if (!handle || path.toLowerCase() !== handle.slice(1).toLowerCase()) return null;
  return doc.querySelector(X_SELECTORS.bio)?.textContent ?? null;
}

function readSignals(editor: HTMLElement): PageSignals {
  return signalsWith(editor, scopeOf(editor), kindOf(editor));
}

function signalsWith(editor: HTMLElement, scope: Element, kind: ComposerKind): PageSignals {
  const attachments = scope.querySelector(X_SELECTORS.attachments);
  return {
    reply: kind === 'reply',
    media: Boolean(attachments?.querySelector(X_SELECTORS.attachedMedia)),
    // X posts are seen by anyone unless the account is protected, which the page does not say here.
    audience: null,
    actingAs: actingAs(editor, scope),
  };
}

function readText(editor: HTMLElement): string {
  if (editor instanceof HTMLTextAreaElement) return editor.value;
  return blockText(editor, X_SELECTORS.draftBlock);
}

function snapshot(editor: HTMLElement): ComposerSnapshot {
  const scope = scopeOf(editor);
  const buttons = buttonsIn(scope);
  const kind = kindWith(editor, buttons[0]);
  return { text: readText(editor), signals: signalsWith(editor, scope, kind), kind, scope, postButtons: buttons };
}

export const xAdapter: SiteAdapter = {
  site: 'x',
  findEditors(root) {
    const found: HTMLElement[] = [];
    for (const candidate of root.querySelectorAll(X_SELECTORS.editorCandidates)) {
      const editor = asEditor(candidate);
      if (editor && !found.includes(editor)) found.push(editor);
    }
    return found;
  },
  snapshot,
  readText,
  scopeOf,
  kindOf,
  readSignals,
  postButtons,
  postButtonAt(target) {
    return closestOutside(target, X_SELECTORS.postButton);
  },
  isSubmitKey(event) {
    return event.key === 'Enter' && isControlKey(event) && !event.isComposing;
  },
  acceptsPaste(editor) {
    return !(editor instanceof HTMLTextAreaElement);
  },
  ownBio,
  hasUnwatchedComposer(doc) {
    const watched = xAdapter.findEditors(doc);
    return [...doc.querySelectorAll<HTMLElement>(X_SELECTORS.composerLike)].some((e) => !watched.includes(e));
  },
};
