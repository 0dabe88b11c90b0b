import { z } from 'zod';
import { defineRuleKind } from './rule-kind';
import { ruleCommonShape } from '../schema/rule-common';
import { DETECTORS, DETECTOR_IDS, type DetectorId } from '../detectors';
import { RuleRefusedError } from '../engine/rule-refused-error';
import { expandTerms } from '../engine/profile-terms';
import { stepPast } from '../engine/step-past';
import { regexProblem } from '../schema/regex-safety';
import type { CompileEnv, Evaluate, Match } from '../engine/types';
import type { OrgProfile } from '../schema/profile';

/** Longest pattern a pack may carry; long patterns are where catastrophic backtracking hides. */
export const MAX_PATTERN_LENGTH = 2000;

/**
 * A regular expression, or one of the built-in detectors (NHS number, postcode, age, …),
 * optionally checked by a detector's validator.
 */
export const patternRuleSchema = z
  .object({
    ...ruleCommonShape,
    kind: z.literal('pattern'),
    detector: z.enum(DETECTOR_IDS).optional(),
    regex: z.string().min(1).max(MAX_PATTERN_LENGTH).optional(),
    flags: z
      .string()
      .regex(/^[imsu]*$/, 'only the flags i, m, s and u')
      .default(''),
    validator: z.enum(DETECTOR_IDS).optional(),
  })
  .refine((r) => (r.detector === undefined) !== (r.regex === undefined), {
    message: 'give exactly one of `detector` or `regex`',
  })
  // A detector without a check of its own would let every match through, silently.
  .refine((r) => r.validator === undefined || DETECTORS[r.validator].validate !== undefined, {
    message: `a validator must be one of the detectors that check their matches: ${DETECTOR_IDS.filter((id) => DETECTORS[id].validate).join(', ')}`,
    path: ['validator'],
  });
export type PatternRule = z.infer<typeof patternRuleSchema>;

function validatorOf(id: DetectorId | undefined): ((m: RegExpExecArray) => boolean) | undefined {
  return id === undefined ? undefined : DETECTORS[id].validate;
}

const PROFILE_IN_REGEX = /\{profile\.(names|handles|topics|clientTerms)\}/g;
const ANY_PROFILE_VARIABLE = /\{profile\.[A-Za-z]+\}/g;
const HAS_PROFILE_VARIABLE = /\{profile\.[A-Za-z]+\}/;
const REGEX_SPECIAL = /[.*+?^${}()|[\]\\/]/g;
/** A `\1`-style backreference outside a character class. */
const NUMBERED_BACKREFERENCE = /(?<!\\)(?:\\\\)*\\[1-9]/;

/**
 * Why a pattern rule's regex may not be loaded, or null. Profile placeholders stand for one word
 * here; the organisation's words are checked again when the pack is compiled for them.
 */
export function patternLoadProblem(regex: string, flags: string): string | null {
  if (HAS_PROFILE_VARIABLE.test(regex) && NUMBERED_BACKREFERENCE.test(withoutClasses(regex))) {
    return "a pattern with {profile.…} words may not use numbered backreferences (\\1), which the words' own groups would renumber: use a named group and \\k<name>";
  }
  return regexProblem(regex.replace(ANY_PROFILE_VARIABLE, '(?:x)'), flags);
}

function withoutClasses(regex: string): string {
  return regex.replace(/\[(?:\\.|[^\]\\])*\]/g, '[]');
}

/**
 * A pack's regex may name profile words (`{profile.clientTerms}`), which become the organisation's
 * escaped words, longest first, matched atomically: the lookahead settles on the first word that
 * fits and the backreference takes exactly that, so the engine never goes back to try a shorter
 * word at the same place (overlapping words such as "Fernvale", "Fern" and "vale" would otherwise
 * multiply the ways to read a run of them). An empty list matches nothing.
 */
export function expandRegex(source: string, profile: OrgProfile): string {
  let added = 0;
  return source.replace(PROFILE_IN_REGEX, (variable, _name: string, offset: number) => {
    const { anyCase, exactCase } = expandTerms([variable], profile);
    const words = [...anyCase, ...exactCase].filter((w) => !w.endsWith('*')).sort((a, b) => b.length - a.length);
    if (words.length === 0) return '(?!)';
    const group = capturingGroupsIn(source.slice(0, offset)) + ++added;
    return `(?=(${words.map((w) => w.replace(REGEX_SPECIAL, '\\$&')).join('|')}))\\${group}`;
  });
}

/** Capturing groups opened in `source`, as the engine numbers them (named ones included). */
function capturingGroupsIn(source: string): number {
  return (withoutClasses(source).replace(/\\./g, '').match(/\((?!\?)|\(\?<(?![=!])/g) ?? []).length;
}

/** Flags for the compiled form: global, and with match indices only when a `span` group needs them. */
function compiledFlags(source: string, flags: string): string {
  const wanted = new Set(flags.replace(/[gd]/g, ''));
  wanted.add('g');
  if (source.includes('(?<span>')) wanted.add('d');
  return [...wanted].join('');
}

export function compilePattern(rule: PatternRule, env: CompileEnv): Evaluate {
  const detector = rule.detector === undefined ? undefined : DETECTORS[rule.detector];
  const source = detector ? detector.pattern.source : expandRegex(rule.regex!, env.profile);
  // The pattern passed at load with each placeholder as one word; with the words in place it is a
  // different pattern, and a profile typed at onboarding can make it one that hangs the page.
  if (!detector && source !== rule.regex) {
    const problem = regexProblem(source, rule.flags);
    if (problem) throw new RuleRefusedError('regex', problem);
  }
  const regex = new RegExp(source, compiledFlags(source, detector ? detector.pattern.flags : rule.flags));
  const validate = detector?.validate ?? validatorOf(rule.validator);
  return (draft) => {
    const out: Match[] = [];
    regex.lastIndex = 0;
    for (let m = regex.exec(draft.text); m !== null; m = regex.exec(draft.text)) {
      if (m[0].length === 0) {
        regex.lastIndex = stepPast(draft.text, m.index);
        continue;
      }
      if (validate && !validate(m)) continue;
      // A `span` group marks the words to highlight; the rest of the match is context. Its own
      // indices, not a search for its text, which may also occur earlier in the match.
      const inner = m.indices?.groups?.['span'];
      if (inner) out.push({ start: inner[0], end: inner[1] });
      else out.push({ start: m.index, end: m.index + m[0].length });
    }
    return out;
  };
}

export const patternKind = defineRuleKind({
  name: 'pattern',
  schema: patternRuleSchema,
  compile: compilePattern,
  refine(rule, _pack, issue) {
    if (rule.regex === undefined) return;
    const problem = patternLoadProblem(rule.regex, rule.flags);
    if (problem) issue(['regex'], problem);
  },
});
