import type { Detector } from './detector';

/** "Mrs P", "Mr K." — a person anonymised by a title and an initial, the usual way staff refer to people they serve. */
export const titleInitial: Detector = {
  id: 'title-initial',
  description: 'a title with an initial ("Mrs P", "Mr K")',
  // "Mr A-level" and "Miss D&T" are not people; a possessive ("Mrs P's flat") still is.
  pattern: /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.? [A-Z]\b(?![-&][A-Za-z]|['’](?!s\b)[A-Za-z])/g,
};

/** A lone capital letter standing for a person ("little K", "young person T", "drove J to"). */
export const loneInitial: Detector = {
  id: 'lone-initial',
  description: 'a single initial used as a name ("little K", "my young person T")',
  pattern: /\b(?:[Ll]ittle|[Yy]oung person|[Bb]aby|to(?<!\bA to)|for|with|called|named|and|[Ss]aw|[Mm]et|[Tt]ook|[Vv]isited|see|meet) (?<span>[B-HJ-WYZ])\b(?![-.&]?[A-Za-z0-9]|['’](?!s\b)[A-Za-z])/g,
};
