import { DEFAULT_DISCLAIMER } from '../../rules/engine/compile';
import type { GuidanceEntry } from '../../rules/schema/guidance';
import type { OrgProfile } from '../../rules/schema/profile';

/** Guidance-specific stand-ins: the sentence reads well whether or not the organisation set these. */
const FALLBACK_SPEAK_UP = "your organisation's speak-up (whistleblowing) route";

/** Fills the `{profile.*}` words a pack's guidance may use with the organisation's own. */
export function fillProfileWords(text: string, profile: OrgProfile): string {
  return text.replace(/\{profile\.([A-Za-z]+)\}/g, (whole, key: string) => {
    switch (key) {
      case 'name':
        return profile.name;
      case 'disclaimer':
        return profile.disclaimer ?? DEFAULT_DISCLAIMER;
      case 'speakUpContact':
        return profile.speakUpContact ?? FALLBACK_SPEAK_UP;
      case 'names':
        return [profile.name, ...profile.aliases].join(', ');
      case 'handles':
        return profile.handles.join(', ');
      default:
        return whole;
    }
  });
}

export function fillEntry(entry: GuidanceEntry, profile: OrgProfile): GuidanceEntry {
  return {
    ...entry,
    title: fillProfileWords(entry.title, profile),
    summary: fillProfileWords(entry.summary, profile),
    body: fillProfileWords(entry.body, profile),
    doInstead: fillProfileWords(entry.doInstead, profile),
  };
}
