import type { DraftContext } from '../../../rules/schema/context';
import type { ComposerKind, ComposerSnapshot, PageSignals, SiteAdapter, WorkContact } from './site-adapter';
import {
  labelPrefixes,
  labelSet,
  nameIn,
  nameTemplates,
  normaliseLabel,
  startsWithLabel,
  type LabelNote,
  type LabelTable,
  type SelectorNote,
  type SiteFacts,
} from './site-facts';

/**
 * Every selector Guidepost uses on www.facebook.com; change them here only. None of them depends on
 * the interface language: what only a label can tell is in FACEBOOK_LABELS, in every language.
 */
export const FACEBOOK_SELECTORS = {
  editor: 'div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]',
  dialog: '[role="dialog"]',
  control: '[role="button"], button',
  commentSubmit: '#focused-state-composer-submit',
  commentForm: 'form',
  blobImage: 'img[src^="blob:"]',
  video: 'video',
  labelled: '[aria-label]',
  /** The dialog's title and whatever people cannot see or do not read as the author's name. */
  notAuthor: 'h1, h2, h3, h4, [role="heading"], [role="button"], button, [aria-hidden="true"], [hidden], [role="radiogroup"], [role="menu"], style, script',
  /** Anything that still looks like the post editor when its attributes have changed. */
  composerLike: '[role="dialog"][aria-label] [contenteditable="true"]',
  /** Links that name a person's profile by id: a friend request's, a profile's own. */
  profileLink: 'a[href*="profile_id="], a[href*="profile.php?id="], a[href*="/people/"]',
  /** Posts, dialogs and menus on a profile page: nothing there is the person's own work details. */
  notIntro: '[role="article"], [role="dialog"], [role="menu"], [role="feed"], [role="banner"], [role="navigation"]',
} as const;

/** Path segments of facebook.com that are not someone's profile name. */
const NOT_PROFILE_PATHS = /^(?:friends|groups|watch|marketplace|pages|events|messages|notifications|settings|photos?|stories|reels?|gaming|bookmarks|saved|search)$/i;

