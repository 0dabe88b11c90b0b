import { z } from 'zod';
import { ruleCommonShape } from '../schema/rule-common';
import { DETECTORS, DETECTOR_IDS, type DetectorId } from '../detectors';
import { expandTerms } from '../engine/profile-terms';
import { stepPast } from '../engine/step-past';
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
const REGEX_SPECIAL = /[.*+?^${}()|[\]\\/]/g;

/**
 * A pack's regex may name profile words (`{profile.clientTerms}`), which become an alternation of
 * the organisation's escaped words, longest first; an empty list matches nothing.
 */
export function expandRegex(source: string, profile: OrgProfile): string {
  return source.replace(PROFILE_IN_REGEX, (variable) => {
    const { anyCase, exactCase } = expandTerms([variable], profile);
    const words = [...anyCase, ...exactCase].filter((w) => !w.endsWith('*')).sort((a, b) => b.length - a.length);
    return words.length ? `(?:${words.map((w) => w.replace(REGEX_SPECIAL, '\\$&')).join('|')})` : '(?!)';
  });
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
