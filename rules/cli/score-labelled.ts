import { CORE_CATEGORIES } from '../schema/finding';

export interface LabelledResult {
  expected: readonly string[];
  found: readonly string[];
}

export interface CategoryScore {
  category: string;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  /** null when nothing was found (precision) or nothing was expected (recall). */
  precision: number | null;
  recall: number | null;
}

/** Per-category precision and recall over labelled drafts; core categories always listed. */
export function scoreByCategory(results: readonly LabelledResult[]): CategoryScore[] {
  const categories = new Set<string>(CORE_CATEGORIES);
  for (const r of results) for (const c of [...r.expected, ...r.found]) categories.add(c);
  return [...categories].map((category) => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    for (const r of results) {
      const want = r.expected.includes(category);
      const got = r.found.includes(category);
      if (want && got) tp++;
      else if (got) fp++;
      else if (want) fn++;
    }
    return {
      category,
      truePositives: tp,
      falsePositives: fp,
      falseNegatives: fn,
      precision: tp + fp === 0 ? null : tp / (tp + fp),
      recall: tp + fn === 0 ? null : tp / (tp + fn),
    };
  });
}
