/**
 * Maps string indices of the text an adapter reads (blocks joined by newlines) back to DOM
 * positions in the editor, by walking its text nodes in order: each node's text appears in the
 * read text in the same order, with only block separators between.
 */
export function domPosition(editor: HTMLElement, text: string, index: number): { node: Node; offset: number } | null {
  const walker = editor.ownerDocument.createTreeWalker(editor, 4 /* SHOW_TEXT */);
  let searchFrom = 0;
  let last: { node: Node; offset: number } | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const value = node.nodeValue ?? '';
    if (value === '') continue;
    const at = text.indexOf(value, searchFrom);
    if (at < 0) continue;
    if (index <= at + value.length && index >= at) return { node, offset: index - at };
    if (index < at) return { node, offset: 0 };
    searchFrom = at + value.length;
    last = { node, offset: value.length };
  }
  return last;
}

/** Where the caret goes to add at the very end: after the last character, or inside an empty editor. */
export function endPosition(editor: HTMLElement): { node: Node; offset: number } {
  const walker = editor.ownerDocument.createTreeWalker(editor, 4 /* SHOW_TEXT */);
  let lastText: Node | null = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if ((node.nodeValue ?? '') !== '') lastText = node;
  if (lastText) return { node: lastText, offset: lastText.nodeValue!.length };
  // An empty Draft or Lexical editor still has a block (with a <br>): put the caret in the innermost one.
  let deepest: Element = editor;
  while (deepest.lastElementChild && deepest.lastElementChild.tagName !== 'BR') deepest = deepest.lastElementChild;
  return { node: deepest, offset: 0 };
}
