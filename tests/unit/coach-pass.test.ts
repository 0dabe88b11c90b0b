import { describe, expect, it, vi } from 'vitest';
import { coachFor, createCoachPass } from '../../entrypoints/checks-frame/coach-pass';
import type { PassRunner } from '../../entrypoints/checks-frame/pass-runner';
import { wornViews } from '../../entrypoints/checks-frame/worn-views';
import { createWearRecorder } from '../../entrypoints/nudge-frame/wear-recorder';
import type { ComposerView, FindingView } from '../../components/in-page/view-model';
import { findingViews } from '../../components/in-page/finding-views';
import { DEFAULT_PACK } from '../../rules/packs/default-pack';
import { DEFAULT_CONTEXT } from '../../rules/schema/context';
import type { Finding, Severity } from '../../rules/schema/finding';
import type { OrgProfile } from '../../rules/schema/profile';
import sample from '../../rules/profiles/sample-org.json';
import { emptyHistory, withDismissed, withFixed, withOpened, type NudgeEvent, type RuleHistory } from '../../utils/nudge-wear';
import { DEFAULT_SETTINGS } from '../../utils/settings-table';

const profile = sample as OrgProfile;
const ORGANISATION = { ...DEFAULT_CONTEXT, account: 'organisation' as const };

describe('which drafts the coach speaks on', () => {
  it.each([
    ['an organisation account', ORGANISATION, DEFAULT_SETTINGS, true],
    ['a personal account', DEFAULT_CONTEXT, DEFAULT_SETTINGS, false],
    ['a personal account, the writer having asked for tips', DEFAULT_CONTEXT, { ...DEFAULT_SETTINGS, coachPersonal: true }, true],
  ])('%s', (_what, context, settings, tips) => {
    expect(coachFor(DEFAULT_PACK, context, settings)).toBe(tips ? DEFAULT_PACK.coach : null);
  });

  it('none at all with a pack that has no coach', () => {
    const pack = { ...DEFAULT_PACK, coach: undefined };
    expect(coachFor(pack, ORGANISATION, { ...DEFAULT_SETTINGS, coachPersonal: true })).toBeNull();
  });
});

describe('the coach pass', () => {
  function fakeRunner() {
    const runner: PassRunner<'coach'> = {
      load: vi.fn(() => Promise.resolve(true)),
      check: vi.fn(() => Promise.resolve({ state: 'checked' as const, findings: [] })),
      dispose: vi.fn(),
    };
    return runner;
  }

  it('starts no worker (so loads no retext) until a draft wants tips, then loads once per pack and profile', async () => {
    const runner = fakeRunner();
    const start = vi.fn(() => runner);
    const pass = createCoachPass(start);
    expect(await pass.check('a draft', DEFAULT_CONTEXT)).toEqual({ state: 'unchecked', reason: 'failed' });
    expect(start).not.toHaveBeenCalled();
    expect(pass.started).toBe(false);
    const input = { coach: DEFAULT_PACK.coach!, profile };
    pass.prepare(input);
    pass.prepare({ ...input });
    expect(start).toHaveBeenCalledTimes(1);
    expect(runner.load).toHaveBeenCalledTimes(1);
    pass.prepare({ coach: DEFAULT_PACK.coach!, profile: { ...profile, name: 'Riverside Trust' } });
    expect(runner.load).toHaveBeenCalledTimes(2);
    expect(start).toHaveBeenCalledTimes(1);
    await pass.check('a draft', ORGANISATION);
    expect(runner.check).toHaveBeenCalledWith('a draft', ORGANISATION);
  });
});

const finding = (rule: string, severity: Severity): Finding => ({ category: 'x', rule, severity, message: 'm', spans: [], guidance: 'g', fixes: [] });
const viewOf = (rule: string, severity: Severity): FindingView => ({ finding: finding(rule, severity), words: [], guidance: null, blocks: severity !== 'info' });
const DAY = 24 * 60 * 60 * 1000;
const MONDAY = Date.parse('2026-12-07T09:00:00Z');

