import type { GuidanceEntry } from '../schema/guidance';
import type { OrgProfile } from '../schema/profile';

/** Used when the profile has no preferred wording of its own. */
export const DEFAULT_DISCLAIMER = "Personal opinion, not my employer's.";

/**
 * What each `{profile.…}` word of a pack's messages, fixes and guidance stands for. A word the
 * profile leaves out (the generic profile has no disclaimer, speak-up route or accounts) gets
 * words that still make the sentence read well, never the raw placeholder.
 */
const PROFILE_WORDS: Readonly<Record<string, (profile: OrgProfile) => string>> = {
  name: (profile) => profile.name,
  names: (profile) => [profile.name, ...profile.aliases].join(', '),
  handles: (profile) => (profile.handles.length > 0 ? profile.handles.join(', ') : "your organisation's accounts"),
  disclaimer: (profile) => profile.disclaimer ?? DEFAULT_DISCLAIMER,
  speakUpContact: (profile) => profile.speakUpContact ?? "your organisation's speak-up (whistleblowing) route",
};

const PLACEHOLDER = /\{profile\.([A-Za-z]+)\}/g;

/** Fills the `{profile.…}` words of a pack's text with the organisation's own; an unknown word stays as written. */
export function fillProfileWords(text: string, profile: OrgProfile): string {
  return text.replace(PLACEHOLDER, (whole, key: string) => (Object.hasOwn(PROFILE_WORDS, key) ? PROFILE_WORDS[key]!(profile) : whole));
}

/** A guidance entry as the organisation's staff read it, every text field filled. */
export function fillGuidanceEntry(entry: GuidanceEntry, profile: OrgProfile): GuidanceEntry {
  return {
    ...entry,
    title: fillProfileWords(entry.title, profile),
    summary: fillProfileWords(entry.summary, profile),
    body: fillProfileWords(entry.body, profile),
    doInstead: fillProfileWords(entry.doInstead, profile),
  };
}