/** Labels, where a label is the only signal, in each interface language (see LABEL_NOTES for which are confirmed). */
export const FACEBOOK_LABELS = {
  createPostDialog: {
    en: ['Create post'],
    fr: ['Créer une publication'],
    de: ['Beitrag erstellen'],
    es: ['Crear publicación'],
    cy: ['Creu neges'],
    pl: ['Utwórz post'],
  },
  postButton: {
    en: ['Post', 'Publish', 'Share now'],
    fr: ['Publier', 'Partager maintenant'],
    de: ['Posten', 'Veröffentlichen', 'Jetzt teilen'],
    es: ['Publicar', 'Compartir ahora'],
    cy: ['Postio', 'Cyhoeddi', 'Rhannu nawr'],
    pl: ['Opublikuj', 'Udostępnij teraz'],
  },
  nextButton: {
    en: ['Next'],
    fr: ['Suivant'],
    de: ['Weiter'],
    es: ['Siguiente'],
    cy: ['Nesaf'],
    pl: ['Dalej'],
  },
  commentBox: {
    en: ['Write a comment', 'Write a public comment', 'Write a reply', 'Reply to'],
    fr: ['Écrivez un commentaire', 'Écrivez une réponse', 'Répondre à'],
    de: ['Schreibe einen Kommentar', 'Schreibe eine Antwort', 'Antworten an'],
    es: ['Escribe un comentario', 'Escribe una respuesta', 'Responder a'],
    cy: ['Ysgrifennu sylw', 'Ysgrifennu ateb'],
    pl: ['Napisz komentarz', 'Napisz odpowiedź'],
  },
  commentAs: {
    en: ['Comment as {name}'],
    fr: ['Commenter en tant que {name}'],
    de: ['Kommentieren als {name}', 'Als {name} kommentieren'],
    es: ['Comentar como {name}'],
    cy: ['Rhoi sylw fel {name}'],
    pl: ['Skomentuj jako {name}'],
  },
  commentSend: {
    en: ['Comment', 'Post comment', 'Reply'],
    fr: ['Commenter', 'Publier le commentaire', 'Répondre'],
    de: ['Kommentieren', 'Kommentar posten', 'Antworten'],
    es: ['Comentar', 'Publicar comentario', 'Responder'],
    cy: ['Rhoi sylw', 'Postio sylw', 'Ateb'],
    pl: ['Skomentuj', 'Opublikuj komentarz', 'Odpowiedz'],
  },
  privacy: {
    en: ['Edit privacy. Sharing with'],
    fr: ['Modifier la confidentialité. Partagé avec'],
    de: ['Privatsphäre bearbeiten. Geteilt mit'],
    es: ['Editar privacidad. Compartiendo con'],
    cy: ['Golygu preifatrwydd. Yn rhannu gyda'],
    pl: ['Edytuj prywatność. Udostępniane dla'],
  },
  audiencePublic: {
    en: ['Public'],
    fr: ['Public'],
    de: ['Öffentlich'],
    es: ['Público'],
    cy: ['Cyhoeddus'],
    pl: ['Publiczne'],
  },
  audienceFriends: {
    en: ['Friends'],
    fr: ['Amis'],
    de: ['Freunde'],
    es: ['Amigos'],
    cy: ['Ffrindiau'],
    pl: ['Znajomi'],
  },
  audienceOnlyMe: {
    en: ['Only me'],
    fr: ['Moi uniquement'],
    de: ['Nur ich'],
    es: ['Solo yo'],
    cy: ['Fi yn unig'],
    pl: ['Tylko ja'],
  },
  removeAttachment: {
    en: ['Remove post attachment'],
    fr: ['Supprimer la pièce jointe de la publication'],
    de: ['Beitragsanhang entfernen'],
    es: ['Eliminar archivo adjunto de la publicación'],
    cy: ['Tynnu atodiad y neges'],
    pl: ['Usuń załącznik posta'],
  },
  messageBox: {
    en: ['Message'],
    fr: ['Message'],
    de: ['Nachricht'],
    es: ['Mensaje'],
    cy: ['Neges'],
    pl: ['Wiadomość'],
  },
  confirmOnCard: {
    en: ['Confirm'],
    fr: ['Confirmer'],
    de: ['Bestätigen'],
    es: ['Confirmar'],
    cy: ['Cadarnhau'],
    pl: ['Potwierdź'],
  },
  befriend: {
    en: ['Confirm request', 'Add friend'],
    fr: ['Confirmer la demande', 'Ajouter'],
    de: ['Anfrage bestätigen', 'Freund/in hinzufügen'],
    es: ['Confirmar solicitud', 'Agregar a amigos'],
    cy: ['Cadarnhau cais', 'Ychwanegu ffrind'],
    pl: ['Potwierdź zaproszenie', 'Dodaj znajomego'],
  },
  worksAt: {
    en: ['Works at'],
    fr: ['Travaille chez', 'Travaille à'],
    de: ['Arbeitet bei'],
    es: ['Trabaja en'],
    cy: ['Yn gweithio yn', 'Gweithio yn'],
    pl: ['Pracuje w'],
  },
} as const satisfies Record<string, LabelTable>;

const POST_LABELS = labelSet(FACEBOOK_LABELS.postButton);
const NEXT_LABELS = labelSet(FACEBOOK_LABELS.nextButton);
const SEND_LABELS = labelSet(FACEBOOK_LABELS.commentSend);
const CREATE_POST_LABELS = labelSet(FACEBOOK_LABELS.createPostDialog);
const REMOVE_MEDIA_LABELS = labelSet(FACEBOOK_LABELS.removeAttachment);
const MESSAGE_LABELS = labelSet(FACEBOOK_LABELS.messageBox);
const COMMENT_BOX_PREFIXES = labelPrefixes(FACEBOOK_LABELS.commentBox);
const PRIVACY_PREFIXES = labelPrefixes(FACEBOOK_LABELS.privacy);
const COMMENT_AS = nameTemplates(FACEBOOK_LABELS.commentAs);
const WORKS_AT_PREFIXES = labelPrefixes(FACEBOOK_LABELS.worksAt);

