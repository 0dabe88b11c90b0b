// fb-comment: a Page's post with a comment form. As on Facebook: the Lexical box is labelled
// "Write a comment…" and its placeholder says "Comment as <Name>"; the send control sits in
// #focused-state-composer-submit, shown while the box has focus or text and drawn afresh when focus
// leaves the form; Enter sends (Shift+Enter is a new line) unless the mention typeahead is open,
// when Enter picks the person.
import { $getSelection, $isRangeSelection, COMMAND_PRIORITY_CRITICAL, COMMAND_PRIORITY_HIGH, KEY_ENTER_COMMAND } from 'lexical';
import { el, roleButton } from '../shared/dom';
import { recordPost, registerComposer } from '../shared/replica-api';
import type { Identity } from './identity';
import { createPlainTextBox, type PlainTextBox } from './lexical-editor';
import type { FacebookWords } from './words';

const PEOPLE = ['Sam Patel', 'Sara Jones'];
const MENTION = /@(\p{L}+)$/u;

export interface CommentSection {
  element: HTMLElement;
  focus(): void;
}

export function createCommentSection(identity: Identity, words: FacebookWords): CommentSection {
  const comments = el('ul', { class: 'comments', 'aria-label': words.comments });
  const box = createPlainTextBox('fb-comment', words.writeAComment, words.commentAs(identity.name));
  const form = el('form', { role: 'presentation', class: 'comment-field' }, box.element);
  form.addEventListener('submit', (event) => event.preventDefault());

  const submit = () => {
    const text = box.read();
    if (text.trim() === '') return;
    recordPost(text);
    comments.append(el('li', {}, el('strong', {}, identity.name), ' ', text));
    box.clear();
  };
  const typeahead = mentionTypeahead(box, words);
  box.editor.registerCommand(
    KEY_ENTER_COMMAND,
    (event) => {
      if (event?.shiftKey) return false;
      event?.preventDefault();
      submit();
      return true;
    },
    COMMAND_PRIORITY_HIGH,
  );

  // The send control: there while the box has focus or text, and a new node each time it is drawn.
  const sendButton = () => {
    const send = roleButton(words.comment, el('span', { class: 'send-icon', 'aria-hidden': 'true' }), submit, 'send');
    send.setAttribute('aria-disabled', String(box.read().trim() === ''));
    return send;
  };
  let sendArea: HTMLElement | null = null;
  const drawSend = () => {
    const show = form.contains(document.activeElement) || box.read().trim() !== '';
    const fresh = show ? el('div', { id: 'focused-state-composer-submit' }, el('span', {}, sendButton())) : null;
    if (sendArea && fresh) sendArea.replaceWith(fresh);
    else if (fresh) form.append(fresh);
    else sendArea?.remove();
    sendArea = fresh;
  };
  box.onTextChange((text) => {
    sendArea?.querySelector('[role="button"]')?.setAttribute('aria-disabled', String(text.trim() === ''));
    if (!sendArea && text.trim() !== '') drawSend();
  });
  form.addEventListener('focusin', () => {
    if (!sendArea) drawSend();
  });
  form.addEventListener('focusout', (event) => {
    if (!(event.relatedTarget instanceof Node && form.contains(event.relatedTarget))) drawSend();
  });
  registerComposer('comment', () => [box.read()]);

  const element = el(
    'div',
    { class: 'comment-section' },
    comments,
    el('div', { class: 'comment-composer' }, el('div', { class: 'avatar small', 'aria-hidden': 'true' }), form),
    typeahead,
  );
  return { element, focus: () => box.editor.focus() };
}

/**
 * "@" and a few letters open a list of people, as Lexical's typeahead menu does: the box gets
 * aria-activedescendant while the list is open, and Enter picks the highlighted person.
 */
function mentionTypeahead(box: PlainTextBox, words: FacebookWords): HTMLElement {
  const list = el('ul', { id: 'typeahead-menu', role: 'listbox', 'aria-label': words.mentions, class: 'typeahead' });
  list.hidden = true;
  let query: string | null = null;
  const matches = () => PEOPLE.filter((name) => query !== null && name.toLowerCase().startsWith(query.toLowerCase()));
  const show = () => {
    const people = matches();
    list.replaceChildren(...people.map((name, i) => el('li', { role: 'option', id: `typeahead-item-${i}`, 'aria-selected': String(i === 0) }, name)));
    list.hidden = people.length === 0;
    if (people.length > 0) box.root.setAttribute('aria-activedescendant', 'typeahead-item-0');
    else box.root.removeAttribute('aria-activedescendant');
  };
  box.editor.registerUpdateListener(({ editorState }) => {
    query = editorState.read(() => {
      const selection = $getSelection();
      if (!$isRangeSelection(selection) || !selection.isCollapsed()) return null;
      const before = selection.anchor.getNode().getTextContent().slice(0, selection.anchor.offset);
      return MENTION.exec(before)?.[1] ?? null;
    });
    show();
  });
  box.editor.registerCommand(
    KEY_ENTER_COMMAND,
    (event) => {
      const person = matches()[0];
      if (!person || query === null) return false;
      event?.preventDefault();
      const typed = `@${query}`;
      box.editor.update(() => {
        const selection = $getSelection();
        if (!$isRangeSelection(selection)) return;
        for (let i = 0; i < typed.length; i++) selection.deleteCharacter(true);
        selection.insertText(`${person} `);
      });
      query = null;
      show();
      return true;
    },
    COMMAND_PRIORITY_CRITICAL,
  );
  return list;
}
