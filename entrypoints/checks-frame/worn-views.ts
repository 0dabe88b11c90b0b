import type { FindingView } from '../../components/in-page/view-model';
import { nudgeStyle, type RuleHistory } from '../../utils/nudge-wear';

/**
 * The cards as the writer's own history of them says they should show now: a card opened often
 * without a fix is shortened, an info tip dismissed twice this week rests (left out), and a serious
 * finding is always shown in full (utils/nudge-wear.ts has the rules).
 */
export function wornViews(views: readonly FindingView[], history: Readonly<Record<string, RuleHistory>>, now: number): FindingView[] {
  return views.flatMap((view) => {
    const { rule, severity } = view.finding;
    const style = nudgeStyle(Object.hasOwn(history, rule) ? history[rule] : undefined, severity, now);
    if (style === 'resting') return [];
    return [style === 'short' ? { ...view, shortened: true } : view];
  });
}
