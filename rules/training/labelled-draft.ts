import type { DraftContext } from '../schema/context';
import type { OrgProfile } from '../schema/profile';

/** A draft a person has judged: which categories it should raise (none for a clean draft). */
export interface LabelledDraft {
  id: string;
  text: string;
  context: DraftContext;
  expect: readonly string[];
}

/** One organisation's labelled drafts, judged against its own profile. */
export interface LabelledSet {
  /** Where it came from, for messages: `org.json:drafts.jsonl`. */
  source: string;
  profile: OrgProfile;
  drafts: readonly LabelledDraft[];
}
