import type { Severity } from '../../rules/schema/finding';

/**
 * The names staff see for a finding's category and severity: the same words in the card, the
 * review prompt and the popup. Words a writer understands, not the pack's ids.
 */
const CATEGORY_LABELS: Readonly<Record<string, string>> = {
  'client-privacy': 'Privacy of people we serve',
  'employer-comment': 'Comment about your employer',
  'opinion-disclaimer': 'Personal opinion',
  tone: 'Tone',
};

/** Packs may add categories; theirs read as their id with spaces. */
export function categoryLabel(category: string): string {
  return Object.hasOwn(CATEGORY_LABELS, category) ? CATEGORY_LABELS[category]! : category.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
}

export const SEVERITY_LABELS: Readonly<Record<Severity, string>> = {
  info: 'Tip',
  warn: 'Check this',
  serious: 'Serious',
};
