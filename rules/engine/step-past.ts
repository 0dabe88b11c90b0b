/**
 * The index after the character at `index`: two code units for a character outside the Basic
 * Multilingual Plane (most emoji). A regular expression with the `u` flag that is restarted in the
 * middle of a surrogate pair starts again at the pair's first half, so a loop that steps by one
 * code unit past a match there finds the same match for ever, and the page hangs.
 */
export function stepPast(text: string, index: number): number {
  const code = text.codePointAt(index);
  return index + (code !== undefined && code > 0xffff ? 2 : 1);
}
