import type { ComposerView } from '../../components/in-page/view-model';
import { recordNudge, type NudgeEvent } from '../../utils/nudge-wear';

export interface WearRecorder {
  /** The composer's view as drawn: its open cards count as opened, once per draft and rule. */
  drawn(view: ComposerView): void;
  fixed(rule: string): void;
  dismissed(rule: string): void;
}

/**
 * Keeps the writer's history of each rule's cards (utils/nudge-wear.ts) from what they do in this
 * composer's frame: rule ids and times only. `frameId` tells this frame's drafts from another's,
 * as the composer's draft numbers start again with each page.
 */
export function createWearRecorder(frameId: string, record: (rule: string, event: NudgeEvent) => Promise<void> = recordNudge): WearRecorder {
  const opened = new Set<string>();
  return {
    drawn(view) {
      if (!view.open || view.place === null) return;
      const draft = `${frameId}:${view.draft}`;
      for (const { finding } of view.findings) {
        const key = `${draft}\u0000${finding.rule}`;
        if (opened.has(key)) continue;
        opened.add(key);
        void record(finding.rule, { kind: 'opened', draft });
      }
    },
    fixed: (rule) => void record(rule, { kind: 'fixed' }),
    dismissed: (rule) => void record(rule, { kind: 'dismissed' }),
  };
}
