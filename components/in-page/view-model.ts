import type { DraftContext } from '../../rules/schema/context';
import type { Finding, Fix } from '../../rules/schema/finding';
import type { GuidanceEntry } from '../../rules/schema/guidance';
import type { Placement } from './placement';

export type Theme = 'light' | 'dark';

/** Where the editor is on screen, in viewport pixels. */
export interface Box {
  top: number;
  left: number;
  width: number;
  height: number;
}

/** What happened to the last fix the writer chose, so the card can say so. */
export type FixOutcome =
  | { rule: string; state: 'inserted'; kind: Fix['kind'] }
  | { rule: string; state: 'failed'; text: string; label: string }
  /** The editor took the text, then the site took it out again (X resets Draft.js while media attaches). */
  | { rule: string; state: 'dropped'; text: string; label: string }
  | { rule: string; state: 'copied' };

/** One finding as the card shows it: the engine's finding plus the words, cut from the draft it was found in. */
export interface FindingView {
  finding: Finding;
  words: string[];
  guidance: GuidanceEntry | null;
  /** Serious enough to ask about before posting (severity warn or higher). */
  blocks: boolean;
  /** About work: comment on the employer, an opinion on a work matter, or a draft naming the employer. */
  aboutWork?: boolean;
  /**
   * The writer has opened this rule's card in many drafts this week without acting on it: the card
   * shows the message and the words, the rest behind "Why?" (utils/nudge-wear.ts).
   */
  shortened?: boolean;
}

export interface ComposerView {
  id: string;
  /** Which draft of this composer the findings are for: a new number each time the editor is emptied. */
  draft: number;
  label: string;
  /** The draft's circumstances as the last check read them; null when no check has answered. */
  context: DraftContext | null;
  findings: FindingView[];
  /** Where the badge and cards sit in the composer's frame; null while the badge is not shown. */
  place: Placement | null;
  theme: Theme;
  open: boolean;
  outcome: FixOutcome | null;
  /** False when Guidepost cannot find this composer's Post button, so it cannot ask before posting. */
  guarded: boolean;
  /** Read by the generic reader because the site changed its page: fixes are copied, not inserted. */
  basic: boolean;
  /** The last check did not finish in time: Guidepost says so and does not ask before posting. */
  unchecked: boolean;
}

export interface ReviewView {
  composerId: string;
  label: string;
  context: DraftContext;
  findings: FindingView[];
  theme: Theme;
  /** A fix that did not reach the draft or did not stay in it, offered to copy before posting. */
  outcome?: FixOutcome | null;
}

export interface OverlayState {
  composers: ComposerView[];
  review: ReviewView | null;
}

/** What the nudge frame can ask the content script to do; the frame itself never touches the page. */
export interface OverlayActions {
  toggle(composerId: string): void;
  applyFix(composerId: string, rule: string, fix: Fix): void;
  copy(composerId: string, rule: string, text: string): void;
  dismiss(composerId: string, rule: string): void;
  notRight(composerId: string, rule: string): void;
  edit(): void;
  postAnyway(): void;
}
