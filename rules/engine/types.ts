import type { DraftContext } from '../schema/context';
import type { OrgProfile } from '../schema/profile';
import type { CompiledModel } from '../model/compile-model';

/** A half-open range of JavaScript string indices into the draft. */
export interface Match {
  start: number;
  end: number;
}

/** The draft prepared once per check, shared by every rule. */
export interface Draft {
  readonly text: string;
  /** Sentence boundaries, in order, covering the text. */
  readonly sentences: readonly Match[];
  /** Index into `sentences` of the sentence that holds `position`. */
  sentenceAt(position: number): number;
}

/** Matches of every rule evaluated so far, by rule index; later rules read earlier ones. */
export type MatchTable = (readonly Match[])[];

/** What a kind's compile step returns: a function from a prepared draft to matches. */
export type Evaluate = (draft: Draft, context: DraftContext, table: MatchTable) => readonly Match[];

export interface CompileEnv {
  profile: OrgProfile;
  /** Index of an earlier rule by id; compile order guarantees references come first. */
  ref(id: string): number;
  /** The pack's trained model, compiled on first use; throws when the pack has none. */
  model(): CompiledModel;
}
