import { describe, expect, it } from 'vitest';
import { checkerOf, contextOf, profileOf, reported, TEST_PROFILE, wordsMatched } from '../fixtures/engine-harness';

const terms = (list: string[], extra: Record<string, unknown> = {}) => [{ id: 'terms', kind: 'term-list', terms: list, ...extra }];
const find = (list: string[], text: string, extra: Record<string, unknown> = {}) => wordsMatched(terms(list, extra), text);

describe('term-list: profile variables', () => {
  it.each([
    ['Hollowmere District Council agreed it', ['Hollowmere District Council'], 'the full name'],
    ["hollowmere council's new plan", ["hollowmere council's"], 'an alias, any case, possessive'],
    ['HDC signed it off', ['HDC'], 'initials'],
    ['hdc signed it off', ['hdc'], 'initials typed in lower case still name the employer'],
    ['Hollowmere Councillors voted', [], 'a longer word is not the name'],
  ])('{profile.names} in %j → %j (%s)', (text, expected) => {
    expect(find(['{profile.names}'], text)).toEqual(expected);
  });

  it.each([
    ['Thanks @HollowmereDC for the reply', ['@HollowmereDC']],
    ['Tagging #HollowmereDC here', ['#HollowmereDC']],
    ['@hollowmeredc any news?', ['@hollowmeredc']],
    ['@HollowmereDCFans is not us', []],
    ['mail jo@HollowmereDC.example', []],
  ])('{profile.handles} in %j → %j', (text, expected) => {
    expect(find(['{profile.handles}'], text)).toEqual(expected);
  });

  it.each([
    ['Bin collections are late again', ['Bin collections'], 'a topic as written'],
    ['The planners said no', ['planners'], 'a stem of a topic word'],
    ['Cuts to SEND transport', ['SEND transport', 'SEND'], 'the topic and its acronym'],
    ['Can you send me the form', [], 'an acronym topic does not match the everyday word'],
    ['SEND provision is thin', ['SEND'], 'the acronym alone'],
  ])('{profile.topics} in %j → %j (%s)', (text, expected) => {
    expect(find(['{profile.topics}'], text)).toEqual(expected);
  });

  it.each([
    ['A resident rang', ['resident']],
    ['Three residents rang', ['residents']],
    ['Our tenants meeting', ['tenants']],
    ['Her PA drove her in', ['PA']],
    ['Two PAs on shift', ['PAs']],
    ['My pa drove me', []],
  ])('{profile.clientTerms} in %j → %j', (text, expected) => {
    expect(find(['{profile.clientTerms}'], text)).toEqual(expected);
  });

  it('matches another organisation’s words when compiled for its profile', () => {
    const other = profileOf({ name: 'Brackenford Hospice', aliases: ['the hospice'], clientTerms: ['patient'] });
    const rules = terms(['{profile.names}', '{profile.clientTerms}']);
    expect(wordsMatched(rules, 'At the hospice a patient of Hollowmere Council', other)).toEqual(['the hospice', 'patient']);
    expect(wordsMatched(rules, 'At the hospice a patient of Hollowmere Council', TEST_PROFILE)).toEqual(['Hollowmere Council']);
  });

  it('an empty profile list matches nothing rather than everything', () => {
    const bare = profileOf({ name: 'Brackenford Hospice' });
    expect(wordsMatched(terms(['{profile.handles}', '{profile.clientTerms}']), 'Hello @someone and a patient', bare)).toEqual([]);
  });
});

