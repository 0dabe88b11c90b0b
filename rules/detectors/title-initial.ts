import type { Detector } from './detector';

/** "Mrs P", "Mr K." — a person anonymised by a title and an initial, the usual way staff refer to people they serve. */
export const titleInitial: Detector = {
  id: 'title-initial',
  description: 'a title with an initial ("Mrs P", "Mr K")',
  // "Mr A-level" and "Miss D&T" are not people; a possessive ("Mrs P's flat") still is.
  pattern: /\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.? [A-Z]\b(?![-&][A-Za-z]|['’](?!s\b)[A-Za-z])/g,
};
