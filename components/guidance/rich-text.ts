/** One run of pack text: plain words, bold or not. */
export interface TextRun {
  text: string;
  bold: boolean;
}

/**
 * Parses the only markup guidance text may carry: blank-line paragraphs and `**bold**`.
 * The result is data, rendered as text nodes, so nothing in a pack can become HTML.
 * An unpaired `**` stays as written.
 */
export function parseRichText(text: string): TextRun[][] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((paragraph) => paragraph.replace(/\s+/g, ' ').trim())
    .filter((paragraph) => paragraph.length > 0)
    .map(parseRuns);
}

function parseRuns(paragraph: string): TextRun[] {
  const runs: TextRun[] = [];
  const pieces = paragraph.split('**');
  // Pieces alternate plain, bold, plain…; with an odd count of markers the last one is unpaired.
  const paired = pieces.length % 2 === 1 ? pieces.length : pieces.length - 1;
  for (let i = 0; i < pieces.length; i++) {
    const bold = i % 2 === 1 && i < paired;
    const piece = i === paired ? `**${pieces[i]}` : pieces[i]!;
    if (!piece) continue;
    const last = runs[runs.length - 1];
    if (last && last.bold === bold) last.text += piece;
    else runs.push({ text: piece, bold });
  }
  return runs;
}

/** The text without markup, for searching and for screen-reader labels. */
export function plainText(text: string): string {
  return parseRichText(text)
    .map((runs) => runs.map((r) => r.text).join(''))
    .join('\n\n');
}
