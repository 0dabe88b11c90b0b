// @vitest-environment happy-dom
// A composer's findings and the coach's tips, which come as a second answer to the same check.
import { describe, expect, it } from 'vitest';
import type { FindingView } from '../../components/in-page/view-model';
import type { ChecksLink } from '../../entrypoints/content/checks-link';
import { ComposerSession, type SessionHost } from '../../entrypoints/content/composer-session';
import { xAdapter } from '../../entrypoints/content/sites/x';
import { DEFAULT_CONTEXT } from '../../rules/schema/context';
import type { Finding } from '../../rules/schema/finding';
import type { PassAnswer } from '../../utils/messages';
import { xTimeline } from './markup';

const finding = (rule: string, severity: Finding['severity'], start: number, end: number): FindingView => ({
  finding: { category: severity === 'info' ? 'tone' : 'opinion-disclaimer', rule, severity, message: 'm', spans: [{ start, end }], guidance: 'g', fixes: [] },
  words: [],
  guidance: null,
  blocks: severity !== 'info',
});

/** A checks frame played by the test: each request waits until the test answers it, pass by pass. */
function session(text: string) {
  document.body.innerHTML = xTimeline(text);
  const pending: ((answer: PassAnswer) => void)[] = [];
  const checks: ChecksLink = {
    request: (_input, onAnswer) => void pending.push(onAnswer),
    onRulesChanged: () => undefined,
  };
  const host: SessionHost = {
    adapter: xAdapter,
    timers: { setTimeout: (h, ms) => setTimeout(h, ms) as unknown as number, clearTimeout: (id) => clearTimeout(id), now: () => Date.now() },
    checks,
    changed: () => undefined,
    shown: () => undefined,
  };
  const editor = xAdapter.findEditors(document)[0]!;
  const s = new ComposerSession('c1', editor, host, new AbortController().signal);
  s.check();
  const answer = (pass: 'rules' | 'coach', findings: FindingView[] | 'timeout') =>
    pending.at(-1)!(
      findings === 'timeout'
        ? { id: 0, pass, state: 'unchecked', reason: 'timeout', context: DEFAULT_CONTEXT }
        : { id: 0, pass, state: 'checked', context: DEFAULT_CONTEXT, findings },
    );
  const retype = (next: string) => {
    editor.querySelector('[data-text="true"]')!.textContent = next;
    s.check();
  };
  const rules = () => s.visibleFindings().map((f) => f.rule);
  return { s, answer, retype, rules };
}

const DRAFT = 'We will utilise the new system. I think it is wrong.';

describe('tips beside findings', () => {
  it('adds the coach’s tips after the rules’ findings; tips never hold a post', () => {
    const { s, answer, rules } = session(DRAFT);
    answer('rules', [finding('opinion', 'warn', 32, 39)]);
    expect(rules()).toEqual(['opinion']);
    answer('coach', [finding('plain-words', 'info', 8, 15)]);
    expect(rules()).toEqual(['opinion', 'plain-words']);
    expect(s.blockingFindings().map((f) => f.rule)).toEqual(['opinion']);
  });

  it('keeps a tip whose words are still where they were until the coach answers again, and drops one whose words changed', () => {
    const { answer, retype, rules } = session(DRAFT);
    answer('rules', []);
    answer('coach', [finding('plain-words', 'info', 8, 15), finding('unexplained-acronym', 'info', 44, 49)]);
    retype('We will utilise the new system. I think it is right.');
    answer('rules', []);
    expect(rules()).toEqual(['plain-words']);
    answer('coach', []);
    expect(rules()).toEqual([]);
  });

  it('a coach that ran out of time gives no tips and never makes the draft "not checked"', () => {
    const { s, answer, rules } = session(DRAFT);
    answer('rules', [finding('opinion', 'warn', 32, 39)]);
    answer('coach', 'timeout');
    expect(rules()).toEqual(['opinion']);
    expect(s.unchecked).toBe(false);
  });
});
