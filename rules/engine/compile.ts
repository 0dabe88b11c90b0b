import { isContextFact } from '../kinds/context-flag';
import type { RulePack } from '../schema/pack';
import type { OrgProfile } from '../schema/profile';
import type { DraftContext } from '../schema/context';
import type { Finding, Fix } from '../schema/finding';
import type { Rule } from '../kinds';
import { fillProfileWords } from '../profile/fill-profile-words';
import { prepareDraft } from './prepare-draft';
import { expandTerms } from './profile-terms';
import { MAX_CHECKED_CHARS } from './limits';
import { buildTermPrefilter } from './term-prefilter';
import { ruleApplies } from './rule-applies';
import { compileRules } from './compile-rules';
import type { SkippedRule } from './compile-rule-or-skip';
import type { Evaluate, Match, MatchTable } from './types';

export interface Checker {
  readonly pack: RulePack;
  readonly profile: OrgProfile;
  /** Rules left out because this profile's words make them unsafe to run. */
  readonly skipped: readonly SkippedRule[];
  check(text: string, context: DraftContext): Finding[];
}

export { MAX_CHECKED_CHARS };

interface CompiledRule {
  rule: Rule;
  evaluate: Evaluate;
  fixes: Fix[];
  message: string;
}

const NONE: readonly Match[] = [];

/** Compiles a validated pack for one organisation, once; the checker then runs on every pause in typing. */
export function compile(pack: RulePack, profile: OrgProfile): Checker {
  const { evaluators, skipped } = compileRules(pack.rules, profile, pack.model);
  const compiled: CompiledRule[] = pack.rules.map((rule, i) => ({
    rule,
    evaluate: evaluators[i]!,
    message: fillProfileWords(rule.message ?? '', profile),
    fixes: rule.fixes.map((f) => ({ ...f, text: fillProfileWords(f.text, profile), label: fillProfileWords(f.label, profile) })),
  }));

  // Term lists are skipped, from one walk over the draft, when none of their words can be in it.
  const termLists = pack.rules.flatMap((rule, index) => {
    if (rule.kind !== 'term-list') return [];
    const { anyCase, exactCase } = expandTerms(rule.terms, profile);
    return [{ index, terms: [...anyCase, ...exactCase] }];
  });
  const prefilter = buildTermPrefilter(compiled.length, termLists);
  const everyRule = compiled.map((_, i) => i);

  return {
    pack,
    profile,
    skipped,
    check(rawText, context) {
      const text = rawText.length > MAX_CHECKED_CHARS ? rawText.slice(0, MAX_CHECKED_CHARS) : rawText;
      if (text.trim() === '') return [];
      const draft = prepareDraft(text);
      // A rule skipped by the prefilter has no matches, which is what later rules read.
      const table: MatchTable = new Array<readonly Match[]>(compiled.length).fill(NONE);
      const findings: Finding[] = [];
      for (const i of prefilter?.candidates(text) ?? everyRule) {
        const { rule, evaluate, message, fixes } = compiled[i]!;
        const matches = ruleApplies(rule.when, context) ? evaluate(draft, context, table) : NONE;
        table[i] = matches;
        if (rule.category === undefined || matches.length === 0) continue;
        findings.push({
          category: rule.category,
          rule: rule.id,
          severity: rule.severity,
          message,
          // An attached photo is evidence, not words to highlight.
          spans: mergeSpans(matches.filter((m) => !isContextFact(m))),
          guidance: rule.guidance ?? '',
          fixes: fixes.map((f) => (f.kind === 'append' ? { ...f, text: joinAppend(text, f.text) } : f)),
        });
      }
      return onePerCategory(findings);
    },
  };
}

/** An appended disclaimer starts on its own line, or after a space when the draft is one line. */
function joinAppend(text: string, addition: string): string {
  if (/\s$/.test(text)) return addition;
  return text.includes('\n') ? `\n\n${addition}` : ` ${addition}`;
}

function mergeSpans(matches: readonly Match[]): Match[] {
  const sorted = [...matches].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Match[] = [];
  for (const m of sorted) {
    const last = out[out.length - 1];
    if (last && m.start <= last.end) last.end = Math.max(last.end, m.end);
    else out.push({ start: m.start, end: m.end });
  }
  return out;
}

/**
 * Several rules may find the same category (a named person, an age…); the writer needs one card
 * per problem, so the first rule in pack order speaks for the category and the spans are pooled.
 */
function onePerCategory(findings: Finding[]): Finding[] {
  const byCategory = new Map<string, Finding>();
  for (const f of findings) {
    const seen = byCategory.get(f.category);
    if (!seen) byCategory.set(f.category, f);
    else seen.spans = mergeSpans([...seen.spans, ...f.spans]);
  }
  return [...byCategory.values()];
}
