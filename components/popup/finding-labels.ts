import type { Severity } from '../../rules/schema/finding';

/** Words a writer understands, not the pack's ids. */
export const SEVERITY_LABELS: Record<Severity, string> = { serious: 'Serious', warn: 'Check this', info: 'Note' };

const CATEGORY_LABELS: Record<string, string> = {
  'client-privacy': "Someone's privacy",
  'employer-comment': 'Comment about work',
  'opinion-disclaimer': 'Personal opinion',
};

/** Packs may add categories; theirs read as their id with spaces. */
export function categoryLabel(category: string): string {
  return CATEGORY_LABELS[category] ?? category.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
}
