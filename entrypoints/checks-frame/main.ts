import { browser } from 'wxt/browser';
import { linkToContentScript } from '../../utils/content-link';
import { type CheckRequest, type FromChecksFrame, type PassAnswer, type PassName, type ToChecksFrame } from '../../utils/messages';
import { ignored } from '../../utils/port-message';
import { findingViews } from '../../components/in-page/finding-views';
import { bioCounts } from '../../utils/bio-reading';
import { nudgeHistoryItem, type RuleHistory } from '../../utils/nudge-wear';
import { coachFor, createCoachPass } from './coach-pass';
import { draftContext } from './draft-context';
import { createPassRunner, type PassOutcome } from './pass-runner';
import { bundledPack, watchRulesInputs, type RulesInputs } from './rules-inputs';
import { wornViews } from './worn-views';

// The checks frame: a hidden frame of the extension's own in each X and Facebook tab, holding the
// checks' workers, so the engine, the pack and the findings never run or live in the page.

const link = linkToContentScript<ToChecksFrame, FromChecksFrame>(({ type, body }) => {
  switch (type) {
    case 'check':
      return void answer(body);
    default:
      return ignored(type);
  }
});

const runnerOptions = (script: '/check-worker.js' | '/coach-worker.js') => ({ startWorker: () => new Worker(browser.runtime.getURL(script)), timers: window });
const rules = createPassRunner('rules', runnerOptions('/check-worker.js'));
// The coach's worker and retext start only once a draft wants tips (an organisation account's).
const coach = createCoachPass(() => createPassRunner('coach', runnerOptions('/coach-worker.js')));

/** Compiles the pack in force; one that does not compile gives way to the bundled pack, so staff stay covered. */
async function loadPack({ pack, bundled, profile }: RulesInputs): Promise<void> {
  if ((await rules.load({ pack, profile })) || bundled) return;
  console.warn('Guidepost: the active rule pack did not compile; using the bundled pack');
  await rules.load({ pack: await bundledPack(), profile });
}

let inputs: RulesInputs | null = null;
const ready = watchRulesInputs(new AbortController().signal, (next, packChanged) => {
  inputs = next;
  if (packChanged) void loadPack(next);
  link.send({ type: 'rules-changed', body: {} });
}).then((first) => {
  inputs ??= first;
  void loadPack(first);
  return first;
});

// How the writer has met each rule's cards lately, which decides how they show now.
let history: Record<string, RuleHistory> = {};
void nudgeHistoryItem.getValue().then((stored) => (history = stored));
nudgeHistoryItem.watch((stored) => (history = stored ?? {}));

async function answer({ id, site, text, signals }: CheckRequest): Promise<void> {
  const current = inputs ?? (await ready);
  const context = draftContext(site, signals, current.profile, current.settings, bioCounts(site, current.locked, current.bio));
  const tips = coachFor(current.pack, context, current.settings);
  if (tips) coach.prepare({ coach: tips, profile: current.profile });
  const reply = (pass: PassName, outcome: PassOutcome): PassAnswer =>
    outcome.state === 'checked'
      ? { id, pass, state: 'checked', context, findings: wornViews(findingViews(outcome.findings, text, current.pack.guidance, current.profile), history, Date.now()) }
      : { id, pass, state: 'unchecked', context, reason: outcome.reason };
  // An empty draft has nothing to find: answered at once, so the badge can show before the workers are ready.
  const nothing: PassOutcome = { state: 'checked', findings: [] };
  const empty = text.trim() === '';
  link.send({ type: 'checked', body: reply('rules', empty ? nothing : await rules.check(text, context)) });
  // The coach goes after the rules, on its own budget: its tips never hold up the findings that matter more.
  link.send({ type: 'checked', body: reply('coach', empty || !tips ? nothing : await coach.check(text, context)) });
}

