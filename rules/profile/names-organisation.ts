import type { OrgProfile } from '../schema/profile';

/** Words that say what kind of organisation it is, not which: "Borough", "Council", "Trust". */
const KIND_WORDS = new Set(
  `the our my a an of and for at in borough county city district council councils cc trust foundation service services authority
  police constabulary force fire rescue university uni college school academy academies hospital hospitals health care social
  team hall house centre center department office housing homes home association court courts tribunal tribunals prison
  park national jobcentre plus library libraries leisure advice citizens charity group partnership board agency limited ltd nhs`.split(/\s+/),
);

/** The words of the organisation's full name that are its own ("Fernvale" in "Fernvale Borough Council"). */
function ownWords(profile: OrgProfile): Set<string> {
  return new Set(profile.name.toLowerCase().split(/[^\p{L}\p{N}'’-]+/u).filter((w) => w.length >= 3 && !KIND_WORDS.has(w)));
}

/**
 * Whether an alias names this organisation and no other: it carries a word of the organisation's
 * own name that is not a kind of organisation ("Fernvale Council", "Fernvale"); never a short or
 * generic one ("the council", "FBC", "Town Hall").
 */
export function isDistinctiveName(alias: string, profile: OrgProfile): boolean {
  const own = ownWords(profile);
  return alias
    .toLowerCase()
    .split(/[^\p{L}\p{N}'’-]+/u)
    .some((w) => own.has(w));
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether a line a page shows about a person ("Works at Fernvale Borough Council", a card's
 * header) names the organisation: its full name or a distinctive alias, as a whole phrase.
 */
export function namesOrganisation(text: string, profile: OrgProfile): boolean {
  const names = [profile.name, ...profile.aliases.filter((a) => isDistinctiveName(a, profile))].sort((a, b) => b.length - a.length);
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.map(escape).join('|')})(?![\\p{L}\\p{N}])`, 'iu').test(text);
}
