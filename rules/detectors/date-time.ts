import type { Detector } from './detector';

const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`;
const DAY = String.raw`(?:Mon(?:day)?|Tue(?:s(?:day)?)?|Wed(?:s|nesday)?|Thu(?:rs?(?:day)?)?|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?)`;
const ORDINAL = String.raw`\d{1,2}(?:st|nd|rd|th)?`;

const NUMERIC = /^(\d{1,2})([/.])(\d{1,2})([/.]\d{2,4})?$/;
// "Sat" and "Sun" are also a verb and a noun ("Sat with her", "the Sun"); alone they need a lead-in.
const AMBIGUOUS_DAY = /^(?:Sat|Sun)$/;
const DAY_LEAD_IN = /\b(?:on|this|next|last|every|until|till|by|from|since)\s+$/i;

/**
 * Rejects shapes that look like dates but are not: impossible days or months ("12/13"), the
 * phrase "24/7", decimals ("a 2.5% rise": a dotted date needs its year) and a bare "Sat".
 */
function isDate(m: RegExpExecArray): boolean {
  const numeric = NUMERIC.exec(m[0]);
  if (numeric) {
    const [, day, separator, month, year] = numeric;
    if (Number(day) < 1 || Number(day) > 31 || Number(month) < 1 || Number(month) > 12) return false;
    if (year === undefined && (separator === '.' || m[0] === '24/7')) return false;
    return true;
  }
  if (AMBIGUOUS_DAY.test(m[0])) return DAY_LEAD_IN.test(m.input.slice(Math.max(0, m.index - 12), m.index));
  return true;
}

/** A specific date, weekday or clock time: when a visit happened or will happen. */
export const dateTime: Detector = {
  id: 'date-time',
  description: 'a date, a weekday or a clock time ("12/03", "3rd March", "Weds 2pm", "10:30")',
  pattern: new RegExp(
    [
      String.raw`\b\d{1,2}[/.]\d{1,2}(?:[/.]\d{2,4})?\b`,
      String.raw`\b${ORDINAL} (?:of )?${MONTH}\b`,
      String.raw`\b${MONTH} ${ORDINAL}\b`,
      String.raw`\b${DAY}\b(?: (?:at )?\d{1,2}(?:[:.]\d{2})? ?(?:am|pm))?`,
      String.raw`\b\d{1,2}(?:[:.]\d{2})? ?(?:am|pm)\b`,
      String.raw`\b(?:[01]?\d|2[0-3]):[0-5]\d\b`,
    ].join('|'),
    'g',
  ),
  validate: isDate,
};
