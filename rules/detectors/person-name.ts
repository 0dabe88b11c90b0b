import type { Match } from '../engine/types';
import { GIVEN_NAMES } from './given-names';

const WORD = /\p{Lu}[\p{Ll}'’-]+/gu;
// A capitalised word is a name, whatever the list says, when an age or a possessive case follows it.
const NAME_BY_CONTEXT = /^(?:\s?\(\d{1,3}[,)]|,\s\d{1,2}[,.\s]|\s(?:is|was) (?:only |just |now )?\d{1,2}\b|['’]s (?:case|mum|dad|family|placement|carer|social worker|review)\b)/u;
const SURNAME_FORMS = /\b(?:(?:Mr|Mrs|Ms|Miss|Mx)\.? \p{Lu}[\p{Ll}'’-]+|[Tt]he \p{Lu}[\p{Ll}]+s\b(?! (?:Arms|Head|estate|area|flats))|[Tt]he \p{Lu}[\p{Ll}]+ (?:family|boy|girl|kids|children|twins|brothers|sisters))/gu;
const NOT_NAMES = new Set(['may', 'will', 'rose', 'grace', 'joy', 'faith', 'hope', 'bill', 'mark', 'jack', 'kim', 'sun', 'mo']);

/** Marks people's names: known given names in capitals, capitalised words followed by an age, and surname forms. */
export function findPersonNames(text: string, ignore: ReadonlySet<string>, out: Match[]): void {
  const start = out.length;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    // Handles and hashtags are accounts and topics, not names ("@SamT_89").
    if (m.index > 0 && /[@#\w]/.test(text[m.index - 1]!)) continue;
    const word = m[0].replace(/['’]s$/, '');
    const lower = word.toLowerCase();
    if (ignore.has(lower)) continue;
    // Context is read after the bare name, so "Grace's case" sees its possessive.
    const end = m.index + word.length;
    const byContext = NAME_BY_CONTEXT.test(text.slice(end, end + 24));
    // Ambiguous words ("May", "Will") count only with context that makes them a name.
    const known = GIVEN_NAMES.has(lower) && !NOT_NAMES.has(lower);
    if (known || byContext) out.push({ start: m.index, end: m.index + word.length });
  }
  SURNAME_FORMS.lastIndex = 0;
  for (let m = SURNAME_FORMS.exec(text); m !== null; m = SURNAME_FORMS.exec(text)) {
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  if (out.length > start + 1) {
    const added = out.splice(start).sort((a, b) => a.start - b.start);
    for (const m of added) if (!out.some((o) => o.start <= m.start && o.end >= m.end)) out.push(m);
  }
}
