// fb-comment: a post page with a "Write a comment…" Lexical box. Enter submits the comment
// (Shift+Enter is a new line), as on Facebook; the send button does the same.
import { COMMAND_PRIORITY_HIGH, KEY_ENTER_COMMAND } from 'lexical';
import { el, roleButton } from '../shared/dom';
import { recordPost, registerComposer } from '../shared/replica-api';
import type { Identity } from './identity';
import { createPlainTextBox } from './lexical-editor';

export function createCommentSection(identity: Identity): HTMLElement {
  const comments = el('ul', { class: 'comments', 'aria-label': 'Comments' });
  const box = createPlainTextBox('fb-comment', 'Write a comment…', `Comment as ${identity.name}`);

  const submit = () => {
    const text = box.read();
    if (text.trim() === '') return;
    recordPost(text);
    comments.append(el('li', {}, el('strong', {}, identity.name), ' ', text));
    box.clear();
  };
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
  const send = roleButton('Comment', el('span', { class: 'send-icon', 'aria-hidden': 'true' }), submit, 'send');
  send.setAttribute('aria-disabled', 'true');
  box.onTextChange((text) => send.setAttribute('aria-disabled', String(text.trim() === '')));
  registerComposer('comment', () => [box.read()]);

  return el(
    'div',
    { class: 'comment-section' },
    comments,
    el('div', { class: 'comment-composer' }, el('div', { class: 'avatar small', 'aria-hidden': 'true' }), el('div', { class: 'comment-field' }, box.element, send)),
  );
}
