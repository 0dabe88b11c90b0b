// A Lexical plain-text editor as Facebook mounts it: the contenteditable carries
// data-lexical-editor="true" (set by Lexical) and role="textbox"; text lands in
// p > span[data-lexical-text="true"]. The placeholder is a sibling that leaves the page while
// there is text, as Lexical's React placeholder does.
import { registerPlainText } from '@lexical/plain-text';
import { $createParagraphNode, $getRoot, createEditor, type LexicalEditor } from 'lexical';
import { el } from '../shared/dom';

export interface PlainTextBox {
  editor: LexicalEditor;
  /** The editor wrapped with its placeholder, to put in the page. */
  element: HTMLElement;
  /** The contenteditable root. */
  root: HTMLElement;
  read(): string;
  clear(): void;
  onTextChange(listener: (text: string) => void): void;
  destroy(): void;
}

export function createPlainTextBox(namespace: string, label: string, placeholder: string): PlainTextBox {
  const root = el('div', { contenteditable: 'true', role: 'textbox', spellcheck: 'true', 'aria-label': label, class: 'lexical-root' });
  const hint = el('div', { class: 'placeholder', 'aria-hidden': 'true' }, placeholder);
  const element = el('div', { class: 'lexical-wrap' }, root, hint);

  const editor = createEditor({
    namespace,
    theme: { paragraph: 'lexical-paragraph' },
    onError: (error) => {
      throw error;
    },
  });
  editor.setRootElement(root);
  const unregister = registerPlainText(editor);

  const read = () => editor.read(() => $getRoot().getTextContent());
  const listeners: ((text: string) => void)[] = [];
  const removeUpdates = editor.registerUpdateListener(({ editorState }) => {
    const text = editorState.read(() => $getRoot().getTextContent());
    if (text === '') element.append(hint);
    else hint.remove();
    for (const listener of listeners) listener(text);
  });

  return {
    editor,
    element,
    root,
    read,
    clear: () => editor.update(() => $getRoot().clear().append($createParagraphNode())),
    onTextChange: (listener) => listeners.push(listener),
    destroy: () => {
      removeUpdates();
      unregister();
      editor.setRootElement(null);
    },
  };
}
