import type { ComposerKind, ComposerSnapshot, PageSignals, SiteAdapter } from './site-adapter';
import { blockText, firstHandle, isControlKey } from './dom-helpers';
import type { LabelNote, SelectorNote, SiteFacts } from './site-facts';

/**
 * Every selector Guidepost uses on x.com and twitter.com; change them here only. X names its
 * controls with test ids and its routes with paths that no interface language changes, so nothing
 * here reads a label: X_LABELS is empty on purpose.
 */
export const X_SELECTORS = {
  /** Draft.js content or the narrow layout's textarea; the id is matched exactly below. */
  editorCandidates: '[data-testid^="tweetTextarea_"]',
  editorTestId: /^tweetTextarea_\d+$/,
  draftBlock: '[data-block="true"]',
  postButton: '[data-testid="tweetButtonInline"], [data-testid="tweetButton"]',
  modal: '[aria-modal="true"]',
  column: '[data-testid="primaryColumn"], main',
  post: 'article[data-testid="tweet"]',
  statusPath: /^\/[A-Za-z0-9_]+\/status\/\d+/,
  replyParameter: 'in_reply_to',
  attachments: '[data-testid="attachments"]',
  attachedMedia: 'img, video',
  accountSwitcher: '[data-testid="SideNav_AccountSwitcher_Button"]',
  avatar: '[data-testid^="UserAvatar-Container-"]',
  avatarTestIdPrefix: 'UserAvatar-Container-',
  /** The bio on a profile page; the page is the writer's own when its path is their handle. */
  bio: '[data-testid="UserDescription"]',
  /** Anything that still looks like the post composer when the test ids have changed. */
  composerLike: '.public-DraftEditor-content',
} as const;

export const X_LABELS = {} as const;

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

/**
 * A reply, whatever the interface language (the button's "Reply" / "Responder" and the placeholder
 * are translated and gone once the writer types): the modal X opens at /compose/post?in_reply_to=…,
 * the inline box of a /<handle>/status/<id> page, or any composer with the post it answers above it
 * (a quote has the quoted post below).
 */
function kindOf(editor: HTMLElement): ComposerKind {
  const location = editor.ownerDocument.location;
  const modal = editor.closest(X_SELECTORS.modal);
  if (modal && new URLSearchParams(location?.search ?? '').has(X_SELECTORS.replyParameter)) return 'reply';
  if (!modal && X_SELECTORS.statusPath.test(location?.pathname ?? '')) return 'reply';
  const around = modal ?? editor.closest(X_SELECTORS.column);
  const answers = around && [...around.querySelectorAll(X_SELECTORS.post)].some((post) => post.compareDocumentPosition(editor) & 4 /* FOLLOWING */);
  return answers ? 'reply' : 'post';
}

function handleOfAvatar(avatar: Element | null | undefined): string | null {
  const suffix = avatar?.getAttribute('data-testid')?.slice(X_SELECTORS.avatarTestIdPrefix.length).replace(/^@/, '');
  return suffix ? `@${suffix}` : null;
}

/**
 * The signed-in account: the switcher's avatar test id ends in its handle, in every language and even
 * with the sidebar collapsed; so does the composer's own avatar. The switcher's text comes last: a
 * display name may itself contain someone else's @handle.
 */
function signedInHandle(doc: Document, editor?: HTMLElement, scope?: Element): string | null {
  const switcher = doc.querySelector(X_SELECTORS.accountSwitcher);
  return (
    handleOfAvatar(switcher?.querySelector(X_SELECTORS.avatar)) ??
    (editor ? handleOfAvatar((scope ?? scopeOf(editor)).querySelector(X_SELECTORS.avatar)) : null) ??
    firstHandle(switcher?.textContent ?? '')
  );
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
    actingAs: signedInHandle(editor.ownerDocument, editor, scope),
  };
}

function readText(editor: HTMLElement): string {
  if (editor instanceof HTMLTextAreaElement) return editor.value;
  return blockText(editor, X_SELECTORS.draftBlock);
}

function snapshot(editor: HTMLElement): ComposerSnapshot {
  const scope = scopeOf(editor);
  const buttons = buttonsIn(scope);
  const kind = kindOf(editor);
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
    return target.closest<HTMLElement>(X_SELECTORS.postButton);
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

const MASK = 'code: DimensionDev/Maskbook packages/mask/content-script/site-adaptors/twitter.com/utils/selector.ts';

const SELECTOR_NOTES = {
  editorCandidates: { for: 'every composer part: tweetTextarea_0, _1, … (threads), and the narrow layout wrapper', evidence: MASK },
  editorTestId: { for: 'the editor itself, not tweetTextarea_0_label or …RichTextInputContainer', evidence: MASK },
  draftBlock: { for: "Draft.js's one block per line, to read the draft as written", evidence: 'npm: draft-js 0.11.7 (lib/DraftEditorContents-core.react.js gives each block data-block)' },
  postButton: { for: 'Post / Reply / Post all: tweetButtonInline in the timeline and reply box, tweetButton in the modal', evidence: MASK },
  modal: { for: 'the compose modal over the timeline (#layers)', evidence: '' },
  column: { for: 'the page column an inline composer sits in, to see the post a reply answers', evidence: MASK },
  post: { for: 'a post on the page; one above the composer is the post it replies to', evidence: MASK },
  statusPath: { for: "a post's own page: its inline box replies to it", evidence: MASK },
  replyParameter: { for: 'the reply modal X opens at /compose/post?in_reply_to=<id>', evidence: 'X automation that opens replies this way (public code index, search `compose/post?in_reply_to`; repository not named by the index)' },
  attachments: { for: 'media attached to this composer', evidence: 'an X posting script that counts [data-testid="attachments"] img (public code index, search `[role="dialog"] img[src^="blob:"]`; repository not named by the index)' },
  attachedMedia: { for: 'a photo or video inside the attachments', evidence: 'the same script (public code index, search `[role="dialog"] img[src^="blob:"]`; repository not named by the index)' },
  accountSwitcher: { for: 'the signed-in account, in the side navigation', evidence: MASK },
  avatar: { for: "an avatar whose test id ends in the account's handle (never translated)", evidence: MASK },
  avatarTestIdPrefix: { for: 'the part of the avatar test id before the handle', evidence: MASK },
  bio: { for: "the writer's own bio on their profile page (does it say views are their own?)", evidence: MASK },
  composerLike: { for: 'drift: a Draft.js editor Guidepost does not watch means X renamed its test ids', evidence: MASK },
} as const satisfies Record<keyof typeof X_SELECTORS, SelectorNote>;

const LABEL_NOTES = {} as const satisfies Record<keyof typeof X_LABELS, LabelNote>;

/** The tables above with what each is for and the evidence, for docs/sites.md only. */
export const SITE_FACTS: SiteFacts = { selectors: X_SELECTORS, selectorNotes: SELECTOR_NOTES, labels: X_LABELS, labelNotes: LABEL_NOTES };
