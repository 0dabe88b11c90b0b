import type { Detector } from './detector';

const NOT_ISSUED = new Set(['BG', 'GB', 'NK', 'KN', 'TN', 'NT', 'ZZ']);

export const niNumber: Detector = {
  id: 'ni-number',
  description: 'a National Insurance number such as QQ 12 34 56 C',
  pattern: /\b[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z] ?\d{2} ?\d{2} ?\d{2} ?[A-D]\b/g,
  validate: (m) => !NOT_ISSUED.has(m[0].slice(0, 2)),
};
