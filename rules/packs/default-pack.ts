import type { RulePack } from '../schema/pack';
import defaultPackJson from './default.json';

/**
 * The bundled default pack. The JSON is complete (every schema default written out), so the
 * content script can use it without bundling zod; a unit test proves it parses to itself.
 */
export const DEFAULT_PACK = defaultPackJson as unknown as RulePack;
