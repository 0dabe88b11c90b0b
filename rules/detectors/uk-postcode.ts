import type { Detector } from './detector';

export const ukPostcode: Detector = {
  id: 'uk-postcode',
  description: 'a full UK postcode such as SW1A 1AA',
  // Outward code: area letters then district; inward code: digit and two letters (no C I K M O V).
  pattern: /\b(?:[A-PR-UWYZ][A-HK-Y]?\d[A-HJKPSTUW\d]?|GIR) ?\d[ABD-HJLNP-UW-Z]{2}\b/g,
};
