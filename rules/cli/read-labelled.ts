import type { LabelledDraft, LabelledSet } from '../training/labelled-draft';
import { loadProfile, parseContext, parseJson, readText } from './load-inputs';
import { UserError } from './user-error';

/** Labelled drafts, one {"id", "text", "context", "expect": [categories]} per line. */
export function readLabelled(file: string): LabelledDraft[] {
  const rows: LabelledDraft[] = [];
  readText(file)
    .split('\n')
    .forEach((line, i) => {
      if (line.trim() === '') return;
      const where = `${file}:${i + 1}`;
      const row = parseJson(line, where);
      if (typeof row !== 'object' || row === null || Array.isArray(row)) throw new UserError(`${where}: expected a JSON object`);
      const { id, text, context, expect } = row as { id?: unknown; text?: unknown; context?: unknown; expect?: unknown };
      if (typeof text !== 'string') throw new UserError(`${where}: text: expected a string`);
      if (!Array.isArray(expect) || !expect.every((c) => typeof c === 'string')) {
        throw new UserError(`${where}: expect: expected a list of categories, e.g. ["client-privacy"]`);
      }
      rows.push({ id: String(id ?? i + 1), text, context: parseContext(context, `${where}: context`), expect });
    });
  return rows;
}

/** `ORG.json:DRAFTS.jsonl`: an organisation's profile and its labelled drafts. */
export function readLabelledSet(pair: string): LabelledSet {
  const split = pair.lastIndexOf(':');
  if (split <= 0 || split === pair.length - 1) throw new UserError(`"${pair}": expected ORG.json:DRAFTS.jsonl`);
  const org = pair.slice(0, split);
  const drafts = pair.slice(split + 1);
  return { source: pair, profile: loadProfile(org), drafts: readLabelled(drafts) };
}
