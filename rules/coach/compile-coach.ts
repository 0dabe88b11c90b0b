import type { DraftContext } from '../schema/context';
import type { Finding } from '../schema/finding';
import type { OrgProfile } from '../schema/profile';
import type { CoachCheck, CoachTip } from './coach-tip';
import type { CoachConfig, CoachTipConfig } from './coach-schema';
import { loadRetextChecks } from './checks/retext-checks';
import { officialVoice } from './checks/official-voice';
import { unexplainedAcronym } from './checks/unexplained-acronym';
import { wallOfText } from './checks/wall-of-text';

export interface Coach {
  /** Tips for a draft, best first, at most the pack's `maxTips`; each a `tone` finding of severity `info`. */
  tips(text: string, context: DraftContext): Finding[];
}

/** Acronyms the organisation's own words use: its audience knows them ("NCC", "SEND"). */
function profileAcronyms(profile: OrgProfile): string[] {
  const words = [profile.name, ...profile.aliases, ...profile.topics, ...profile.clientTerms, ...(profile.acronyms ?? [])];
  return words.flatMap((w) => w.match(/\b[A-Z][A-Z&]{1,5}s?\b/g) ?? []);
}

function fill(message: string, tip: CoachTip): string {
  return message.replaceAll('{words}', tip.words).replaceAll('{suggestion}', tip.replacements[0] ?? '');
}

/**
 * Builds the coach for one organisation, once: the pass that runs after the three categories,
 * on its own budget, for organisation accounts (and personal ones when the writer asks).
 * Loading it loads retext; nothing else in the engine does.
 */
export async function compileCoach(config: CoachConfig, profile: OrgProfile): Promise<Coach> {
  const enabled = config.tips.filter((t) => t.enabled);
  const retextChecks = await loadRetextChecks(enabled);
  const checkFor = (tip: CoachTipConfig): CoachCheck => {
    switch (tip.check) {
      case 'official-voice':
        return officialVoice(tip.options.phrases);
      case 'unexplained-acronym':
        return unexplainedAcronym([...tip.options.known, ...profileAcronyms(profile)]);
      case 'wall-of-text':
        return wallOfText(tip.options.maxChars);
      default:
        return retextChecks.get(tip.check)!;
    }
  };
  const checks = enabled
    .map((tip, order) => ({ tip, order, find: checkFor(tip) }))
    .sort((a, b) => a.tip.priority - b.tip.priority || a.order - b.order);

  return {
    tips(text, context) {
      const findings: Finding[] = [];
      const taken: { start: number; end: number }[] = [];
      for (const { tip, find } of checks) {
        if (findings.length >= config.maxTips) break;
        if (!tip.options.sites.includes(context.site)) continue;
        // One tip per check, on its first place that no better tip already covers.
        const found = find(text).find((t) => !taken.some((s) => t.start < s.end && s.start < t.end));
        if (!found) continue;
        taken.push(found);
        findings.push({
          category: 'tone',
          rule: tip.check,
          severity: 'info',
          message: fill(tip.message, found),
          spans: [{ start: found.start, end: found.end }],
          guidance: config.guidance,
          fixes: found.replacements.map((r) => ({ kind: 'replace' as const, text: r, label: `Use “${r}”`, span: { start: found.start, end: found.end } })),
        });
      }
      return findings;
    },
  };
}
