import type { RulePack } from '../schema/pack';

/** A date without a time expires at the end of that day, UTC. */
export function expiryTime(expires: string): number {
  return /^\d{4}-\d{2}-\d{2}$/.test(expires) ? Date.parse(`${expires}T23:59:59.999Z`) : Date.parse(expires);
}

/**
 * Whether the pack's `expires` has passed. A new pack past it is refused; the pack in use stays
 * in force past it (nothing better is at hand) and the options page and popup say so.
 */
export function isExpired(pack: Pick<RulePack, 'expires'>, now: Date): boolean {
  return pack.expires !== undefined && expiryTime(pack.expires) <= now.getTime();
}
