/**
 * A built-in pattern with an optional validator, for details a plain regular expression
 * gets wrong on its own (an NHS number's check digit, a postcode's shape).
 */
export interface Detector {
  id: string;
  description: string;
  pattern: RegExp;
  validate?: (match: RegExpExecArray) => boolean;
}
