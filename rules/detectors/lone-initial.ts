import type { Detector } from './detector';

/** A lone capital letter standing for a person ("little K", "young person T", "took J"). */
export const loneInitial: Detector = {
  id: 'lone-initial',
  description: 'a single initial used as a name ("little K", "my young person T")',
  // Also an initial set off by commas after a person ("a boy from my tutor group, R, …").
  pattern: /(?:\b(?:[Ll]ittle|[Yy]oung person|[Bb]aby|to(?<!\bA to)|for|with|called|named|and|[Ss]aw|[Mm]et|[Tt]ook|[Vv]isited|see|meet)|[a-z],) (?<span>[B-HJ-WYZ])\b(?![-.&]?[A-Za-z0-9]|['’](?!s\b)[A-Za-z]|,? [a-z]+ [B-Z]\b)/g,
};
