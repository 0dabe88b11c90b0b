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
  media?: boolean;
  buttonText?: string;
}

export function xSideNav(handle = '@jo_smith'): string {
  return `<nav><button data-testid="SideNav_AccountSwitcher_Button"><div data-testid="UserAvatar-Container-${handle.slice(1)}"></div><span>Jo Smith</span><span>${handle}</span></button></nav>`;
}

function attachments(media: boolean | undefined): string {
  return media ? '<div data-testid="attachments"><img alt="" src="blob:photo"></div>' : '';
}

export function xTimeline(text: string, options: XPageOptions = {}): string {
  return `${xSideNav(options.handle)}<main><div class="column">${draftEditor(0, text)}${attachments(options.media)}
    <div role="group"><button data-testid="fileInput-button">Media</button><button data-testid="tweetButtonInline" type="button">${options.buttonText ?? 'Post'}</button></div></div></main>`;
}

export function xModal(texts: string[], options: XPageOptions = {}): string {
  return `<div id="layers"><div aria-modal="true" role="dialog"><div>${texts.map((t, i) => draftEditor(i, t)).join('')}${attachments(options.media)}
    <button data-testid="tweetButton" type="button">${options.buttonText ?? (texts.length > 1 ? 'Post all' : 'Post')}</button></div></div></div>`;
}

export function xReply(text: string): string {
  return `<article data-testid="tweet"><span>Someone's post</span></article><div class="reply">${draftEditor(0, text, 'Post your reply')}
    <button data-testid="tweetButtonInline" type="button">Reply</button></div>`;
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

export interface FacebookOptions {
  audience?: string;
  media?: boolean;
  actingAs?: string;
}

export function fbPostDialog(text: string, options: FacebookOptions = {}): string {
  const audience = options.audience ?? 'Public';
  return `<div role="banner"><div role="button" aria-label="Your profile">${options.actingAs ?? 'Jo Smith'}</div></div>
    <div role="dialog" aria-label="Create post"><h2>Create post</h2>
      <div role="button" aria-label="Edit privacy. Sharing with ${audience}.">${audience}</div>
      ${lexicalEditor(text, "What's on your mind, Jo?")}
      ${options.media ? '<div aria-label="Attached media" role="group"><img alt="" src="blob:photo"></div>' : ''}
      <div role="button" aria-label="Post" tabindex="0">Post</div></div>`;
}

export function fbComment(text: string): string {
  return `<div role="article"><p>A post on the page</p><form>${lexicalEditor(text, 'Write a comment…')}<div role="button" aria-label="Comment" tabindex="0"></div></form></div>`;
}

export function fbChat(text: string): string {
  return `<div role="complementary">${lexicalEditor(text, 'Message')}</div>`;
}
