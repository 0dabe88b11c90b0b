/** One place where the writing could be warmer or plainer, found by one check. */
export interface CoachTip {
  start: number;
  end: number;
  /** The words found, as the card quotes them. */
  words: string;
  /** Replacements the writer can apply with one click, best first. */
  replacements: string[];
}

/** A check reads the draft and returns its tips; checks that use retext get its messages. */
export type CoachCheck = (text: string) => CoachTip[];
