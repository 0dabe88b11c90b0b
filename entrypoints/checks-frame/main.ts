import { browser } from 'wxt/browser';
import { linkToContentScript } from '../../utils/content-link';
import { type CheckRequest, type FromChecksFrame, type PassAnswer, type ToChecksFrame } from '../../utils/messages';
import { ignored } from '../../utils/port-message';
import { findingViews } from '../../components/in-page/finding-views';
import { bioCounts } from '../../utils/bio-reading';
import { draftContext } from './draft-context';
import { createPassRunner } from './pass-runner';
import { bundledPack, watchRulesInputs, type RulesInputs } from './rules-inputs';

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

const rules = createPassRunner('rules', {
  startWorker: () => new Worker(browser.runtime.getURL('/check-worker.js')),
  timers: window,
});

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

async function answer({ id, site, text, signals }: CheckRequest): Promise<void> {
  const current = inputs ?? (await ready);
  const context = draftContext(site, signals, current.profile, current.settings, bioCounts(site, current.locked, current.bio));
  // An empty draft has nothing to find: answered at once, so the badge can show before the workers are ready.
  const outcome = text.trim() === '' ? { state: 'checked' as const, findings: [] } : await rules.check(text, context);
  const reply: PassAnswer =
    outcome.state === 'checked'
      ? { id, pass: 'rules', state: 'checked', context, findings: findingViews(outcome.findings, text, current.pack.guidance, current.profile) }
      : { id, pass: 'rules', state: 'unchecked', context, reason: outcome.reason };
  link.send({ type: 'checked', body: reply });
}
