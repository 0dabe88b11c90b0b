/**
 * The units a draft is read in: words (hyphens and apostrophes inside them), `@handles`, web
 * links, runs of ! and ?, ellipses, and each emoji. This is the definition; `tokenise` below finds
 * the same tokens faster.
 */
export const TOKEN = /https?:\/\/\S+|@[\p{L}\p{N}_]+|[\p{L}\p{N}][\p{L}\p{N}'’]*(?:-[\p{L}\p{N}]+)*|[!?]+|\.{2,}|…|\p{Extended_Pictographic}/gu;

const AT = new RegExp(TOKEN.source, 'uy');

const isAsciiAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * Calls `found(start, end)` for each token of `TOKEN`, in order. Plain ASCII words, runs of ! and
 * ? and dots are scanned by hand (most of a draft); anything else — a link, a handle, a word with
 * an accent, an emoji — is left to the regular expression at that spot. A property test holds it
 * to `TOKEN` exactly.
 */
export function tokenise(text: string, found: (start: number, end: number) => void): void {
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isAsciiAlnum(c) && !(c === 104 && (text.startsWith('http://', i) || text.startsWith('https://', i)))) {
      const end = asciiWord(text, i);
      if (end > 0) {
        found(i, end);
        i = end;
        continue;
      }
    } else if (c === 33 || c === 63) {
      let j = i + 1;
      while (j < n && (text.charCodeAt(j) === 33 || text.charCodeAt(j) === 63)) j++;
      found(i, j);
      i = j;
      continue;
    } else if (c === 46) {
      let j = i + 1;
      while (j < n && text.charCodeAt(j) === 46) j++;
      if (j - i >= 2) found(i, j);
      i = j;
      continue;
    } else if (c < 128 && c !== 64 && c !== 104) {
      i++;
      continue;
    }
    AT.lastIndex = i;
    const m = AT.exec(text);
    if (m) {
      found(i, i + m[0].length);
      i += m[0].length;
    } else i++;
  }
}

/** The end of a plain ASCII word starting at `start`, or 0 when it runs into anything else. */
function asciiWord(text: string, start: number): number {
  const n = text.length;
  let j = start + 1;
  for (; j < n; j++) {
    const c = text.charCodeAt(j);
    if (isAsciiAlnum(c) || c === 39 || c === 0x2019) continue;
    if (c >= 128) return 0;
    break;
  }
  // Hyphenated parts: letters and digits only, each at least one.
  while (j + 1 < n && text.charCodeAt(j) === 45) {
    let k = j + 1;
    while (k < n && isAsciiAlnum(text.charCodeAt(k))) k++;
    if (k < n && text.charCodeAt(k) >= 128) return 0;
    if (k === j + 1) break;
    j = k;
  }
  return j;
}
