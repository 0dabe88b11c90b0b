import { DEFAULT_CONTEXT, type DraftContext } from '../../rules/schema/context';
import type { Finding } from '../../rules/schema/finding';
import { type FromCheckWorker, type PassInputs, type PassName, type ToCheckWorker } from '../../utils/messages';
import { ignored, readPortMessage, type PortMessage } from '../../utils/port-message';

/** A pass compiled for what it was loaded with, once: it then checks draft after draft. */
export type CompiledPass = (text: string, context: DraftContext) => Finding[];

/** How a worker's passes compile; a pass that loads libraries (the coach's retext) compiles asynchronously. */
export type PassCompilers = { [P in PassName]?: (input: PassInputs[P]) => CompiledPass | Promise<CompiledPass> };

/** The part of a dedicated worker's global scope this script uses (the project's types are the window's). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<unknown>) => void) | null;
  postMessage(message: PortMessage<FromCheckWorker>): void;
}

/**
 * A draft for the first check after loading, made before the worker says it is ready: a pass's
 * first check compiles regular expressions, decodes model weights and parses with retext lazily,
 * and takes many times longer than the next, which the time budget must not be spent on.
 */
const WARM_UP_DRAFT = 'I think our manager got the new rota wrong at work today, and Mrs B (84) from Mill Lane agreed.';

/**
 * One pass in a worker of its own, started by the checks frame: loaded once per pack and profile,
 * then asked draft after draft. A check that takes too long cannot be interrupted from inside, so
 * the checks frame ends the whole worker and starts another (entrypoints/checks-frame/pass-runner.ts).
 * Each worker script bundles only its own passes: the rules worker never carries the coach's retext.
 */
export function servePasses(passes: PassCompilers): void {
  const scope = globalThis as unknown as WorkerScope;
  let pass: CompiledPass | null = null;

  const load = async ({ pass: name, input }: ToCheckWorker['load']) => {
    try {
      // `input` is this pass's own (PassInputs[name]); TypeScript cannot tie the two halves of the union together.
      const compile = passes[name] as ((input: unknown) => CompiledPass | Promise<CompiledPass>) | undefined;
      if (!compile) throw new Error(`this worker has no ${name} pass`);
      pass = await compile(input);
      pass(WARM_UP_DRAFT, DEFAULT_CONTEXT);
      scope.postMessage({ type: 'ready', body: {} });
    } catch (error) {
      pass = null;
      scope.postMessage({ type: 'load-failed', body: { message: String(error) } });
    }
  };

  scope.onmessage = (event) => {
    const message = readPortMessage<ToCheckWorker>(event.data);
    if (!message) return;
    const { type, body } = message;
    switch (type) {
      case 'load':
        return void load(body);
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
}
