import type { DraftContext } from '../schema/context';
import type { When } from '../schema/rule-common';

/** Whether a rule's `when` allows this context; absent fields allow anything. */
export function ruleApplies(when: When | undefined, context: DraftContext): boolean {
  if (!when) return true;
  if (when.account && !when.account.includes(context.account)) return false;
  if (when.site && !when.site.includes(context.site)) return false;
  if (when.profileDisclaimer !== undefined && when.profileDisclaimer !== context.profileDisclaimer) return false;
  if (when.reply !== undefined && when.reply !== context.reply) return false;
  if (when.media !== undefined && when.media !== context.media) return false;
  return true;
}
