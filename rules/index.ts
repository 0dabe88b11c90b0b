/** The engine's public face: pure, no DOM, no browser API. */
export { compile, MAX_CHECKED_CHARS, type Checker } from './engine/compile';
export { DEFAULT_DISCLAIMER, fillProfileWords, fillGuidanceEntry } from './profile/fill-profile-words';
export { draftContextSchema, DEFAULT_CONTEXT, type DraftContext, type DraftContextInput } from './schema/context';
export { orgProfileSchema, GENERIC_PROFILE, type OrgProfile } from './schema/profile';
export { rulePackSchema, type RulePack, type PackVersion } from './schema/pack';
export { type Finding, type Fix, type Span, type Severity, severityRank, CORE_CATEGORIES } from './schema/finding';
export { type GuidanceEntry } from './schema/guidance';
