// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { insertIntoEditor } from '../../entrypoints/content/insert-text';
import { PASTE_BRIDGE_EVENT } from '../../entrypoints/content/paste-bridge-event';
import { xAdapter } from '../../entrypoints/content/sites/x';
import { xTimeline } from './markup';

const DISCLAIMER = ' Views my own.';

function editor(): HTMLElement {
  return xAdapter.findEditors(document)[0]!;
}

/** Stands in for Draft.js: takes a paste's text/plain into its last block, as its own handler would. */
function acceptPastes(target: HTMLElement): { pastes: number } {
  const seen = { pastes: 0 };
  target.addEventListener('paste', (event) => {
    seen.pastes++;
    event.preventDefault();
    const text = (event as ClipboardEvent).clipboardData?.getData('text/plain') ?? '';
    const spans = target.querySelectorAll('[data-text="true"]');
    spans[spans.length - 1]!.textContent += text;
  });
  return seen;
}

describe('putting a fix into the editor', () => {
  let execCommand: ReturnType<typeof vi.fn<(command: string, ui?: boolean, value?: string) => boolean>>;
  beforeEach(() => {
    document.body.innerHTML = xTimeline('I think the parking is a mess.');
    // happy-dom has no execCommand; this one, like a browser's on an editor that refuses, does nothing.
    execCommand = vi.fn(() => false);
    Object.defineProperty(document, 'execCommand', { value: execCommand, configurable: true });
  });

  it('adds the text through a paste the editor handles, once', async () => {
    const seen = acceptPastes(editor());
    expect(await insertIntoEditor(editor(), xAdapter, { text: DISCLAIMER })).toBe('inserted');
    expect(xAdapter.readText(editor())).toBe(`I think the parking is a mess.${DISCLAIMER}`);
    expect(seen.pastes).toBe(1);
    expect(execCommand).not.toHaveBeenCalled();
  });

  it('uses the page-world bridge when it answers, and does not paste again', async () => {
    const seen = acceptPastes(editor());
    document.addEventListener(
      PASTE_BRIDGE_EVENT,
      (event) => {
        const data = new DataTransfer();
        data.setData('text/plain', (event as CustomEvent<string>).detail);
        const paste = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
        if (!event.target!.dispatchEvent(paste)) event.preventDefault();
      },
      { capture: true, once: true },
    );
    expect(await insertIntoEditor(editor(), xAdapter, { text: DISCLAIMER })).toBe('inserted');
    expect(seen.pastes).toBe(1);
    expect(xAdapter.readText(editor())).toBe(`I think the parking is a mess.${DISCLAIMER}`);
  });

  it('reports failure and changes nothing when the editor takes nothing', async () => {
    expect(await insertIntoEditor(editor(), xAdapter, { text: DISCLAIMER })).toBe('failed');
    expect(execCommand).toHaveBeenCalledWith('insertText', false, DISCLAIMER);
    expect(xAdapter.readText(editor())).toBe('I think the parking is a mess.');
  });

  it('reports failure, and tries nothing more, when the editor changed in an unexpected way', async () => {
    const target = editor();
    target.addEventListener('paste', (event) => {
      event.preventDefault();
      target.querySelector('[data-text="true"]')!.textContent = 'Something else entirely';
    });
    expect(await insertIntoEditor(target, xAdapter, { text: DISCLAIMER })).toBe('failed');
    expect(execCommand).not.toHaveBeenCalled();
  });

  it('waits for an editor that takes the paste but shows it late, and pastes once', async () => {
    const target = editor();
    let pastes = 0;
    target.addEventListener('paste', (event) => {
      pastes++;
      event.preventDefault();
      const text = (event as ClipboardEvent).clipboardData?.getData('text/plain') ?? '';
      // As Lexical in Firefox: the paste is taken now and rendered some frames later.
      setTimeout(() => {
        target.querySelector('[data-text="true"]')!.textContent += text;
      }, 200);
    });
    expect(await insertIntoEditor(target, xAdapter, { text: DISCLAIMER })).toBe('inserted');
    expect(pastes).toBe(1);
    expect(xAdapter.readText(target)).toBe(`I think the parking is a mess.${DISCLAIMER}`);
  });

  it('reports failure, and pastes nothing more, when the editor took the paste but never showed it', async () => {
    const target = editor();
    let pastes = 0;
    target.addEventListener('paste', (event) => {
      pastes++;
      event.preventDefault();
    });
    expect(await insertIntoEditor(target, xAdapter, { text: DISCLAIMER })).toBe('failed');
    expect(pastes).toBe(1);
    expect(execCommand).not.toHaveBeenCalled();
  });

  it('puts text of several lines in only through a paste: insertText would lose Draft.js paragraphs', async () => {
    const lines = '\n\nViews my own.';
    expect(await insertIntoEditor(editor(), xAdapter, { text: lines })).toBe('failed');
    expect(execCommand).not.toHaveBeenCalled();
    const seen = acceptPastes(editor());
    expect(await insertIntoEditor(editor(), xAdapter, { text: lines })).toBe('inserted');
    expect(seen.pastes).toBe(1);
    expect(execCommand).not.toHaveBeenCalled();
  });

  it('fails safely on an editor that has left the page', async () => {
    const target = editor();
    target.remove();
    expect(await insertIntoEditor(target, xAdapter, { text: DISCLAIMER })).toBe('failed');
  });
});
