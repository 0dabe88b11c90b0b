import type { Span } from '../../rules/schema/finding';
import type { SiteAdapter } from './sites/site-adapter';
import { domPosition, endPosition } from './text-range';
import { PASTE_BRIDGE_EVENT } from './paste-bridge-event';
import { plainTextPaste } from './plain-text-paste';

export type InsertOutcome = 'inserted' | 'failed';

export interface InsertRequest {
  text: string;
  /** Replace this span of the read text; without it, add at the end. */
  span?: Span;
}

const settle = (view: Window) =>
  new Promise<void>((resolve) => view.requestAnimationFrame(() => view.setTimeout(resolve, 16)));

/**
 * How long an editor that took the paste may take to show it. Lexical in Firefox renders a paste
 * a frame or more later, and headless Firefox runs few frames: reading too early once looked like
 * a refusal, the next method pasted again, and the second paste replaced part of the draft.
 */
const SHOW_WITHIN_MS = 1_000;
const POLL_MS = 25;

/** Waits until the editor's text is no longer `before`, or the time is up; returns what it then reads. */
async function changeFrom(view: Window, editor: HTMLElement, adapter: SiteAdapter, before: string): Promise<string> {
  const until = view.performance.now() + SHOW_WITHIN_MS;
  await settle(view);
  let now = adapter.readText(editor);
  while (now === before && view.performance.now() < until) {
    await new Promise<void>((resolve) => view.setTimeout(resolve, POLL_MS));
    now = adapter.readText(editor);
  }
  return now;
}

/** Text with every run of spaces and line breaks as one space: editors differ in how they keep blank lines. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Puts text into a site's editor through the editor's own input path, so Draft.js and Lexical
 * keep their state: a paste carrying text/plain first, then the browser's insertText command.
 * Reads the text back afterwards; anything but the expected result is a failure. Once an editor
 * has taken one (it handled the paste, or the command ran) or the text has changed at all, nothing
 * more is tried, so text is never pasted twice.
 */
export async function insertIntoEditor(editor: HTMLElement, adapter: SiteAdapter, request: InsertRequest): Promise<InsertOutcome> {
  const view = editor.ownerDocument.defaultView;
  if (!view || !editor.isConnected) return 'failed';
  const before = adapter.readText(editor);
  const start = request.span ? Math.min(request.span.start, before.length) : before.length;
  const end = request.span ? Math.min(Math.max(request.span.end, start), before.length) : before.length;
  const expected = squash(before.slice(0, start) + request.text + before.slice(end));

  editor.focus();
  if (!select(editor, before, start, end)) return 'failed';
  // Draft.js and Lexical learn the new selection from `selectionchange`, which arrives as a task.
  await settle(view);

  // Draft.js loses paragraphs when insertText carries line breaks: text of several lines goes only as a paste.
  const pasteOnly = request.text.includes('\n');
  const attempts = !adapter.acceptsPaste(editor) ? [insertCommand] : pasteOnly ? [pasteThroughBridge, pasteHere] : [pasteThroughBridge, pasteHere, insertCommand];
  for (const attempt of attempts) {
    const taken = attempt(editor, request.text);
    const after = taken ? await changeFrom(view, editor, adapter, before) : adapter.readText(editor);
    if (after === before) {
      if (taken) return 'failed';
      continue;
    }
    if (squash(after) !== expected) return 'failed';
    // An editor that did not take the text into its own state puts its DOM back on the next render.
    await settle(view);
    return squash(adapter.readText(editor)) === expected ? 'inserted' : 'failed';
  }
  return 'failed';
}

function select(editor: HTMLElement, text: string, start: number, end: number): boolean {
  if (editor instanceof HTMLTextAreaElement) {
    editor.setSelectionRange(start, end);
    return true;
  }
  const selection = editor.ownerDocument.getSelection();
  const from = start === text.length ? endPosition(editor) : domPosition(editor, text, start);
  const to = end === text.length ? endPosition(editor) : domPosition(editor, text, end);
  if (!selection || !from || !to) return false;
  selection.setBaseAndExtent(from.node, from.offset, to.node, to.offset);
  return true;
}

/**
 * In Firefox a DataTransfer made in the content script's world is unreadable to the page's
 * handlers. True when the editor took the paste: the bridge cancels the request to say so.
 */
function pasteThroughBridge(editor: HTMLElement, text: string): boolean {
  const request = new CustomEvent(PASTE_BRIDGE_EVENT, { detail: text, bubbles: true, cancelable: true, composed: true });
  return !editor.dispatchEvent(request);
}

/** True when the editor took the paste: Draft.js and Lexical cancel a paste they handle. */
function pasteHere(editor: HTMLElement, text: string): boolean {
  return !editor.dispatchEvent(plainTextPaste(text));
}

function insertCommand(editor: HTMLElement, text: string): boolean {
  // Deprecated but still the one command every browser routes through an editor's input handling.
  const doc = editor.ownerDocument;
  return typeof doc.execCommand === 'function' && doc.execCommand('insertText', false, text);
}
