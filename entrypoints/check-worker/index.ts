import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { DEFAULT_CONTEXT } from '../../rules/schema/context';
import { type FromCheckWorker, type ToCheckWorker } from '../../utils/messages';
import { ignored, readPortMessage, type PortMessage } from '../../utils/port-message';
import { PASSES, type CompiledPass } from './passes';

/** The part of a dedicated worker's global scope this script uses (the project's types are the window's). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  postMessage(message: PortMessage<FromCheckWorker>): void;
}

/**
 * A draft for the first check after loading, made before the worker says it is ready: a pass's
 * first check compiles regular expressions and decodes model weights lazily and takes many times
 * longer than the next, which the time budget must not be spent on.
 */
const WARM_UP_DRAFT = 'I think our manager got the new rota wrong at work today, and Mrs B (84) from Mill Lane agreed.';

/**
 * One pass in a worker of its own, started by the checks frame: loaded once per pack and profile,
 * then asked draft after draft. A check that takes too long cannot be interrupted from inside, so
 * the checks frame ends the whole worker and starts another (entrypoints/checks-frame/pass-runner.ts).
 */
export default defineUnlistedScript(() => {
  const scope = globalThis as unknown as WorkerScope;
  let pass: CompiledPass | null = null;
  scope.onmessage = (event) => {
    const message = readPortMessage<ToCheckWorker>(event.data);
    if (!message) return;
    const { type, body } = message;
    switch (type) {
      case 'load':
        try {
          const { pass: name, input } = body;
          pass = PASSES[name](input);
          pass(WARM_UP_DRAFT, DEFAULT_CONTEXT);
          scope.postMessage({ type: 'ready', body: {} });
        } catch (error) {
          pass = null;
          scope.postMessage({ type: 'load-failed', body: { message: String(error) } });
        }
        return;
      case 'check': {
        const { id, text, context } = body;
        try {
          if (!pass) throw new Error('no pass loaded');
          scope.postMessage({ type: 'findings', body: { id, findings: pass(text, context) } });
        } catch (error) {
          scope.postMessage({ type: 'check-failed', body: { id, message: String(error) } });
        }
        return;
      }
      default:
        return ignored(type);
    }
  };
});
