import type { Detector } from './detector';

export const ukPhone: Detector = {
  id: 'uk-phone',
  description: 'a UK phone number (landline or mobile, national or +44)',
  pattern: /(?<![\d+])(?:\+44[\s-]?\(?0?\)?|0)\d(?:[\s-]?\d){8,9}(?!\d)/g,
  validate: (m) => {
    const digits = m[0].replace(/\D/g, '').replace(/^440?/, '0');
    return digits.length === 10 || digits.length === 11;
  },
};
