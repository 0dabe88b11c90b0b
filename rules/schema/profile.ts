import { z } from 'zod';

const words = z.array(z.string().trim().min(1)).default([]);

/**
 * The organisation profile: the words that make a pack specific to one organisation.
 * Unknown keys are stripped, not rejected, so profiles written for other tools still load.
 */
export const orgProfileSchema = z.object({
  name: z.string().trim().min(1),
  aliases: words,
  handles: words,
  topics: words,
  clientTerms: words,
  /**
   * Acronyms the organisation's audience knows without explanation (the coach does not flag
   * them). Optional, so profiles stored before it existed read as they are.
   */
  acronyms: z.array(z.string().trim().min(1)).optional(),
  disclaimer: z.string().trim().min(1).optional(),
  policyUrl: z.url({ protocol: /^https?$/ }).optional(),
  speakUpContact: z.string().trim().min(1).optional(),
});
export type OrgProfile = z.infer<typeof orgProfileSchema>;
export type OrgProfileInput = z.input<typeof orgProfileSchema>;

/** Stands in until onboarding or an admin supplies the real organisation. */
export const GENERIC_PROFILE: OrgProfile = {
  name: 'my employer',
  aliases: ['my employer', 'my workplace'],
  handles: [],
  topics: [],
  clientTerms: ['client', 'service user', 'patient', 'resident', 'tenant', 'pupil', 'family', 'young person'],
};
