import type { OrgProfile } from '../schema/profile';
import { DEFAULT_DISCLAIMER } from '../profile/fill-profile-words';

/**
 * Profile variables a term list may use, so one pack serves many organisations:
 * `{profile.names}` (name and aliases), `{profile.handles}`, `{profile.topics}`
 * (each topic, its parts and their head words), `{profile.clientTerms}` and
 * `{profile.disclaimer}` (the organisation's own wording, and the one the fix appends without it).
 */
export const PROFILE_VARIABLES = ['names', 'handles', 'topics', 'clientTerms', 'disclaimer'] as const;
export type ProfileVariable = (typeof PROFILE_VARIABLES)[number];
const VARIABLE = /^\{profile\.([A-Za-z]+)\}$/;

export function pluralForms(word: string): string[] {
  const forms = [word];
  if (/[^aeiou]y$/i.test(word)) forms.push(word.slice(0, -1) + 'ies');
  else if (/(s|x|z|ch|sh)$/i.test(word)) forms.push(word + 'es');
  else if (!/s$/i.test(word)) forms.push(word + 's');
  if (/ies$/i.test(word)) forms.push(word.slice(0, -3) + 'y');
  else if (/[^s]s$/i.test(word)) forms.push(word.slice(0, -1));
  return forms;
}

/** Words too general to stand for a topic on their own ("care" in "kinship care"). */
const GENERAL_WORDS = new Set(
  `a an and the of for in on to with services service support care local help funding safety people new home homes
  family families children child adult adults early young public unpaid road roads government council tax social
  person persons collections hubs open spaces space centres centre`.split(/\s+/),
);

/** A topic such as "highways and road safety" also stands for its parts and their distinctive words. */
export function topicForms(topic: string): string[] {
  const forms = new Set<string>();
  const parts = [topic, ...topic.split(/\s*(?:,|\band\b|&|\/)\s*/i)].map((p) => p.trim()).filter(Boolean);
  for (const part of parts) {
    for (const form of pluralForms(part)) forms.add(form);
    const words = part.split(/\s+/);
    for (const word of words) {
      const bare = word.replace(/['’]s$/i, '');
      if (bare.length < 4 || GENERAL_WORDS.has(bare.toLowerCase())) continue;
      for (const f of pluralForms(bare)) forms.add(f);
      // "fly-tipping" also stands for "fly-tippers", "gritting" for "gritters".
      const stem = bare.replace(/(?:ings?|ers?|ies|es|s)$/i, '');
      if (stem.length >= 5 && stem !== bare) forms.add(`${stem}*`);
    }
  }
  return [...forms];
}

export function profileTerms(profile: OrgProfile, variable: ProfileVariable): string[] {
  switch (variable) {
    case 'names':
      return [profile.name, ...profile.aliases].flatMap((n) => [n, `${n}'s`]);
    case 'handles':
      return profile.handles.flatMap((h) => {
        const bare = h.replace(/^@/, '');
        return [`@${bare}`, `#${bare}`];
      });
    case 'topics':
      return profile.topics.flatMap(topicForms);
    case 'clientTerms':
      return profile.clientTerms.flatMap(pluralForms);
    case 'disclaimer':
      // With or without its closing full stop: a writer may have typed it before more words.
      return [...new Set([profile.disclaimer ?? DEFAULT_DISCLAIMER, DEFAULT_DISCLAIMER].flatMap((d) => [d, d.replace(/[.!]+$/, '')]))];
  }
}

export interface ExpandedTerms {
  /** Matched whatever the case. */
  anyCase: string[];
  /** Acronyms from topics and client terms ("SEND"), which would otherwise match everyday words. */
  exactCase: string[];
}

const ACRONYM = /^[A-Z][A-Z0-9&]{1,6}s?$/;

/** Replaces `{profile.x}` entries with the profile's words; other terms pass through. */
export function expandTerms(terms: readonly string[], profile: OrgProfile): ExpandedTerms {
  const out: ExpandedTerms = { anyCase: [], exactCase: [] };
  for (const term of terms) {
    const m = VARIABLE.exec(term.trim());
    if (!m) {
      out.anyCase.push(term);
      continue;
    }
    const variable = m[1] as ProfileVariable;
    // Staff type the organisation's own initials in lower case too ("ncc"), so names match any case.
    const keepCase = variable === 'topics' || variable === 'clientTerms';
    for (const word of profileTerms(profile, variable)) {
      (keepCase && ACRONYM.test(word) ? out.exactCase : out.anyCase).push(word);
    }
  }
  return out;
}

export function isProfileVariable(term: string): boolean {
  const m = VARIABLE.exec(term.trim());
  return m !== null && (PROFILE_VARIABLES as readonly string[]).includes(m[1]!);
}