describe('term-list: spelling and boundaries', () => {
  it.each([
    [['fly-tipping'], 'More fly tipping by the garages', ['fly tipping'], 'a hyphen matches a space'],
    [['fly-tipping'], 'More flytipping by the garages', ['flytipping'], 'a hyphen matches nothing'],
    [['fly-tipping'], 'More fly–tipping by the garages', ['fly–tipping'], 'a hyphen matches an en dash'],
    [["don't care"], 'They don’t care', ['don’t care'], 'a straight apostrophe matches a curly one'],
    [['don’t care'], "They don't care", ["don't care"], 'a curly apostrophe matches a straight one'],
    [['hot desk'], 'Back to hot  desk life', ['hot  desk'], 'a space matches several'],
    [['hot desk'], 'Back to hot\u00a0desk life', ['hot\u00a0desk'], 'a space matches a no-break space'],
    [['rota'], 'The Rota is out', ['Rota'], 'case does not matter by default'],
    [['rota'], 'The rotation is out', [], 'a term never ends inside a word'],
    [['rota'], 'The carotas are out', [], 'a term never starts inside a word'],
    [['rota'], 'Two rotas this week', [], 'a plain term has no plural unless listed'],
    [['restructur*'], 'Another restructure, then restructuring', ['restructure', 'restructuring'], 'a prefix term takes any ending'],
    [['restructur*'], 'Unrestructured plans', [], 'a prefix term still starts a word'],
    [['pay cut', 'pay'], 'Another pay cut', ['pay cut'], 'the longest term wins'],
  ])('%j in %j → %j (%s)', (list, text, expected) => {
    expect(find(list, text)).toEqual(expected);
  });

  it('finds every occurrence, in order, with exact positions', () => {
    const text = 'rota, ROTA and rota.';
    const [finding] = checkerOf([reported(terms(['rota'])[0]!)]).check(text, contextOf());
    expect(finding?.spans).toEqual([
      { start: 0, end: 4 },
      { start: 6, end: 10 },
      { start: 15, end: 19 },
    ]);
  });

  it('honours caseSensitive for a word that is also a place', () => {
    expect(find(['Reading'], 'Moved to Reading', { caseSensitive: true })).toEqual(['Reading']);
    expect(find(['Reading'], 'Still reading it', { caseSensitive: true })).toEqual([]);
  });

  it.each([
    ['Moved back in Dunmore', [], 'the word just before cancels the match'],
    ['She lives in  Dunmore', [], 'a phrase, across extra spaces'],
    ['Dunmore council again', ['Dunmore'], 'nothing before it'],
    ['Within Dunmore itself', ['Dunmore'], '"in" inside a longer word does not count'],
    ['I stayed in. Dunmore called', ['Dunmore'], 'a notAfter word in the sentence before does not count'],
  ])('notAfter ["in", "lives in"]: %j → %j (%s)', (text, expected) => {
    expect(find(['Dunmore'], text, { notAfter: ['in', 'lives in'] })).toEqual(expected);
  });
});

describe('term-list: a large list', () => {
  // Made-up words from a counter, ending in "x" so no listed word is the start of another.
  const word = (n: number) => `zq${n.toString(26).replace(/./g, (c) => String.fromCharCode(97 + parseInt(c, 26)))}x`;
  const list = Array.from({ length: 10_000 }, (_, i) => word(i * 2));

  it('still finds exactly the listed words among 10,000 terms', () => {
    const wanted = [0, 2, 1998, 5000, 9998, 19_998].map(word);
    const absent = [1, 3, 1999, 19_999, 20_001].map(word);
    const text = [...wanted, ...absent].map((w, i) => (i % 2 ? `${w}.` : w)).join(' and ');
    expect(find(list, text)).toEqual(wanted);
  });
});

describe('term-list: drafts that once hung the page', () => {
  // Each of these ran for ever or for minutes: a test that never returns is the failure here.
  it('an emoji term right after a word is found, and the scan moves on past it', () => {
    expect(find(['😡', 'late'], 'Late again😡 and late😡😡')).toEqual(['Late', '😡', 'late', '😡', '😡']);
  });

  it('a match inside a word just before an emoji does not stop the scan', () => {
    expect(find(['😀*'], 'kss😀ſa then 😀 here')).toEqual(['😀ſa', '😀']);
  });

  it.each(['fly - tipping', 'fly - - tipping', 'fly -- tipping'])('%j is one hyphen, whatever the spacing, and a long run of spaces costs one pass', (term) => {
    const run = `fly${' '.repeat(50_000)}x`;
    expect(find([term], run)).toEqual([]);
    expect(find([term], 'fly-tipping, fly tipping, flytipping, fly – tipping')).toEqual(['fly-tipping', 'fly tipping', 'flytipping', 'fly – tipping']);
  });
});
