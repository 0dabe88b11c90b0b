import { compile } from '../../rules/engine/compile';
import type { DraftContext } from '../../rules/schema/context';
import type { Finding } from '../../rules/schema/finding';
import type { PassInputs, PassName } from '../../utils/messages';

/** A pass compiled for what it was loaded with, once: it then checks draft after draft. */
export type CompiledPass = (text: string, context: DraftContext) => Finding[];

/** How each pass compiles. A new pass (the tone coach) adds itself here and its input to PassInputs. */
export const PASSES: { [P in PassName]: (input: PassInputs[P]) => CompiledPass } = {
  rules({ pack, profile }) {
    const checker = compile(pack, profile);
    // The options page lists these for the writer; the console is for whoever supports them.
    if (checker.skipped.length > 0) console.warn("Guidepost: rules not checked with this organisation's words", checker.skipped);
    return (text, context) => checker.check(text, context);
  },
};
