import { compile } from '../../rules/engine/compile';
import type { PassCompilers } from './serve-passes';

/** The passes of the check worker: the rule pack. The coach has a worker script of its own (entrypoints/coach-worker). */
export const PASSES = {
  rules({ pack, profile }) {
    const checker = compile(pack, profile);
    // The options page lists these for the writer; the console is for whoever supports them.
    if (checker.skipped.length > 0) console.warn("Guidepost: rules not checked with this organisation's words", checker.skipped);
    return (text, context) => checker.check(text, context);
  },
} satisfies PassCompilers;
