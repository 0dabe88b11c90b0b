import type { SiteId } from '../../rules/sites';
import { PASS_NAMES, type FromChecksFrame, type PassAnswer, type PassName, type ToChecksFrame } from '../../utils/messages';
import { ignored } from '../../utils/port-message';
import type { FrameHost } from './frame-host';
import { linkToFrame } from './frame-link';
import type { PageSignals } from './sites/site-adapter';

/**
 * How long the content script waits for any answer at all before taking a draft as not checked.
 * The checks frame answers within the budget of each check (CHECK_BUDGET_MS) once its workers are
 * ready; this only covers a frame that never loaded or a port that was lost.
 */
const NO_ANSWER_MS = 5_000;

export interface CheckInput {
  site: SiteId;
  text: string;
  signals: PageSignals;
}

export interface ChecksLink {
  /** Asks for a check; `onAnswer` hears the answer of each pass, or an unchecked one if none comes. */
  request(input: CheckInput, onAnswer: (answer: PassAnswer) => void): void;
  /** Calls `listener` when the pack, profile or settings the checks read have changed. */
  onRulesChanged(listener: () => void): void;
}

interface Waiting {
  onAnswer(answer: PassAnswer): void;
  /** The passes that have not answered yet. */
  passes: Set<PassName>;
  timer: number;
}

/**
 * The content script's side of the checks: drafts go to the checks frame (entrypoints/checks-frame),
 * added to the page the first time one is asked about, and findings come back. The engine, the
 * pack and the profile stay in that frame and its workers.
 */
export function linkToChecks(frames: FrameHost, view: Window, signal: AbortSignal): ChecksLink {
  const waiting = new Map<number, Waiting>();
  const rulesChanged = new Set<() => void>();
  let nextId = 1;
  let link: ReturnType<typeof open> | null = null;

  function open() {
    const { iframe, token } = frames.add('/checks-frame.html');
    iframe.dataset.guidepost = 'checks';
    iframe.tabIndex = -1;
    iframe.setAttribute('aria-hidden', 'true');
    return linkToFrame<FromChecksFrame, ToChecksFrame>(
      iframe,
      token,
      ({ type, body }) => {
        switch (type) {
          case 'checked': {
            const entry = waiting.get(body.id);
            if (!entry?.passes.delete(body.pass)) return;
            if (entry.passes.size === 0) {
              view.clearTimeout(entry.timer);
              waiting.delete(body.id);
            }
            return entry.onAnswer(body);
          }
          case 'rules-changed':
            return rulesChanged.forEach((listener) => listener());
          default:
            return ignored(type);
        }
      },
      signal,
    );
  }

  signal.addEventListener('abort', () => waiting.forEach(({ timer }) => view.clearTimeout(timer)), { once: true });
  return {
    request(input, onAnswer) {
      const id = nextId++;
      const passes = new Set<PassName>(PASS_NAMES);
      const timer = view.setTimeout(() => {
        waiting.delete(id);
        for (const pass of passes) onAnswer({ id, pass, state: 'unchecked', reason: 'no-answer', context: null });
      }, NO_ANSWER_MS);
      waiting.set(id, { onAnswer, passes, timer });
      link ??= open();
      link.send({ type: 'check', body: { id, ...input } });
    },
    onRulesChanged(listener) {
      rulesChanged.add(listener);
    },
  };
}
