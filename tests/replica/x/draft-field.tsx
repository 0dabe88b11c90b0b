/** @jsxImportSource react */
// One Draft.js editor with the attributes X gives it (SITES.md): the contenteditable itself
// carries data-testid="tweetTextarea_N", role="textbox" and aria-label "Post text" (translated).
import { Editor, EditorState, type DraftHandleValue } from 'draft-js';
import { useEffect, useRef } from 'react';
import type { XWords } from './words';

export interface DraftFieldProps {
  part: number;
  editorState: EditorState;
  placeholder: string;
  words: XWords;
  autoFocus: boolean;
  onChange(part: number, next: EditorState): void;
  /** Ctrl+Enter / Cmd+Enter, which posts on X. */
  onPostShortcut(): void;
}

export function DraftField({ part, editorState, placeholder, words, autoFocus, onChange, onPostShortcut }: DraftFieldProps) {
  const editor = useRef<Editor>(null);
  useEffect(() => {
    if (autoFocus) editor.current?.focus();
  }, [autoFocus]);

  const handleReturn = (event: React.KeyboardEvent): DraftHandleValue => {
    if (!event.ctrlKey && !event.metaKey) return 'not-handled';
    onPostShortcut();
    return 'handled';
  };

  // As on x.com, the _label wraps the RichTextInputContainer, which holds the Draft editor.
  return (
    <label className="draft-field" data-testid={`tweetTextarea_${part}_label`}>
      <div data-testid={`tweetTextarea_${part}RichTextInputContainer`}>
        <Editor
          ref={editor}
          editorState={editorState}
          onChange={(next) => onChange(part, next)}
          placeholder={placeholder}
          ariaLabel={words.postText}
          ariaMultiline
          webDriverTestID={`tweetTextarea_${part}`}
          handleReturn={handleReturn}
          spellCheck
        />
      </div>
    </label>
  );
}
