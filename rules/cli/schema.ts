import { parseArgs } from 'node:util';
import { z } from 'zod';
import { rulePackSchema } from '../schema/pack';

export const schemaUsage = `guidepost schema

Prints the rule pack's JSON Schema (draft 2020-12) for editors: put "$schema" in a pack,
or map *.pack.json to it in your editor. Checks that need the whole pack (unique ids,
references, guidance ids) are only in "guidepost validate".`;

/** The pack schema as authors write it (defaults optional), so editors don't demand defaulted fields. */
export function packJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(rulePackSchema, { io: 'input', unrepresentable: 'any' }),
    title: 'Guidepost rule pack',
  };
}

export async function runSchema(argv: string[]): Promise<number> {
  parseArgs({ args: argv, options: {}, strict: true });
  process.stdout.write(`${JSON.stringify(packJsonSchema(), null, 2)}\n`);
  return 0;
}
