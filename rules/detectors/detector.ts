/**
 * A built-in pattern with an optional validator, for details a plain regular expression
 * gets wrong on its own (an NHS number's check digit, a postcode's shape).
 */
/*
 * A pattern may mark the words to highlight with a named group `(?<span>…)` (JavaScript here allows a name once per pattern, so a second
 * alternative may use `(?<age>…)`); the rest of the match
 * is context ("in" before a place). Leading lookbehinds are avoided: they cost a full attempt at
 * every position of the text.
 */
export interface Detector {
  id: string;
  description: string;
  pattern: RegExp;
  validate?: (match: RegExpExecArray) => boolean;
}