/** Controls labelled with any of the tables' labels, as one selector (case aside, as labelSet compares). */
function controlsLabelled(...tables: LabelTable[]): string {
  const labels = [...new Set(tables.flatMap((table) => Object.values(table).flat()))];
  return labels.map((label) => `[role="button"][aria-label="${label}" i], button[aria-label="${label}" i]`).join(', ');
}
const CARD_CONTROLS = controlsLabelled(FACEBOOK_LABELS.confirmOnCard, FACEBOOK_LABELS.befriend);
const PROFILE_CONTROLS = labelSet(FACEBOOK_LABELS.befriend);
const AUDIENCES: readonly (readonly [ReadonlySet<string>, NonNullable<DraftContext['audience']>])[] = [
  [labelSet(FACEBOOK_LABELS.audiencePublic), 'public'],
  [labelSet(FACEBOOK_LABELS.audienceFriends), 'friends'],
  [labelSet(FACEBOOK_LABELS.audienceOnlyMe), 'only-me'],
];

/** "Edit privacy. Sharing with Public." and its translations; any other audience is a custom one. */
export function audienceFromLabel(label: string): DraftContext['audience'] {
  const prefix = startsWithLabel(label, PRIVACY_PREFIXES);
  if (prefix === null) return null;
  const audience = normaliseLabel(label).slice(prefix.length).replace(/^[\s:]+/, '');
  return AUDIENCES.find(([words]) => words.has(audience))?.[1] ?? 'custom';
}

/** What a control is called: its accessible label, else its text. */
function controlLabel(control: Element): string {
  return normaliseLabel(control.getAttribute('aria-label') ?? control.textContent ?? '');
}

/** What the page shows about the box itself: its label, its placeholder (a sibling Lexical draws). */
function boxTexts(editor: HTMLElement): string[] {
  const texts = [editor.getAttribute('aria-label') ?? '', editor.getAttribute('aria-placeholder') ?? ''];
  for (const sibling of editor.parentElement?.children ?? []) if (sibling !== editor) texts.push(sibling.textContent ?? '');
  return texts.filter((text) => text.trim() !== '');
}

/** Once a box shows it is a comment box, it stays one (its send control only shows while it has focus). */
const commentBoxes = new WeakSet<HTMLElement>();

function isComment(editor: HTMLElement): boolean {
  if (commentBoxes.has(editor)) return true;
  const submit = editor.closest(FACEBOOK_SELECTORS.commentForm)?.querySelector(FACEBOOK_SELECTORS.commentSubmit);
  const labelled = boxTexts(editor).some((text) => startsWithLabel(text, COMMENT_BOX_PREFIXES) !== null || nameIn(text, COMMENT_AS) !== null);
  if (!submit && !labelled) return false;
  commentBoxes.add(editor);
  return true;
}

/** Private messages are never read, wherever their box sits. */
function isMessageBox(editor: HTMLElement): boolean {
  return MESSAGE_LABELS.has(normaliseLabel(editor.getAttribute('aria-label') ?? ''));
}

function kindOf(editor: HTMLElement): ComposerKind {
  return isComment(editor) ? 'comment' : 'post';
}

/**
 * What the page showed for an editor while it was on the page. Facebook takes the post editor away on
 * the "Post settings" step and the comment box's "Comment as <Name>" placeholder away as soon as the
 * writer types: the draft, its circumstances and who it goes out as are still what they were.
 */
interface LastSeen {
  scope: Element | null;
  text: string;
  signals: PageSignals | null;
}
const lastSeen = new WeakMap<HTMLElement, LastSeen>();

function seenOf(editor: HTMLElement): LastSeen {
  let seen = lastSeen.get(editor);
  if (!seen) lastSeen.set(editor, (seen = { scope: null, text: '', signals: null }));
  return seen;
}

function scopeOf(editor: HTMLElement): Element {
  if (!editor.isConnected) return lastSeen.get(editor)?.scope ?? editor.ownerDocument.body;
  if (kindOf(editor) === 'post') return editor.closest(FACEBOOK_SELECTORS.dialog) ?? editor.ownerDocument.body;
  // A comment box's controls sit beside it in its form; the post around it has its own "Comment" button.
  const form = editor.closest(FACEBOOK_SELECTORS.commentForm);
  if (form) return form;
  for (let node = editor.parentElement; node && !node.matches(FACEBOOK_SELECTORS.dialog); node = node.parentElement) {
    if (node.querySelector(FACEBOOK_SELECTORS.commentSubmit)) return node;
  }
  return editor.parentElement ?? editor;
}

