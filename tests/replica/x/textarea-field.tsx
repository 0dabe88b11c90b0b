/** @jsxImportSource react */
// The narrow (mobile) layout's editor: a plain <textarea> inside div[data-testid="tweetTextarea_N"]
// (SITES.md). It keeps a Draft EditorState too, so the composer treats both layouts alike.
import { ContentState, EditorState } from 'draft-js';
import type { DraftFieldProps } from './draft-field';

export function TextareaField({ part, editorState, placeholder, words, autoFocus, onChange, onPostShortcut }: DraftFieldProps) {
  return (
    <div className="textarea-field" data-testid={`tweetTextarea_${part}`}>
      <textarea
        aria-label={words.postText}
        placeholder={placeholder}
        autoFocus={autoFocus}
        rows={3}
        value={editorState.getCurrentContent().getPlainText()}
        onChange={(event) => onChange(part, EditorState.createWithContent(ContentState.createFromText(event.currentTarget.value)))}
        onKeyDown={(event) => {
          if (event.key !== 'Enter' || (!event.ctrlKey && !event.metaKey)) return;
          event.preventDefault();
          onPostShortcut();
        }}
      />
    </div>
  );
}
