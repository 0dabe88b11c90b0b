import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { PASSES } from './passes';
import { servePasses } from './serve-passes';

/** The rules pass's worker, started by the checks frame (entrypoints/checks-frame). */
export default defineUnlistedScript(() => servePasses(PASSES));
