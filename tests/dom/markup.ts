/**
 * Markup shaped like the sites' composers (SITES.md) and the replica pages in tests/replica: the
 * attributes Guidepost's adapters rely on, with the editors' rendered DOM as Draft.js and Lexical
 * produce it. Text is escaped by the helpers.
 */

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Draft.js renders one `data-block` per line, text in `span[data-text]`, an empty block as a `<br>`. */
export function draftEditor(index: number, text: string, placeholder = "What's happening?"): string {
  const blocks = text
    .split('\n')
    .map(
      (line, i) =>
        `<div data-block="true" data-editor="e${index}" data-offset-key="k${i}-0-0"><div class="public-DraftStyleDefault-block" data-offset-key="k${i}-0-0"><span data-offset-key="k${i}-0-0">${
          line === '' ? '<br data-text="true">' : `<span data-text="true">${escape(line)}</span>`
        }</span></div></div>`,
    )
    .join('');
  return `<div data-testid="tweetTextarea_${index}RichTextInputContainer"><div data-testid="tweetTextarea_${index}_label">
    <div class="DraftEditor-root">${text === '' ? `<div class="public-DraftEditorPlaceholder-root">${escape(placeholder)}</div>` : ''}
      <div class="DraftEditor-editorContainer"><div aria-label="Post text" class="public-DraftEditor-content" contenteditable="true" role="textbox" data-testid="tweetTextarea_${index}"><div data-contents="true">${blocks}</div></div></div>
    </div></div></div>`;
}

export interface XPageOptions {
  handle?: string;
  /** The switcher's display name, which may itself hold an @handle. */
  displayName?: string;
  media?: boolean;
  buttonText?: string;
}

export function xSideNav(handle = '@jo_smith', displayName = 'Jo Smith'): string {
  return `<nav><button data-testid="SideNav_AccountSwitcher_Button"><div data-testid="UserAvatar-Container-${handle.slice(1)}"></div><span>${escape(displayName)}</span><span>${handle}</span></button></nav>`;
}

function attachments(media: boolean | undefined): string {
  return media ? '<div data-testid="attachments"><img alt="" src="blob:photo"></div>' : '';
}

export function xTimeline(text: string, options: XPageOptions = {}): string {
  return `${xSideNav(options.handle, options.displayName)}<main><div class="column">${draftEditor(0, text)}${attachments(options.media)}
    <div role="group"><button data-testid="fileInput-button">Media</button><button data-testid="tweetButtonInline" type="button">${options.buttonText ?? 'Post'}</button></div></div></main>`;
}

/** The post a reply or quote shows with the composer. */
const tweet = '<article data-testid="tweet"><span>Someone\'s post</span></article>';

export function xModal(texts: string[], options: XPageOptions & { kind?: 'post' | 'reply' | 'quote' } = {}): string {
  const kind = options.kind ?? 'post';
  return `<div id="layers"><div aria-modal="true" role="dialog">${kind === 'reply' ? tweet : ''}<div>${texts.map((t, i) => draftEditor(i, t)).join('')}${attachments(options.media)}
    <button data-testid="tweetButton" type="button">${options.buttonText ?? (texts.length > 1 ? 'Post all' : 'Post')}</button></div>${kind === 'quote' ? tweet : ''}</div></div>`;
}

/** The inline reply box of a post's own page (/<handle>/status/<id>), its words in any language. */
export function xReply(text: string, words: { button: string; placeholder: string } = { button: 'Reply', placeholder: 'Post your reply' }): string {
  return `<main><div data-testid="primaryColumn">${tweet}<div class="reply">${draftEditor(0, text, words.placeholder)}
    <button data-testid="tweetButtonInline" type="button">${escape(words.button)}</button></div></div></main>`;
}

/** X's narrow layout: a plain textarea inside the test-id wrapper. */
export function xNarrow(text: string): string {
  return `<div><div data-testid="tweetTextarea_0"><textarea placeholder="What's happening?">${escape(text)}</textarea></div><button data-testid="tweetButtonInline">Post</button></div>`;
}

/** Lexical: one `<p>` per paragraph, text in `span[data-lexical-text]`, a line break as `<br>`. */
export function lexicalEditor(text: string, label: string): string {
  const paragraphs = text
    .split('\n\n')
    .map((para) => `<p class="x1"><span data-lexical-text="true">${para.split('\n').map(escape).join('</span><br><span data-lexical-text="true">')}</span></p>`)
    .join('');
  return `<div contenteditable="true" role="textbox" data-lexical-editor="true" aria-label="${label}" spellcheck="true">${text === '' ? '<p><br></p>' : paragraphs}</div>`;
}

/** What the Facebook fixtures say, in one interface language. */
export interface FacebookWords {
  createPost: string;
  post: string;
  next: string;
  privacy: (audience: string) => string;
  audience: Record<'Public' | 'Friends' | 'Only me' | 'Custom', string>;
  writeComment: string;
  commentAs: (name: string) => string;
  send: string;
  remove: string;
}

