import type { FindingView } from './view-model';
import { severityRank, type Finding } from '../../rules/schema/finding';
import type { GuidanceEntry } from '../../rules/schema/guidance';
import type { OrgProfile } from '../../rules/schema/profile';
import { fillGuidanceEntry } from '../../rules/profile/fill-profile-words';
import { namesOrganisation } from '../../rules/profile/names-organisation';

/** Categories that are about the writer's work whatever the draft's words. */
const WORK_CATEGORIES: ReadonlySet<string> = new Set(['employer-comment', 'opinion-disclaimer']);

const MAX_WORDS = 6;
const MAX_WORD_CHARS = 40;

/** The words of the draft behind a finding, each once, shortened for a small card. */
export function findingWords(text: string, finding: Finding): string[] {
  const words: string[] = [];
  for (const { start, end } of finding.spans) {
    const word = text.slice(start, end).replace(/\s+/g, ' ').trim();
    if (!word) continue;
    const short = word.length > MAX_WORD_CHARS ? `${word.slice(0, MAX_WORD_CHARS - 1).trimEnd()}…` : word;
    if (!words.includes(short)) words.push(short);
    if (words.length === MAX_WORDS) break;
  }
  return words;
}

/**
 * Findings as the card shows them: the draft's words behind each, its guidance filled in for the
 * organisation, whether it holds a post, and whether it is about work.
 */
export function findingViews(findings: readonly Finding[], text: string, guidance: readonly GuidanceEntry[], profile: OrgProfile): FindingView[] {
  const namesEmployer = findings.length > 0 && namesOrganisation(text, profile);
  return findings.map((finding) => {
    const entry = guidance.find((g) => g.id === finding.guidance);
    return {
      finding,
      words: findingWords(text, finding),
      guidance: entry ? fillGuidanceEntry(entry, profile) : null,
      blocks: severityRank(finding.severity) >= severityRank('warn'),
      aboutWork: namesEmployer || WORK_CATEGORIES.has(finding.category),
    };
  });
}