/** The control inside the comment submit container (the container itself when it is the control). */
function sendControlOf(submit: Element): HTMLElement {
  return (submit.querySelector<HTMLElement>(FACEBOOK_SELECTORS.control) ?? submit) as HTMLElement;
}

function controlsIn(scope: Element, labels: readonly ReadonlySet<string>[]): HTMLElement[] {
  return [...scope.querySelectorAll<HTMLElement>(FACEBOOK_SELECTORS.control)].filter((control) => labels.some((set) => set.has(controlLabel(control))));
}

/**
 * The controls that post this editor's draft, or lead to the step that does: a comment's send
 * control; the dialog's Post (Publish, Share now) or, on a Page's first step, Next. Next itself is
 * never held (postButtonAt does not know it): only the final Post is.
 */
function postButtons(editor: HTMLElement): HTMLElement[] {
  return buttonsIn(scopeOf(editor), kindOf(editor));
}

function buttonsIn(scope: Element, kind: ComposerKind): HTMLElement[] {
  if (kind === 'post') return controlsIn(scope, [POST_LABELS, NEXT_LABELS]);
  const found = [...scope.querySelectorAll(FACEBOOK_SELECTORS.commentSubmit)].map(sendControlOf);
  // A labelled send control counts only inside the box's own form, never the post's action bar.
  if (!scope.matches(FACEBOOK_SELECTORS.commentForm)) return found;
  for (const control of controlsIn(scope, [SEND_LABELS])) if (!found.includes(control)) found.push(control);
  return found;
}

function postButtonAt(target: Element): HTMLElement | null {
  const submit = target.closest(FACEBOOK_SELECTORS.commentSubmit);
  if (submit) return sendControlOf(submit);
  const control = target.closest<HTMLElement>(FACEBOOK_SELECTORS.control);
  if (!control) return null;
  const label = controlLabel(control);
  if (POST_LABELS.has(label)) return control;
  // "Comment" also names the post's own action-bar button, which only opens the box: only a form's counts.
  const form = control.closest(FACEBOOK_SELECTORS.commentForm);
  return SEND_LABELS.has(label) && form?.querySelector(FACEBOOK_SELECTORS.editor) ? control : null;
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

/**
 * The name in the Create post dialog's header: the first text the writer sees in the dialog before
 * the editor, leaving out its title and controls. It is the profile's or the Page's name, whatever
 * the interface language.
 */
function authorInDialog(dialog: Element, editor: HTMLElement): string | null {
  // The dialog's own label is its title, in the interface's language, wherever the title is drawn.
  const titles = new Set([...CREATE_POST_LABELS, normaliseLabel(dialog.getAttribute('aria-label') ?? '')]);
  const walker = dialog.ownerDocument.createTreeWalker(dialog, 4 /* SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (editor.contains(node) || editor.compareDocumentPosition(node) & 4 /* FOLLOWING */) return null;
    const text = node.nodeValue?.replace(/\s+/g, ' ').trim();
    if (text && !titles.has(normaliseLabel(text)) && !node.parentElement?.closest(FACEBOOK_SELECTORS.notAuthor)) return text;
  }
  return null;
}

function actingAs(editor: HTMLElement): string | null {
  if (kindOf(editor) === 'comment') {
    for (const text of boxTexts(editor)) {
      const name = nameIn(text, COMMENT_AS);
      if (name) return name;
    }
    return null;
  }
  const dialog = editor.closest(FACEBOOK_SELECTORS.dialog);
  return dialog ? authorInDialog(dialog, editor) : null;
}

function hasMedia(scope: Element, editor: HTMLElement): boolean {
  const preview = [...scope.querySelectorAll(`${FACEBOOK_SELECTORS.blobImage}, ${FACEBOOK_SELECTORS.video}`)].some((media) => !editor.contains(media));
  return preview || [...scope.querySelectorAll(FACEBOOK_SELECTORS.labelled)].some((element) => REMOVE_MEDIA_LABELS.has(controlLabel(element)));
}

