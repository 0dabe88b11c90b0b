/** Small DOM readers shared by the site adapters; none of them knows a site's selectors. */

/** The text of a rich editor: each block's text on its own line, as the writer sees it. */
export function blockText(editor: HTMLElement, blockSelector: string): string {
  const blocks = editor.querySelectorAll(blockSelector);
  if (blocks.length === 0) return editor.textContent ?? '';
  return [...blocks].map((block) => block.textContent ?? '').join('\n');
}

const HANDLE = /@[A-Za-z0-9_]{1,50}/;

export function firstHandle(text: string): string | null {
  return HANDLE.exec(text)?.[0] ?? null;
}

/** Ctrl on Windows and Linux, Cmd on macOS. */
export function isControlKey(event: KeyboardEvent): boolean {
  return event.ctrlKey || event.metaKey;
}
