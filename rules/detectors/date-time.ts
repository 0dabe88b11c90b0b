import type { Detector } from './detector';

const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`;
const DAY = String.raw`(?:Mon(?:day)?|Tue(?:s(?:day)?)?|Wed(?:s|nesday)?|Thu(?:rs?(?:day)?)?|Fri(?:day)?|Sat(?:urday)?|Sun(?:day)?)`;
const ORDINAL = String.raw`\d{1,2}(?:st|nd|rd|th)?`;

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
};