function audienceIn(scope: Element): DraftContext['audience'] {
  for (const element of scope.querySelectorAll(FACEBOOK_SELECTORS.labelled)) {
    const audience = audienceFromLabel(element.getAttribute('aria-label') ?? '');
    if (audience !== null) return audience;
  }
  return null;
}

function readSignals(editor: HTMLElement): PageSignals {
  return signalsIn(editor, scopeOf(editor), kindOf(editor));
}

function signalsIn(editor: HTMLElement, scope: Element, kind: ComposerKind): PageSignals {
  const seen = seenOf(editor);
  if (!editor.isConnected && seen.signals) return seen.signals;
  const comment = kind === 'comment';
  const signals: PageSignals = {
    reply: comment,
    media: hasMedia(scope, editor),
    audience: comment ? null : audienceIn(scope),
    // The placeholder that names the commenter goes once there is text: it still comments as them.
    actingAs: actingAs(editor) ?? seen.signals?.actingAs ?? null,
  };
  seen.scope = scope;
  seen.signals = signals;
  return signals;
}

function readText(editor: HTMLElement): string {
  const seen = seenOf(editor);
  if (!editor.isConnected && seen.signals) return seen.text;
  seen.text = lexicalText(editor);
  return seen.text;
}

/** Everything a check and the post guard read, at one moment; an editor the page took away reads as last seen. */
function snapshot(editor: HTMLElement): ComposerSnapshot {
  // The page is walked once for the editor's kind and scope, shared by everything else read.
  const kind = kindOf(editor);
  const scope = scopeOf(editor);
  return { text: readText(editor), signals: signalsIn(editor, scope, kind), kind, scope, postButtons: buttonsIn(scope, kind) };
}

/**
 * Who a link or page address is about, as Guidepost keeps it: `id:<number>` for the ids Facebook
 * uses in friend requests (`/friends/requests/?profile_id=…`), `profile.php?id=…` and `/people/<name>/<id>`,
 * `user:<name>` for a profile's own address (`/jo.bloggs`); null for anything else.
 */
export function profileKey(href: string, base: string): string | null {
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return null;
  }
  if (!/(?:^|\.)facebook\.com$/.test(url.hostname)) return null;
  const id = url.searchParams.get('profile_id') ?? (url.pathname === '/profile.php' ? url.searchParams.get('id') : null) ?? /^\/people\/[^/]+\/(\d+)\/?$/.exec(url.pathname)?.[1];
  if (id && /^\d+$/.test(id)) return `id:${id}`;
  const name = /^\/([A-Za-z0-9.]{5,50})\/?$/.exec(url.pathname)?.[1];
  return name && !NOT_PROFILE_PATHS.test(name) ? `user:${name.toLowerCase()}` : null;
}

