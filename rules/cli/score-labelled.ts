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
  /** 1 when nothing was found (precision) or nothing was expected (recall), as the shared scorer counts. */
  precision: number;
  recall: number;
  f1: number;
}

export interface LabelledScore {
  drafts: number;
  categories: CategoryScore[];
  /** Drafts whose categories are exactly those expected. */
  exact: number;
  /** Share of drafts expecting nothing that raised a core category. */
  falseAlarms: number;
  /** Mean F1 of the three core categories. */
  macroF1: number;
}

const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

/**
 * Per-category precision and recall over labelled drafts, counted exactly as the project's own
 * scorer counts them (core categories, false alarms on clean drafts, macro-F1), so an admin's
 * `guidepost test` and the project's measure agree.
 */
export function scoreLabelled(results: readonly LabelledResult[]): LabelledScore {
  const core = new Set<string>(CORE_CATEGORIES);
  let clean = 0;
  let alarms = 0;
  let exact = 0;
  for (const r of results) {
    const found = new Set(r.found.filter((c) => core.has(c)));
    const expected = new Set(r.expected);
    if (expected.size === 0) {
      clean++;
      if (found.size > 0) alarms++;
    }
    if (expected.size === found.size && [...expected].every((c) => found.has(c))) exact++;
  }
  const categories = CORE_CATEGORIES.map((category) => {
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
    const precision = ratio(tp, tp + fp);
    const recall = ratio(tp, tp + fn);
    return {
      category,
      truePositives: tp,
      falsePositives: fp,
      falseNegatives: fn,
      precision,
      recall,
      f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall),
    };
  });
  return {
    drafts: results.length,
    categories,
    exact: ratio(exact, results.length),
    falseAlarms: ratio(alarms, clean),
    macroF1: categories.reduce((s, c) => s + c.f1, 0) / categories.length,
  };
}

/** The table the project's scorer prints, line for line. */
export function scoreTable(score: LabelledScore, seconds: number): string {
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`.padStart(7);
  const rows = score.categories.map(
    (c) =>
      `${c.category.padEnd(19)} ${String(c.truePositives).padStart(3)} ${String(c.falsePositives).padStart(3)} ${String(c.falseNegatives).padStart(3)}  ${pct(c.precision)}   ${pct(c.recall)}  ${pct(c.f1)}`,
  );
  const minPrecision = Math.min(...score.categories.map((c) => c.precision));
  const minRecall = Math.min(...score.categories.map((c) => c.recall));
  return [
    'category             tp  fp  fn  precision  recall      F1',
    ...rows,
    '',
    `drafts ${score.drafts}, unanswered 0, exact ${pct(score.exact).trim()}, false alarms on clean drafts ${pct(score.falseAlarms).trim()}, run ${seconds.toFixed(2)} s`,
    `macro-F1 ${pct(score.macroF1).trim()} min-precision ${pct(minPrecision).trim()} min-recall ${pct(minRecall).trim()}`,
  ].join('\n');
}
