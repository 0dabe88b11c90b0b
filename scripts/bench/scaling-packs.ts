import { rulePackSchema, type RulePack } from '../../rules/schema/pack';
import type { Random } from '../../rules/training/seeded-random';

const ONSETS = ['b', 'br', 'c', 'ch', 'd', 'dr', 'f', 'g', 'gl', 'h', 'j', 'k', 'l', 'm', 'n', 'p', 'pl', 'qu', 'r', 's', 'sh', 'st', 't', 'th', 'tr', 'v', 'w', 'z'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'ai', 'ea', 'oo', 'ou', 'y'];
const CODAS = ['', '', 'n', 'r', 's', 'l', 'nd', 'st', 'ck', 'm', 'ng', 'x'];

/** Distinct pronounceable made-up words: realistic term shapes that never occur in the pool's drafts by accident. */
export function makeWords(count: number, random: Random): string[] {
  const pickOf = (list: readonly string[]) => list[Math.floor(random() * list.length)]!;
  const words = new Set<string>();
  while (words.size < count) {
    const syllables = 2 + Math.floor(random() * 3);
    let word = '';
    for (let i = 0; i < syllables; i++) word += pickOf(ONSETS) + pickOf(VOWELS) + pickOf(CODAS);
    // Some terms are phrases, as real term lists are.
    if (random() < 0.1) word += ` ${pickOf(ONSETS)}${pickOf(VOWELS)}${pickOf(CODAS)}`;
    words.add(word);
  }
  return [...words];
}

export type ScalingShape = 'one-list' | 'separate-rules';

const GUIDANCE = 'employer-comment';

function termListRule(id: string, terms: string[]) {
  return {
    id,
    kind: 'term-list',
    category: 'employer-comment',
    severity: 'warn',
    guidance: GUIDANCE,
    message: 'A generated term for the bench.',
    terms,
    examples: { match: [terms[0]!], noMatch: ['nothing to see here'] },
  };
}

/** The smallest rule that still runs on every check: a signal, so ten thousand fit in a pack. */
function signalRule(id: string, term: string) {
  return { id, kind: 'term-list', terms: [term], examples: { match: [term], noMatch: ['x'] } };
}

/**
 * The default pack's rules plus `terms` reported terms, either as one term-list rule (how a pack
 * author writes a word list, compiled into one trie) or as one signal rule per term. Without
 * the trained model and the rules that read it: what grows with the terms is term matching, and
 * ten thousand one-term rules beside the model would pass the 2 MB a pack may weigh.
 */
export function packWithTerms(base: RulePack, terms: string[], shape: ScalingShape): RulePack {
  const extra = shape === 'one-list' ? [termListRule('bench-terms', terms)] : terms.map((term, i) => signalRule(`b${i}`, term));
  const rules = base.rules.filter((r) => r.kind !== 'classifier' && !(r.kind === 'conditional' && r.if.some((id) => base.rules.find((x) => x.id === id)?.kind === 'classifier')));
  return rulePackSchema.parse({ ...base, id: `${base.id}-bench`, model: undefined, rules: [...rules, ...extra] });
}