/** The elements that hold text directly, in order, leaving out what `skip` matches. */
function textHolders(scope: Element, skip: string): Element[] {
  const found: Element[] = [];
  const walker = scope.ownerDocument.createTreeWalker(scope, 4 /* SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement!;
    if (parent !== found.at(-1) && node.nodeValue!.trim() && !parent.closest(skip)) found.push(parent);
  }
  return found;
}

const lineOf = (element: Element) => element.textContent!.replace(/\s+/g, ' ').trim();

/** The profile page's "Works at …" lines (Intro), the label's element grown until it holds the workplace too. */
function worksAtLines(scope: Element): string[] {
  return textHolders(scope, FACEBOOK_SELECTORS.notIntro).flatMap((holder) => {
    const prefix = startsWithLabel(holder.textContent!, WORKS_AT_PREFIXES);
    if (!prefix) return [];
    let line = holder;
    // "Works at " and the workplace's link are often separate elements of one line.
    for (let up = 0; up < 3 && normaliseLabel(line.textContent!) === prefix && line.parentElement; up++) line = line.parentElement;
    return [lineOf(line)];
  });
}

/** The card a friend-request control belongs to: the nearest part of the page holding a link to the person's profile. */
function cardOf(control: Element, base: string): { card: Element; key: string } | null {
  let node = control.parentElement;
  for (let up = 0; node && up < 8 && !node.matches('[role="main"], body'); up++, node = node.parentElement) {
    for (const link of node.querySelectorAll<HTMLAnchorElement>(FACEBOOK_SELECTORS.profileLink)) {
      const key = profileKey(link.getAttribute('href') ?? '', base);
      if (key) return { card: node, key };
    }
  }
  return null;
}

/**
 * Friend-request cards (their Confirm, or Add friend on a suggestion) and a profile page's own
 * Confirm request / Add friend, each with the work details the page shows beside it: a card's
 * lines (its header, a "Works at" line), a profile's Intro "Works at" line. One per person.
 */
function workContacts(doc: Document): WorkContact[] {
  const base = doc.location?.href ?? 'https://www.facebook.com/';
  const found = new Map<string, WorkContact>();
  for (const button of doc.querySelectorAll<HTMLElement>(CARD_CONTROLS)) {
    if (button.closest(FACEBOOK_SELECTORS.dialog)) continue;
    const card = cardOf(button, base);
    if (card) {
      if (!found.has(card.key)) found.set(card.key, { key: card.key, workLines: textHolders(card.card, FACEBOOK_SELECTORS.control).map(lineOf), button });
      continue;
    }
    // Outside a card, only a profile's own controls count ("Confirm" alone could be anything's).
    const key = profileKey(base, base);
    if (!key || found.has(key) || !PROFILE_CONTROLS.has(controlLabel(button))) continue;
    found.set(key, { key, workLines: worksAtLines(button.closest('[role="main"]') ?? doc.body), button });
  }
  return [...found.values()].filter((contact) => contact.workLines.length > 0);
}

export const facebookAdapter: SiteAdapter = {
  site: 'facebook',
  findEditors(root) {
    // Post dialogs (in any step, with or without a Post button yet) and comment boxes; never messages.
    return [...root.querySelectorAll<HTMLElement>(FACEBOOK_SELECTORS.editor)].filter(
      (editor) => !isMessageBox(editor) && (isComment(editor) || editor.closest(FACEBOOK_SELECTORS.dialog) !== null),
    );
  },
  snapshot,
  readText,
  scopeOf,
  kindOf,
  readSignals,
  postButtons,
  postButtonAt,
  isSubmitKey(event, editor) {
    if (event.isComposing || event.key !== 'Enter') return false;
    // Enter sends a comment; Shift+Enter is a new line. In the post dialog Enter is always a new line.
    if (kindOf(editor) !== 'comment' || event.shiftKey || event.altKey) return false;
    // While a mention typeahead is open, Enter picks the person: Lexical marks the box as a combobox then.
    return !editor.hasAttribute('aria-activedescendant') && editor.getAttribute('aria-expanded') !== 'true';
  },
  draftOutlivesEditor(editor) {
    // The "Post settings" step: the same dialog, its editor gone, the draft still to be posted from it.
    const scope = lastSeen.get(editor)?.scope;
    if (editor.isConnected || !scope?.isConnected) return false;
    return scope.matches(FACEBOOK_SELECTORS.dialog) && !scope.querySelector(FACEBOOK_SELECTORS.editor);
  },
  acceptsPaste() {
    return true;
  },
  // Facebook's profile Intro has no stable marker yet; the per-site setting covers it.
  ownBio: () => null,
  workContacts,
  hasUnwatchedComposer(doc) {
    const watched = facebookAdapter.findEditors(doc);
    return [...doc.querySelectorAll<HTMLElement>(FACEBOOK_SELECTORS.composerLike)].some(
      (box) => !watched.includes(box) && CREATE_POST_LABELS.has(normaliseLabel(box.closest(FACEBOOK_SELECTORS.dialog)?.getAttribute('aria-label') ?? '')),
    );
  },
};

const SNORKEL = 'code: vader-pepe/snorkel engine/src/constants/facebook/index.ts';
const LABEL_REGEX = 'a Playwright tool for Facebook Pages, whose comment-box pattern lists these (public code index, search `skomentuj jako`; repository not named by the index)';
const POSTER = 'a Facebook posting extension that looks for these Post buttons in the dialog (public code index, search `div[aria-label="Publicar"]`; repository not named by the index)';

const SELECTOR_NOTES = {
  editor: { for: 'every post and comment editor: Lexical marks its root, Facebook gives it the textbox role', evidence: SNORKEL },
  dialog: { for: 'the Create post dialog (and its Post settings step): scopes the editor, its controls, audience and media', evidence: POSTER },
  control: { for: 'buttons: Facebook draws most as div[role=button]', evidence: SNORKEL },
  commentSubmit: { for: "a comment box's send control, whatever its label; shown while the box has focus", evidence: 'several comment bots click the role=button inside it (public code index, search `focused-state-composer-submit`; repository not named by the index)' },
  commentForm: { for: "a comment box's own form: holds its send control, not the post's action bar", evidence: 'an automation that finds the comment form as form[role=presentation] holding the submit (public code index, search `focused-state-composer-submit`; repository not named by the index)' },
  blobImage: { for: 'a photo attached but not yet uploaded: its preview is a blob: image in the dialog', evidence: 'several posting scripts wait for this preview (public code index, search `[role="dialog"] img[src^="blob:"]`; repository not named by the index)' },
  video: { for: 'a video attached: its preview plays in the dialog', evidence: 'a posting script waits for [role=dialog] video (public code index, search `[role="dialog"] img[src^="blob:"]`; repository not named by the index)' },
  labelled: { for: 'elements whose label may name the audience or the remove-attachment control', evidence: '' },
  notAuthor: { for: 'skipped when reading the author name in the dialog header: the title, controls, hidden parts', evidence: '' },
  composerLike: { for: 'drift: an editable box in a Create post dialog (any language) that Guidepost does not watch', evidence: '' },
  profileLink: {
    for: "the person a friend-request card is about: its link to their profile, by id (kept only as a salted hash, for the boundaries tip's once per person)",
    evidence:
      'many pages link people by their friend-request address, /friends/requests/?profile_id=<id>, and a link normaliser turns it into profile.php?id=<id> (public code index, search `/friends/requests/?profile_id=`; repositories not named by the index)',
  },
  notIntro: { for: "skipped when reading a profile's Intro: its posts, dialogs, menus and the site's bars", evidence: 'posts are [role=article] (the sites\' extensions and scripts generally); the rest unconfirmed' },
} as const satisfies Record<keyof typeof FACEBOOK_SELECTORS, SelectorNote>;

const LABEL_NOTES = {
  createPostDialog: {
    for: "the Create post dialog's label, to tell drift (a renamed editor) from no composer",
    confirmed: { 'Create post': 'a posting guide that clicks the «Post button in the Create post dialog» (public code index, search `[role="dialog"] img[src^="blob:"]`; repository not named by the index)' },
  },
  postButton: {
    for: 'the control that posts: the one-step Post, the Post on the Post settings step, Publish, Share now',
    confirmed: {
      Post: SNORKEL,
      Publish: POSTER,
      Publier: POSTER,
      Publicar: POSTER,
      Veröffentlichen: POSTER,
      Opublikuj: 'Polish Facebook posting scripts (public code index, search `aria-label="Opublikuj"`; repository not named by the index)',
      'Share now': 'share scripts that click div[role=button][aria-label="Share now"] (public code index, search `aria-label="Share now"`; repository not named by the index)',
      'Compartir ahora': 'a share script that also looks for [aria-label="Compartir ahora"] (public code index, search `aria-label="Share now"`; repository not named by the index)',
    },
  },
  nextButton: {
    for: 'the first of two steps (Pages, professional mode, some media posts): leads to Post settings, is not held itself',
    confirmed: { Next: 'a Facebook Page guide: Next, then Post in the Post settings dialog (public code index, search `facebook page composer Next Post settings`; repository not named by the index)', Dalej: 'a Polish Facebook script with nextButton Next/Dalej (public code index, search `aria-label="Opublikuj"`; repository not named by the index)' },
  },
  commentBox: {
    for: "a comment or reply box's label (prefix), when its send control is not showing",
    confirmed: { 'Write a comment': LABEL_REGEX, 'Write a public comment': LABEL_REGEX, 'Écrivez un commentaire': LABEL_REGEX, 'Schreibe einen Kommentar': LABEL_REGEX, 'Escribe un comentario': LABEL_REGEX, 'Napisz komentarz': LABEL_REGEX },
  },
  commentAs: {
    for: "who a comment goes out as: the box's label or placeholder names the profile or Page",
    confirmed: { 'Comment as {name}': LABEL_REGEX, 'Commenter en tant que {name}': LABEL_REGEX, 'Kommentieren als {name}': LABEL_REGEX, 'Comentar como {name}': LABEL_REGEX, 'Skomentuj jako {name}': LABEL_REGEX },
  },
  commentSend: {
    for: "a comment's send control when it carries a label but sits outside #focused-state-composer-submit",
    confirmed: {
      Comment: 'a comment tool whose submit selectors list [aria-label="Comment"] and [aria-label="Comentar"] (public code index, search `focused-state-composer-submit`; repository not named by the index)',
      Comentar: 'the same comment tool (public code index, search `focused-state-composer-submit`; repository not named by the index)',
      'Post comment': 'a comment bot that also looks for [aria-label="Post comment"] (public code index, search `focused-state-composer-submit`; repository not named by the index)',
    },
  },
  privacy: { for: "the audience button's label, before the audience's name", confirmed: { 'Edit privacy. Sharing with': 'several posting scripts match this prefix (public code index, search `Edit privacy. Sharing with`; repository not named by the index)' } },
  audiencePublic: { for: 'the audience after the privacy prefix: public', confirmed: { Public: 'posting scripts set Public through it (public code index, search `Edit privacy. Sharing with`; repository not named by the index)' } },
  audienceFriends: { for: 'the audience after the privacy prefix: friends', confirmed: { Friends: 'a script guide lists Public, Friends, Only me (public code index, search `Edit privacy. Sharing with`; repository not named by the index)' } },
  audienceOnlyMe: { for: 'the audience after the privacy prefix: only the writer', confirmed: { 'Only me': 'a script compares with "Sharing with Only me" (public code index, search `Edit privacy. Sharing with`; repository not named by the index)' } },
  removeAttachment: { for: "the attached media's remove button: media is attached even once the preview is uploaded", confirmed: { 'Remove post attachment': 'posting scripts wait for this button after attaching a photo (public code index, search `Remove post attachment`; repository not named by the index)' } },
  messageBox: { for: 'private message boxes: never read, even inside a dialog', confirmed: {} },
  confirmOnCard: {
    for: "a friend-request card's accept control; only inside a card that links a profile, since other dialogs say Confirm too",
    confirmed: {
      Confirm: 'an auto-accept extension clicks div[aria-label="Confirm"] on the friend requests page (code: SalmanDeveloperz/AutoAccept-Facebook-Friends Code/content.js)',
      Confirmar: 'an automation whose friend-accept selectors list [aria-label="Confirmar"] and [aria-label="Confirm"] (public code index, search `[aria-label="Add friend"]`; repository not named by the index)',
    },
  },
  befriend: {
    for: "a profile page's own Confirm request or Add friend (and a suggestion card's Add friend): the boundaries tip sits beside it",
    confirmed: {
      'Confirm request': 'a Facebook extension that watches clicks on [aria-label="Confirm"], [aria-label="Confirm request"] (public code index, search `aria-label="Confirm request"`; repository not named by the index)',
      'Add friend': 'several automations click [role="button"][aria-label="Add friend"] (public code index, search `[aria-label="Add friend"]`; repositories not named by the index)',
    },
  },
  worksAt: { for: "the line of a profile's Intro (or a card) that names the person's current workplace, read for the organisation's name", confirmed: {} },
} as const satisfies Record<keyof typeof FACEBOOK_LABELS, LabelNote>;

/** The tables above with what each is for and the evidence, for docs/sites.md only. */
export const SITE_FACTS: SiteFacts = { selectors: FACEBOOK_SELECTORS, selectorNotes: SELECTOR_NOTES, labels: FACEBOOK_LABELS, labelNotes: LABEL_NOTES };
