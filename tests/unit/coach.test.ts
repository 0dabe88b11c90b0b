import { describe, expect, it } from 'vitest';
import { compileCoach } from '../../rules/coach/compile-coach';
import { coachSchema, type CoachConfig } from '../../rules/coach/coach-schema';
import { DEFAULT_PACK } from '../../rules/packs/default-pack';
import { DEFAULT_CONTEXT, type DraftContext } from '../../rules/schema/context';
import { GENERIC_PROFILE } from '../../rules/schema/profile';
import { SAMPLE_PROFILE } from '../fixtures/profiles';
import { commonWordsSource, COMMON_WORDS_FILE } from '../../scripts/build-common-words';
import { readFileSync } from 'node:fs';

const ORG_ACCOUNT: DraftContext = { ...DEFAULT_CONTEXT, account: 'organisation' };
const FACEBOOK: DraftContext = { ...ORG_ACCOUNT, site: 'facebook' };
const tipsOf = async (text: string, context = ORG_ACCOUNT, config: CoachConfig = DEFAULT_PACK.coach!) =>
  (await compileCoach(config, SAMPLE_PROFILE)).tips(text, context);

describe('the "human face" coach in the default pack', () => {
  it('is data in the pack: each check tunable, linked to the "A human face" guidance', () => {
    expect(coachSchema.parse(DEFAULT_PACK.coach)).toEqual(DEFAULT_PACK.coach);
    expect(DEFAULT_PACK.guidance.map((g) => g.id)).toContain(DEFAULT_PACK.coach!.guidance);
    expect(DEFAULT_PACK.coach!.maxTips).toBe(3);
  });

  it.each<[string, string, string, string[]]>([
    ['official voice', 'It has been decided that the library will close at four on Fridays.', 'official-voice', []],
    ['a plainer word, with one-click replacements', 'Please utilise the new booking page for swimming lessons.', 'plain-words', ['Use “use”']],
    ['an acronym the post never explains', 'The LTC review for our day centres starts in May.', 'unexplained-acronym', []],
    ['a gendered job title', 'Thanks to the firemen who came to our open day!', 'inclusive-words', ['Use “fire fighters”']],
  ])('%s: one tip of category tone, severity info, saying why, with its fix', async (_what, text, rule, fixes) => {
    const tips = await tipsOf(text);
    const tip = tips.find((t) => t.rule === rule);
    expect(tip).toMatchObject({ category: 'tone', severity: 'info', guidance: 'human-face' });
    expect(tip!.message.length).toBeLessThan(160);
    expect(tip!.fixes.map((f) => f.label).slice(0, fixes.length)).toEqual(fixes);
    for (const f of tip!.fixes) expect(f).toMatchObject({ kind: 'replace', span: tip!.spans[0] });
    const [span] = tip!.spans;
    expect(text.slice(span!.start, span!.end)).toMatch(/\S/);
  });

  it.each([
    'Join us at the library on Saturday for free storytime! Everyone welcome, bring the kids.',
    'ROAD CLOSED between the bridge and the market while we fix a burst main. Thanks for your patience 🙏',
    'Our Local Housing Allowance guide explains what LHA covers and how to claim it.',
    'Anti-social behaviour? Report it to our ASB team online, any time.',
    'Big thanks to the NHS and to our GP practices for the flu clinic this weekend.',
  ])('says nothing of a warm, plain post: %j', async (text) => {
    expect(await tipsOf(text)).toEqual([]);
  });

  it("knows the acronyms in the organisation's own words", async () => {
    const profile = { ...GENERIC_PROFILE, name: 'Wexley Community Trust', aliases: ['WCT'], acronyms: ['SENCO'] };
    const coach = await compileCoach(DEFAULT_PACK.coach!, profile);
    expect(coach.tips('The WCT SENCO drop-in is on Tuesday.', ORG_ACCOUNT)).toEqual([]);
    expect(coach.tips('The WCT SENCO drop-in is on Tuesday for EHCP questions.', ORG_ACCOUNT).map((t) => t.rule)).toEqual(['unexplained-acronym']);
  });

  it('flags a wall of text on Facebook only', async () => {
    const wall = 'We have news about the library. '.repeat(20);
    expect((await tipsOf(wall, FACEBOOK)).map((t) => t.rule)).toContain('wall-of-text');
    expect((await tipsOf(wall, ORG_ACCOUNT)).map((t) => t.rule)).not.toContain('wall-of-text');
    expect((await tipsOf(wall.replace(/\. /g, '.\n\n'), FACEBOOK)).map((t) => t.rule)).not.toContain('wall-of-text');
  });

  it('shows at most the pack\'s number of tips, in its order of priority, one per check', async () => {
    const text = 'It has been decided that residents are advised to utilise the SCP portal in order to facilitate applications. Thanks to the firemen.';
    const tips = await tipsOf(text, FACEBOOK);
    expect(tips.map((t) => t.rule)).toEqual(['official-voice', 'plain-words', 'unexplained-acronym']);
    const one = await tipsOf(text, FACEBOOK, { ...DEFAULT_PACK.coach!, maxTips: 1 });
    expect(one.map((t) => t.rule)).toEqual(['official-voice']);
  });

  it('a check the pack turns off never speaks', async () => {
    const off = { ...DEFAULT_PACK.coach!, tips: DEFAULT_PACK.coach!.tips.map((t) => (t.check === 'plain-words' ? { ...t, enabled: false } : t)) };
    expect((await tipsOf('Please utilise the new booking page.', ORG_ACCOUNT, off)).map((t) => t.rule)).toEqual([]);
  });

  it('keeps its common-word list equal to what `npm run common-words` writes', () => {
    expect(readFileSync(COMMON_WORDS_FILE, 'utf8')).toBe(commonWordsSource());
  });
});
