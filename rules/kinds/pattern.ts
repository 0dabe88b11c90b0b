import { z } from 'zod';
import { ruleCommonShape } from '../schema/rule-common';
import { DETECTORS, DETECTOR_IDS, type DetectorId } from '../detectors';
import type { CompileEnv, Evaluate, Match } from '../engine/types';

/** Longest pattern a pack may carry; long patterns are where catastrophic backtracking hides. */
export const MAX_PATTERN_LENGTH = 500;

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
  });
export type PatternRule = z.infer<typeof patternRuleSchema>;

function validatorOf(id: DetectorId | undefined): ((m: RegExpExecArray) => boolean) | undefined {
  return id === undefined ? undefined : DETECTORS[id].validate;
}

export function compilePattern(rule: PatternRule, _env: CompileEnv): Evaluate {
  const detector = rule.detector === undefined ? undefined : DETECTORS[rule.detector];
  const regex = detector
    ? new RegExp(detector.pattern.source, detector.pattern.flags.includes('g') ? detector.pattern.flags : `${detector.pattern.flags}g`)
    : new RegExp(rule.regex!, `${rule.flags.replace('g', '')}g`);
  const validate = detector?.validate ?? validatorOf(rule.validator);
  return (draft) => {
    const out: Match[] = [];
    regex.lastIndex = 0;
    for (let m = regex.exec(draft.text); m !== null; m = regex.exec(draft.text)) {
      if (m[0].length === 0) {
        regex.lastIndex += 1;
        continue;
      }
      if (!validate || validate(m)) out.push({ start: m.index, end: m.index + m[0].length });
    }
    return out;
  };
}
