import type { Detector } from './detector';

/** NHS numbers carry a modulus 11 check digit; ten random digits pass about one time in eleven. */
export function isValidNhsNumber(digits: string): boolean {
  const d = digits.replace(/\D/g, '');
  if (d.length !== 10) return false;
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(d[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(d[9]);
}

export const nhsNumber: Detector = {
  id: 'nhs-number',
  description: 'an NHS number (ten digits, as 3-3-4, with a valid check digit)',
  pattern: /(?<!\d)\d{3}[ -]?\d{3}[ -]?\d{4}(?!\d)/g,
  validate: (m) => isValidNhsNumber(m[0]),
};
