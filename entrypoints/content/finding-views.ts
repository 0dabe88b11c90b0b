import type { FindingView } from '../../components/in-page/view-model';
import type { Finding } from '../../rules/schema/finding';
import type { GuidanceEntry } from '../../rules/schema/guidance';
import type { OrgProfile } from '../../rules/schema/profile';

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

/** Guidance may name the organisation's own things ({profile.speakUpContact}…); fill them from the profile in force. */
export function fillProfile(text: string, profile: OrgProfile): string {
  return text.replace(/\{profile\.([A-Za-z]+)\}/g, (whole, key: string) => {
    const value: unknown = (profile as unknown as Record<string, unknown>)[key];
    if (typeof value === 'string') return value;
    if (Array.isArray(value)) return value.join(', ');
    return key === 'speakUpContact' ? 'your line manager' : whole;
  });
}

function filledGuidance(entry: GuidanceEntry, profile: OrgProfile): GuidanceEntry {
  return {
    ...entry,
    title: fillProfile(entry.title, profile),
    summary: fillProfile(entry.summary, profile),
    body: fillProfile(entry.body, profile),
    doInstead: fillProfile(entry.doInstead, profile),
  };
}

export function findingViews(findings: readonly Finding[], text: string, guidance: readonly GuidanceEntry[], profile: OrgProfile): FindingView[] {
  return findings.map((finding) => {
    const entry = guidance.find((g) => g.id === finding.guidance);
    return { finding, words: findingWords(text, finding), guidance: entry ? filledGuidance(entry, profile) : null };
  });
}