describe('cards over a simulated week', () => {
  it('a warning opened in a new draft each day without a fix is shortened from the sixth day; a serious one never is; a fix puts it back', () => {
    const history: Record<string, RuleHistory> = {};
    const styles: string[] = [];
    for (let day = 0; day < 7; day++) {
      const now = MONDAY + day * DAY;
      const views = wornViews([viewOf('opinion', 'warn'), viewOf('privacy', 'serious')], history, now);
      styles.push(views.map((v) => `${v.finding.rule}:${v.shortened ? 'short' : 'full'}`).join(' '));
      for (const rule of ['opinion', 'privacy']) history[rule] = withOpened(history[rule] ?? emptyHistory(), `draft-${day}`, now);
    }
    expect(styles).toEqual([
      ...Array(5).fill('opinion:full privacy:full'),
      'opinion:short privacy:full',
      'opinion:short privacy:full',
    ]);
    history['opinion'] = withFixed(history['opinion']!, MONDAY + 6 * DAY);
    expect(wornViews([viewOf('opinion', 'warn')], history, MONDAY + 6 * DAY + 1)[0]!.shortened).toBeUndefined();
  });

  it('a tip dismissed twice rests (left out) for a week from the second time; a warning dismissed twice does not', () => {
    let tip = emptyHistory();
    tip = withDismissed(withDismissed(tip, MONDAY), MONDAY + DAY);
    const history = { 'plain-words': tip, opinion: tip };
    const shown = (now: number) => wornViews([viewOf('plain-words', 'info'), viewOf('opinion', 'warn')], history, now).map((v) => v.finding.rule);
    expect(shown(MONDAY + 2 * DAY)).toEqual(['opinion']);
    expect(shown(MONDAY + 7 * DAY)).toEqual(['opinion']);
    expect(shown(MONDAY + 8 * DAY + 1)).toEqual(['plain-words', 'opinion']);
  });
});

describe('what a composer frame records', () => {
  const view = (draft: number, open: boolean, rules: string[]): ComposerView => ({
    id: 'c1',
    draft,
    label: 'Post',
    context: DEFAULT_CONTEXT,
    findings: rules.map((rule) => viewOf(rule, 'warn')),
    place: { badge: { top: 0, left: 0 }, panel: { left: 0, top: 0, maxHeight: 100 } },
    theme: 'light',
    open,
    outcome: null,
    guarded: true,
    basic: false,
    unchecked: false,
  });

  it('an opening once per draft and rule, only while the cards are open; fixes and dismissals as they happen; rule ids only', () => {
    const events: [string, NudgeEvent][] = [];
    const recorder = createWearRecorder('frame', async (rule, event) => void events.push([rule, event]));
    recorder.drawn(view(1, false, ['opinion']));
    recorder.drawn(view(1, true, ['opinion']));
    recorder.drawn(view(1, true, ['opinion', 'plain-words']));
    recorder.drawn(view(1, true, ['opinion']));
    recorder.drawn(view(2, true, ['opinion']));
    recorder.fixed('opinion');
    recorder.dismissed('plain-words');
    expect(events).toEqual([
      ['opinion', { kind: 'opened', draft: 'frame:1' }],
      ['plain-words', { kind: 'opened', draft: 'frame:1' }],
      ['opinion', { kind: 'opened', draft: 'frame:2' }],
      ['opinion', { kind: 'fixed' }],
      ['plain-words', { kind: 'dismissed' }],
    ]);
  });
});

describe('findings about work', () => {
  it.each([
    ['a work opinion', 'I think the new parking charges are wrong.', 'opinion-disclaimer', true],
    ['a draft naming the employer', 'Fernvale Borough Council gave Mrs J from Elm Street a flat.', 'client-privacy', true],
    ['neither', 'Mrs J from Elm Street, aged 84, came round.', 'client-privacy', false],
  ])('%s', (_what, text, category, aboutWork) => {
    const [view] = findingViews([{ ...finding('r', 'warn'), category }], text, [], profile);
    expect(view!.aboutWork).toBe(aboutWork);
  });
});
