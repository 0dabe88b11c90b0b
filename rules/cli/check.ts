import { parseArgs } from 'node:util';
import { compile } from '../engine/compile';
import { DEFAULT_PACK } from '../packs/default-pack';
import { GENERIC_PROFILE, type OrgProfile } from '../schema/profile';
import type { Finding } from '../schema/finding';
import { loadPack, loadProfile, parseContext, parseJson, readText } from './load-inputs';
import { UserError } from './user-error';

export const checkUsage = `guidepost check --org ORG.json [--pack PACK.json] --jsonl DRAFTS.jsonl
guidepost check --org ORG.json [--pack PACK.json] [--context JSON] < draft.txt

With --jsonl: reads one {"id", "text", "context"} per line and prints one
{"id", "findings"} JSON line per draft, in order. Without it: checks the draft on
standard input and prints the findings readably.`;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function describe(text: string, findings: Finding[]): string {
  if (findings.length === 0) return 'No findings: nothing in this draft goes against the guidance.';
  return findings
    .map((f) => {
      const words = f.spans.map((s) => `“${text.slice(s.start, s.end)}”`).join(', ');
      const fixes = f.fixes.map((x) => `  fix: ${x.label}`).join('\n');
      return `[${f.severity}] ${f.category} (${f.rule})\n  ${f.message}\n  words: ${words}\n  guidance: ${f.guidance}${fixes ? `\n${fixes}` : ''}`;
    })
    .join('\n\n');
}

export async function runCheck(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      org: { type: 'string' },
      pack: { type: 'string' },
      jsonl: { type: 'string' },
      context: { type: 'string' },
    },
    strict: true,
  });
  const profile: OrgProfile = values.org ? loadProfile(values.org) : GENERIC_PROFILE;
  const pack = values.pack ? loadPack(values.pack) : DEFAULT_PACK;
  const checker = compile(pack, pack.profile && !values.org ? pack.profile : profile);

  if (values.jsonl) {
    const file = values.jsonl;
    const lines = readText(file).split('\n');
    const out: string[] = [];
    lines.forEach((line, i) => {
      if (line.trim() === '') return;
      const where = `${file}:${i + 1}`;
      const row = parseJson(line, where);
      if (typeof row !== 'object' || row === null || Array.isArray(row)) throw new UserError(`${where}: expected a JSON object`);
      const { id, text, context } = row as { id?: unknown; text?: unknown; context?: unknown };
      if (typeof text !== 'string') throw new UserError(`${where}: text: expected a string`);
      const findings = checker.check(text, parseContext(context, `${where}: context`));
      out.push(JSON.stringify({ id: id ?? i + 1, findings }));
    });
    process.stdout.write(out.length ? `${out.join('\n')}\n` : '');
    return 0;
  }

  const context = parseContext(values.context ? parseJson(values.context, '--context') : {}, '--context');
  const text = await readStdin();
  process.stdout.write(`${describe(text, checker.check(text, context))}\n`);
  return 0;
}
