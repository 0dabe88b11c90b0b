import { CORE_CATEGORIES } from '../schema/finding';
import type { PreparedDraft } from './prepare-examples';

/** What a set of thresholds would give over labelled drafts. */
export interface Outcome {
  /** Per core category. */
  categories: { category: string; precision: number; recall: number; f1: number }[];
  /** Share of clean drafts (no category expected) that raise anything. */
  falseAlarms: number;
}

/** Categories reported for a draft when each head fires at or above its threshold. */
export function reported(draft: PreparedDraft, probabilities: ArrayLike<number>, thresholds: readonly number[]): readonly string[] {
  let mask = 0;
  thresholds.forEach((t, k) => {
    if (probabilities[k]! >= t) mask |= 1 << k;
  });
  return draft.outcomes[mask]!;
}

export function outcomeOf(drafts: readonly PreparedDraft[], probabilities: readonly ArrayLike<number>[], thresholds: readonly number[]): Outcome {
  const counts = CORE_CATEGORIES.map(() => ({ tp: 0, fp: 0, fn: 0 }));
  let clean = 0;
  let alarms = 0;
  drafts.forEach((draft, i) => {
    const found = reported(draft, probabilities[i]!, thresholds);
    if (draft.expect.size === 0) {
      clean++;
      if (found.some((c) => (CORE_CATEGORIES as readonly string[]).includes(c))) alarms++;
    }
    CORE_CATEGORIES.forEach((category, c) => {
      const want = draft.expect.has(category);
      const got = found.includes(category);
      if (want && got) counts[c]!.tp++;
      else if (got) counts[c]!.fp++;
      else if (want) counts[c]!.fn++;
    });
  });
  return {
    categories: CORE_CATEGORIES.map((category, c) => {
      const { tp, fp, fn } = counts[c]!;
      const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
      const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
      return { category, precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
    }),
    falseAlarms: clean === 0 ? 0 : alarms / clean,
  };
}

/**
 * Thresholds for the heads, chosen on drafts the networks did not learn from (each organisation
 * scored by networks trained without it): the best mean F1 whose false alarms on clean drafts stay
 * within `falseAlarmTarget` — a nudge on harmless posts is what teaches people to ignore them.
 * Coordinate ascent over each head's observed probabilities; ties keep the higher threshold.
 */
export function chooseThresholds(drafts: readonly PreparedDraft[], probabilities: readonly Float64Array[], heads: number, falseAlarmTarget: number): number[] {
  const score = (t: readonly number[]) => {
    const o = outcomeOf(drafts, probabilities, t);
    const f1 = o.categories.reduce((s, c) => s + c.f1, 0) / o.categories.length;
    return o.falseAlarms <= falseAlarmTarget ? f1 : f1 - 1 - 10 * (o.falseAlarms - falseAlarmTarget);
  };
  const candidates = Array.from({ length: heads }, (_, k) => {
    const values = [...new Set(drafts.flatMap((d, i) => (d.counts[k] ? [probabilities[i]![k]!] : [])))].sort((a, b) => a - b);
    const picked = new Set<number>([0.5]);
    for (let q = 0; q < 200 && values.length > 0; q++) picked.add(values[Math.floor((q / 200) * values.length)]!);
    return [...picked].sort((a, b) => a - b);
  });
  let thresholds = Array.from({ length: heads }, () => 0.5);
  let best = score(thresholds);
  for (let sweep = 0; sweep < 4; sweep++) {
    let improved = false;
    for (let k = 0; k < heads; k++) {
      for (const value of candidates[k]!) {
        const trial = [...thresholds];
        trial[k] = value;
        const s = score(trial);
        if (s > best || (s === best && value > thresholds[k]!)) {
          if (s > best) improved = true;
          best = s;
          thresholds = trial;
        }
      }
    }
    if (!improved) break;
  }
  return thresholds;
}