export const FACEBOOK_WORDS: Record<'en' | 'fr', FacebookWords> = {
  en: {
    createPost: 'Create post',
    post: 'Post',
    next: 'Next',
    privacy: (audience) => `Edit privacy. Sharing with ${audience}.`,
    audience: { Public: 'Public', Friends: 'Friends', 'Only me': 'Only me', Custom: 'Close friends' },
    writeComment: 'Write a comment…',
    commentAs: (name) => `Comment as ${name}`,
    send: 'Comment',
    remove: 'Remove post attachment',
  },
  fr: {
    createPost: 'Créer une publication',
    post: 'Publier',
    next: 'Suivant',
    privacy: (audience) => `Modifier la confidentialité. Partagé avec ${audience}.`,
    audience: { Public: 'Public', Friends: 'Amis', 'Only me': 'Moi uniquement', Custom: 'Amis proches' },
    writeComment: 'Écrivez un commentaire…',
    commentAs: (name) => `Commenter en tant que ${name}`,
    send: 'Commenter',
    remove: 'Supprimer la pièce jointe de la publication',
  },
};

export interface FacebookOptions {
  audience?: 'Public' | 'Friends' | 'Only me' | 'Custom';
  /** What the dialog shows of an attached file: its blob: preview, a video, or (uploaded) only its remove button. */
  media?: 'photo' | 'video' | 'uploaded' | false;
  /** The name in the dialog header: the writer's profile or a Page they post as. */
  actingAs?: string;
  words?: FacebookWords;
  /** A Page's first step shows Next instead of Post. */
  step?: 'post' | 'next';
}

function mediaPreview(media: FacebookOptions['media'], words: FacebookWords): string {
  const remove = `<div role="button" aria-label="${words.remove}" tabindex="0"></div>`;
  if (media === 'photo') return `<div><img alt="" src="blob:https://www.facebook.com/1f2e">${remove}</div>`;
  if (media === 'video') return `<div><video src="blob:https://www.facebook.com/3a4b"></video>${remove}</div>`;
  if (media === 'uploaded') return `<div><img alt="" src="https://scontent.example/photo.jpg">${remove}</div>`;
  return '';
}

/**
 * The Create post dialog: its title, the author's name and audience in its header, the editor, any
 * attached media and the Post (or Next) control. The top bar's "Your profile" shows no name.
 */
export function fbPostDialog(text: string, options: FacebookOptions = {}): string {
  const words = options.words ?? FACEBOOK_WORDS.en;
  const audience = words.audience[options.audience ?? 'Public'];
  const primary = options.step === 'next' ? words.next : words.post;
  return `<div role="banner"><div role="button" aria-label="Your profile"><svg aria-hidden="true"></svg></div></div>
    <div role="dialog" aria-label="${words.createPost}"><div><h2>${words.createPost}</h2><div role="button" aria-label="Close"></div></div>
      <div><div aria-hidden="true"><img alt="" src="https://scontent.example/avatar.jpg"></div><div><span>${escape(options.actingAs ?? 'Jo Smith')}</span>
      <div role="button" aria-label="${words.privacy(audience)}"><span>${audience}</span></div></div></div>
      ${lexicalEditor(text, "What's on your mind, Jo?")}
      ${mediaPreview(options.media, words)}
      <div role="button" aria-label="${primary}" tabindex="0"><span>${primary}</span></div></div>`;
}

/** The dialog's second step: "Post settings" and the final Post; the editor is gone. */
export function fbPostSettings(words: FacebookWords = FACEBOOK_WORDS.en): string {
  return `<div><h2>Post settings</h2><div role="button" aria-label="Back"></div></div><div>Schedule, boost and share to your story.</div>
    <div role="button" aria-label="${words.post}" tabindex="0"><span>${words.post}</span></div>`;
}

export interface CommentOptions {
  words?: FacebookWords;
  /** The name the box's placeholder says the comment goes out as. */
  commentAs?: string;
  /** Facebook shows the send control (#focused-state-composer-submit) while the box has focus. */
  focused?: boolean;
  /** Label the box itself in the interface's words ("Write a comment…"); false leaves it unlabelled. */
  labelled?: boolean;
}

/**
 * A post with its action bar (its own "Comment" button) and a comment form: the Lexical box, its
 * "Comment as <Name>" placeholder and, while focused, the send control.
 */
export function fbComment(text: string, options: CommentOptions = {}): string {
  const words = options.words ?? FACEBOOK_WORDS.en;
  const placeholder = text === '' && options.commentAs ? `<div aria-hidden="true">${escape(words.commentAs(options.commentAs))}</div>` : '';
  const box = lexicalEditor(text, options.labelled === false ? '' : words.writeComment).replace(' aria-label=""', '');
  const submit = options.focused === false ? '' : `<div id="focused-state-composer-submit"><span><div role="button" aria-label="${words.send}" tabindex="0"><i></i></div></span></div>`;
  return `<div role="article"><p>A post on the page</p><div role="group"><div role="button" aria-label="Leave a comment" tabindex="0">${words.send}</div></div>
    <form role="presentation"><div>${box}${placeholder}</div>${submit}</form></div>`;
}

export function fbChat(text: string): string {
  return `<div role="complementary">${lexicalEditor(text, 'Message')}</div>`;
}
