import { GENERIC_PROFILE, orgProfileSchema, type OrgProfile, type OrgProfileInput } from '../../rules/schema/profile';

/** What the onboarding form holds: text as typed. */
export interface ProfileFormValues {
  name: string;
  aliases: string;
  handles: string;
  disclaimer: string;
  policyUrl: string;
  speakUpContact: string;
}

export type ProfileField = keyof ProfileFormValues;
export const PROFILE_FIELDS: readonly ProfileField[] = ['name', 'aliases', 'handles', 'disclaimer', 'policyUrl', 'speakUpContact'];

/** Names and handles may be typed one per line or separated by commas; repeats are dropped. */
export function splitList(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const part of text.split(/[\n,;]/)) {
    const item = part.trim();
    if (item && !seen.has(item.toLowerCase())) {
      seen.add(item.toLowerCase());
      out.push(item);
    }
  }
  return out;
}

export function formValuesFrom(profile: OrgProfile | null): ProfileFormValues {
  return {
    name: profile?.name ?? '',
    aliases: profile?.aliases.join('\n') ?? '',
    handles: profile?.handles.join('\n') ?? '',
    disclaimer: profile?.disclaimer ?? '',
    policyUrl: profile?.policyUrl ?? '',
    speakUpContact: profile?.speakUpContact ?? '',
  };
}

const MESSAGES: Record<ProfileField, string> = {
  name: "Enter your organisation's name",
  aliases: 'Check the other names',
  handles: 'Check the handles',
  disclaimer: 'Check the disclaimer wording',
  policyUrl: 'Enter the policy link as a full web address starting with https://',
  speakUpContact: 'Check the speak-up contact',
};

export type ProfileFormResult =
  | { ok: true; profile: OrgProfile }
  | { ok: false; errors: Partial<Record<ProfileField, string>> };

/**
 * Validates the form with the same schema every profile passes. Topics and client terms are not
 * asked for here: they are kept from `previous`, or the generic client terms stand in.
 */
export function parseProfileForm(values: ProfileFormValues, previous: OrgProfile | null): ProfileFormResult {
  const optional = (text: string) => (text.trim() ? text.trim() : undefined);
  const input: OrgProfileInput = {
    name: values.name,
    aliases: splitList(values.aliases),
    handles: splitList(values.handles),
    topics: previous?.topics ?? [],
    clientTerms: previous?.clientTerms ?? GENERIC_PROFILE.clientTerms,
    disclaimer: optional(values.disclaimer),
    policyUrl: optional(values.policyUrl),
    speakUpContact: optional(values.speakUpContact),
  };
  const parsed = orgProfileSchema.safeParse(input);
  if (parsed.success) return { ok: true, profile: parsed.data };
  const errors: Partial<Record<ProfileField, string>> = {};
  for (const issue of parsed.error.issues) {
    const field = issue.path[0];
    if (typeof field === 'string' && (PROFILE_FIELDS as readonly string[]).includes(field))
      errors[field as ProfileField] ??= MESSAGES[field as ProfileField];
  }
  return { ok: false, errors };
}
