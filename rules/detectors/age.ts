import type { Detector } from './detector';

/**
 * A person's age: "92yo", "aged 14", "14-year-old", "(94, …)", "Leah, 15,", "he's 12", "is 16".
 * Numbers that are years of service or counts ("32 years in", "12 desks") are not ages.
 */
export const age: Detector = {
  id: 'age',
  description: 'an age ("92yo", "aged 14", "a 14-year-old", "(15)", "she is 80")',
  pattern: new RegExp(
    [
      String.raw`\b\d{1,3} ?(?:yo|y\/o|yrs? old)\b`,
      String.raw`\b[Aa]ged? \d{1,3}\b`,
      String.raw`\b\d{1,3}[- ]?(?:year|yr)s?[- ]old\b`,
      String.raw`\((?:aged )?\d{1,3}(?=[,)])`,
      // "Leah, 15," or "a lad on our caseload, 14, who…": a name or a person word, then an age.
      // "Leah, 15," / "a lad on our caseload, 14, who…" / "a pupil in my class, 11, told me": a name or a
      // person, then an age set off by commas.
      String.raw`\b(?:(?:\p{Lu}\p{Ll}+|lad|girl|boy|man|woman|lady|gentleman|gent|child|kid|son|daughter|mum|dad|teenager|teen|person|caseload|list|books|care), (?<span>\d{1,2})(?=,|\.|\)|\s(?:and|with|from|in|who)\b)|\p{Ll}+, (?<age>\d{1,2}),(?= (?:who|told|has|had|is|was|said|asked|came|lives|wants|and)\b))`,
      String.raw`\b(?:(?:[Ss]?[Hh]e|[Tt]hey)(?:'s|’s| is| are| was)|is now|[Tt]urns?|[Tt]urned) (?:only |just |now )?\d{1,3}\b(?!\s*(?:%|minutes|mins|hours|days|weeks|months|years|miles|times|cases|of|x\b|foot|feet|ft\b|inches|stone|kg|pounds|quid|degrees|points|pm\b|am\b))`,
      String.raw`\b(?:[Uu]nder|[Oo]ver)[- ]\d{1,2}s?\b(?=\s*(?:$|[.,!)]|sharing|in|and|who|with))`,
      String.raw`\b\d{1,2} now\b`,
    ].join('|'),
    'gu',
  ),
};
