/**
 * Phrases people put in a bio to say their posts are their own views ("Views my own", "Opinions
 * are mine", "Personal account", "All views personal", "RTs ≠ endorsements" does not count: it
 * speaks about reposts, not opinions).
 */
const VIEWS_OWN = [
  /\b(?:views?|opinions?|thoughts?|tweets?|posts?)\s+(?:are\s+|expressed\s+(?:here\s+)?are\s+)?(?:my\s+own|mine|personal|my\s+own\s+and\s+not)\b/i,
  /\b(?:all\s+)?(?:views?|opinions?)\s+(?:are\s+)?(?:strictly\s+)?personal\b/i,
  /\bpersonal\s+(?:account|views?|opinions?|capacity)\b/i,
  /\bmy\s+own\s+(?:views?|opinions?)\b/i,
  /\bnot\s+(?:the\s+)?views?\s+of\s+my\s+employer\b/i,
];

export function saysViewsOwn(bio: string): boolean {
  return VIEWS_OWN.some((pattern) => pattern.test(bio));
}
