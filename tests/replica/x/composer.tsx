/** @jsxImportSource react */
// An X composer: one or more Draft.js parts (a thread), media attachments, and the Post
// button. Posting records every non-empty part and clears the composer, as X does.
import { EditorState } from 'draft-js';
import { useEffect, useRef, useState } from 'react';
import { readReplicaOptions } from '../shared/options';
import { recordPost, registerComposer, type ComposerBox } from '../shared/replica-api';
import { SAMPLE_IMAGE } from '../shared/sample-image';
import { DraftField } from './draft-field';
import { TextareaField } from './textarea-field';
import type { XWords } from './words';

export interface ComposerProps {
  box: ComposerBox;
  buttonTestId: 'tweetButtonInline' | 'tweetButton';
  /** "Post" or "Reply" in the page's language; a thread of several parts reads "Post all". */
  buttonLabel: string;
  words: XWords;
  placeholder: string;
  initialParts: number;
  initialMedia: boolean;
  canAddParts: boolean;
  autoFocus: boolean;
  /** The narrow layout's plain textarea instead of Draft.js. */
  narrow: boolean;
  onPosted?(): void;
}

const emptyParts = (count: number) => Array.from({ length: count }, () => EditorState.createEmpty());
const textOf = (state: EditorState) => state.getCurrentContent().getPlainText();

export function Composer(props: ComposerProps) {
  const [parts, setParts] = useState(() => emptyParts(props.initialParts));
  const [media, setMedia] = useState<string[]>(props.initialMedia ? [SAMPLE_IMAGE] : []);
  // The latest editor states, updated in onChange so getText() never lags a render.
  const latest = useRef(parts);

  useEffect(() => registerComposer(props.box, () => latest.current.map(textOf)), [props.box]);

  const update = (next: EditorState[]) => {
    latest.current = next;
    setParts(next);
  };
  const dropPasteAfterMs = useRef(readReplicaOptions(document).dropPasteAfterMs);
  const onChange = (part: number, state: EditorState) => {
    const before = latest.current[part]!;
    update(latest.current.map((old, i) => (i === part ? state : old)));
    // As X while media attaches: a reset puts back an older editor state, and the pasted text is gone.
    const after = dropPasteAfterMs.current;
    if (after === null || props.narrow || state.getLastChangeType() !== 'insert-fragment') return;
    dropPasteAfterMs.current = null;
    setTimeout(() => update(latest.current.map((old, i) => (i === part ? before : old))), after);
  };

  const hasText = parts.some((state) => textOf(state).trim() !== '');
  const post = () => {
    const texts = latest.current.map(textOf).filter((text) => text.trim() !== '');
    if (texts.length === 0) return;
    recordPost(...texts);
    update(emptyParts(1));
    setMedia([]);
    props.onPosted?.();
  };

  const Field = props.narrow ? TextareaField : DraftField;
  const attach = (files: FileList | null) => {
    if (files) setMedia((old) => [...old, ...Array.from(files, (file) => URL.createObjectURL(file))]);
  };

  return (
    <div className="composer">
      {parts.map((state, part) => (
        <div className="composer-part" key={part}>
          <div className="avatar" aria-hidden="true" />
          <Field
            part={part}
            editorState={state}
            placeholder={part === 0 ? props.placeholder : props.words.addAnotherPost}
            words={props.words}
            autoFocus={props.autoFocus && part === parts.length - 1}
            onChange={onChange}
            onPostShortcut={post}
          />
        </div>
      ))}
      {media.length > 0 && (
        <div className="attachments" data-testid="attachments">
          {media.map((src) => (
            <img key={src} src={src} alt="" />
          ))}
          <button type="button" aria-label={props.words.removeMedia} onClick={() => setMedia([])}>
            ×
          </button>
        </div>
      )}
      <div className="toolbar" data-testid="toolBar">
        <label className="media-button" aria-label={props.words.addPhotos}>
          <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true">
            <rect x="3" y="5" width="18" height="14" rx="2" fill="none" stroke="currentColor" strokeWidth="2" />
            <path d="M5 17l5-5 3 3 2-2 4 4" fill="none" stroke="currentColor" strokeWidth="2" />
          </svg>
          <input
            type="file"
            data-testid="fileInput"
            accept="image/*,video/*"
            multiple
            className="visually-hidden"
            onChange={(event) => attach(event.currentTarget.files)}
          />
        </label>
        {props.canAddParts && (
          <button
            type="button"
            data-testid="addButton"
            aria-label={props.words.addPost}
            className="add-part"
            onClick={() => update([...latest.current, EditorState.createEmpty()])}
          >
            +
          </button>
        )}
        <button
          type="button"
          data-testid={props.buttonTestId}
          className="post-button"
          aria-disabled={!hasText}
          disabled={!hasText}
          onClick={post}
        >
          {parts.length > 1 ? props.words.postAll : props.buttonLabel}
        </button>
      </div>
    </div>
  );
}
