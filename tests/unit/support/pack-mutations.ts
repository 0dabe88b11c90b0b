import fc from 'fast-check';

/**
 * Mutations of a JSON rule pack of the kinds admins (and broken tools) produce: fields dropped or
 * misspelt, values of the wrong type, regular expressions that do not compile or that backtrack,
 * rules that read rules below them, and arrays far larger than any real pack.
 */
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Path = (string | number)[];

export const BAD_REGEXES = ['(', '[z-a]', 'a{2,1}', '(?<x', '\\', '*a', '(?<=a', 'a)', '[', '(?P<n>a)'];
export const EVIL_REGEXES = ['(a+)+$', '(a|aa)+$', '(.*a){12}', '^(\\w+\\s?)*$', '([a-z]|a)+!', '(?:\\d+)*x', '(a*)*b'];
const WRONG_VALUES: Json[] = [null, 0, -1.5, 1e21, '', 'x', true, false, [], {}, ['x'], { x: 1 }, 'é'.repeat(5000)];

type MutationOp =
  | 'delete'
  | 'rename'
  | 'wrong-type'
  | 'huge-array'
  | 'bad-regex'
  | 'evil-regex'
  | 'forward-ref'
  | 'unknown-ref'
  | 'duplicate-rule'
  | 'swap-kind';

/** `pick` chooses the place (modulo what exists), `variant` the replacement. */
export interface Mutation {
  op: MutationOp;
  pick: number;
  variant: number;
}

export const mutation: fc.Arbitrary<Mutation> = fc.record({
  op: fc.constantFrom<MutationOp>(
    'delete',
    'rename',
    'wrong-type',
    'huge-array',
    'bad-regex',
    'evil-regex',
    'forward-ref',
    'unknown-ref',
    'duplicate-rule',
    'swap-kind',
  ),
  pick: fc.nat(),
  variant: fc.nat(),
});

function isContainer(value: Json | undefined): value is Json[] | { [key: string]: Json } {
  return typeof value === 'object' && value !== null;
}

/** Every path in the tree, parents before children. */
export function allPaths(value: Json, path: Path = [], out: Path[] = []): Path[] {
  if (!isContainer(value)) return out;
  const keys: (string | number)[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  for (const key of keys) {
    const child = path.concat(key);
    out.push(child);
    allPaths((value as Record<string | number, Json>)[key]!, child, out);
  }
  return out;
}

/** The value at `path`, or undefined when any step is missing. */
export function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let here: unknown = root;
  for (const key of path) {
    if (typeof here !== 'object' || here === null) return undefined;
    here = (here as Record<PropertyKey, unknown>)[key];
  }
  return here;
}

function parentAndKey(root: Json, path: Path): { parent: Json[] | { [key: string]: Json }; key: string | number } | null {
  const parent = valueAt(root, path.slice(0, -1)) as Json | undefined;
  return isContainer(parent) ? { parent, key: path[path.length - 1]! } : null;
}

interface RuleJson {
  [key: string]: Json;
}

function rulesOf(pack: Json): RuleJson[] {
  const rules = isContainer(pack) && !Array.isArray(pack) ? pack['rules'] : undefined;
  return Array.isArray(rules) ? (rules.filter((r) => isContainer(r) && !Array.isArray(r)) as RuleJson[]) : [];
}

const REF_FIELDS = ['all', 'none', 'if', 'require', 'target', 'negative', 'positive', 'sarcasm'];
const KINDS = ['term-list', 'pattern', 'entity', 'context-flag', 'co-occurrence', 'conditional', 'sentiment-gated', 'no-such-kind'];

/** Applies one mutation in place; a mutation with nothing to act on leaves the pack as it is. */
export function applyMutation(pack: Json, { op, pick, variant }: Mutation): void {
  const rules = rulesOf(pack);
  const rulesArray = isContainer(pack) && !Array.isArray(pack) && Array.isArray(pack['rules']) ? pack['rules'] : null;
  switch (op) {
    case 'delete':
    case 'rename':
    case 'wrong-type':
    case 'huge-array': {
      const paths = allPaths(pack).filter((p) => op !== 'huge-array' || Array.isArray(valueAt(pack, p)));
      if (paths.length === 0) return;
      const at = parentAndKey(pack, paths[pick % paths.length]!);
      if (!at) return;
      const { parent, key } = at;
      if (op === 'delete') {
        if (Array.isArray(parent)) parent.splice(Number(key), 1);
        else Reflect.deleteProperty(parent, key);
      } else if (op === 'rename') {
        if (Array.isArray(parent)) return;
        const names = [`${key}_`, String(key).toUpperCase(), `${key}s`, ` ${key}`];
        parent[names[variant % names.length]!] = parent[key]!;
        Reflect.deleteProperty(parent, key);
      } else if (op === 'wrong-type') {
        (parent as Record<string | number, Json>)[key] = WRONG_VALUES[variant % WRONG_VALUES.length]!;
      } else {
        const array = (parent as Record<string | number, Json>)[key] as Json[];
        const size = 5_000 + (variant % 15_000);
        const first = array[0] ?? 'x';
        (parent as Record<string | number, Json>)[key] = Array.from({ length: size }, (_, i) =>
          typeof first === 'string' ? `${first}${i}` : first,
        );
      }
      return;
    }
    case 'bad-regex':
    case 'evil-regex': {
      const patterns = rules.filter((r) => r['kind'] === 'pattern');
      const target = patterns.length ? patterns[pick % patterns.length]! : rules[pick % Math.max(rules.length, 1)];
      if (!target) return;
      const list = op === 'bad-regex' ? BAD_REGEXES : EVIL_REGEXES;
      target['kind'] = 'pattern';
      delete target['detector'];
      target['regex'] = list[variant % list.length]!;
      return;
    }
    case 'forward-ref':
    case 'unknown-ref': {
      const readers = rules.filter((r) => REF_FIELDS.some((f) => Array.isArray(r[f])));
      const reader = readers[pick % Math.max(readers.length, 1)];
      if (!reader || !rulesArray) return;
      if (op === 'forward-ref') {
        // Moving a reader to the top makes every rule it reads come after it.
        rulesArray.splice(rulesArray.indexOf(reader), 1);
        rulesArray.unshift(reader);
      } else {
        const field = REF_FIELDS.find((f) => Array.isArray(reader[f]))!;
        (reader[field] as Json[]).push(`no-such-rule-${variant % 7}`);
      }
      return;
    }
    case 'duplicate-rule': {
      if (!rulesArray || rulesArray.length === 0) return;
      rulesArray.push(structuredClone(rulesArray[pick % rulesArray.length]!));
      return;
    }
    case 'swap-kind': {
      const rule = rules[pick % Math.max(rules.length, 1)];
      if (rule) rule['kind'] = KINDS[variant % KINDS.length]!;
      return;
    }
  }
}

/** A JSON copy of `pack` with one to three mutations applied. */
export function mutatedPack(pack: unknown): fc.Arbitrary<{ json: Json; mutations: Mutation[] }> {
  return fc.array(mutation, { minLength: 1, maxLength: 3 }).map((mutations) => {
    const json = structuredClone(pack) as Json;
    for (const m of mutations) applyMutation(json, m);
    return { json, mutations };
  });
}

/** A path as formatPath writes it: `rules[3].regex`, `guidance[0].links[1].url`, or `(top level)`. */
export const FORMATTED_PATH = /^(?:\(top level\)|[^.[\]]+(?:\[\d+\]|\.[^.[\]]+)*)$/;
