import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { compileCoach } from '../../rules/coach/compile-coach';
import { servePasses } from '../check-worker/serve-passes';

/**
 * The tone coach's worker: a script of its own because it carries retext (about 80 kB gzipped),
 * which the checks frame starts only once a draft asks for tips, never with the page.
 */
export default defineUnlistedScript(() =>
  servePasses({
    async coach({ coach, profile }) {
      const compiled = await compileCoach(coach, profile);
      return (text, context) => compiled.tips(text, context);
    },
  }),
);
