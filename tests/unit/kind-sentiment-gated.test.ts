import { describe, expect, it } from 'vitest';
import { wordsMatched } from '../fixtures/engine-harness';

const terms = (id: string, list: string[]) => ({ id, kind: 'term-list', terms: list });
const SIGNALS = [
  terms('employer', ['the council', 'my manager']),
  terms('bad', ['shambles', 'awful']),
  terms('good', ['brilliant', 'great']),
  terms('eyeroll', ['🙄']),
  terms('airline', ['the airline']),
];
const criticised = (extra: Record<string, unknown> = {}) => [
  ...SIGNALS,
  {
    id: 'criticised',
    kind: 'sentiment-gated',
    target: ['employer'],
    negative: ['bad'],
    positive: ['good'],
    sarcasm: ['eyeroll'],
    negators: ['not', "isn't"],
    within: 'sentence',
    ...extra,
  },
];
const fires = (text: string, extra: Record<string, unknown> = {}) => wordsMatched(criticised(extra), text).length > 0;

describe('sentiment-gated rules', () => {
  it.each([
    ['The council is a shambles.', true, 'criticism of the target'],
    ['The council did a brilliant job.', false, 'praise'],
    ['The council is not awful.', false, 'a negated criticism'],
    ["The council isn't brilliant.", true, 'negated praise'],
    ['Brilliant work from the council 🙄', true, 'sarcasm turns praise into criticism'],
    ['Lovely day. The council met.', false, 'no sentiment at all'],
    ['The trains were a shambles.', false, 'criticism with no target'],
    ['The council met. Awful weather though.', false, 'criticism in another sentence'],
  ])('%j → %s (%s)', (text, expected) => {
    expect(fires(text)).toBe(expected);
  });

  it('marks the target and the words that made the judgement', () => {
    expect(wordsMatched(criticised(), 'Honestly the council is a shambles.')).toEqual(['the council', 'shambles']);
  });

  it('a negator only reaches within its own sentence', () => {
    // "not" ends the first sentence; it must not soften "awful" in the next one.
    expect(fires('I am not. The council is awful.')).toBe(true);
  });

  it('a negator far before the word does not flip it', () => {
    expect(fires('Not that I mind, but honestly the council is awful.')).toBe(true);
  });

  it.each([
    [{ sentences: 0 }, false],
    [{ sentences: 1 }, true],
  ])('within %j reaches the next sentence: %s', (within, expected) => {
    expect(fires('The council met today. What a shambles.', { within })).toBe(expected);
  });

  it.each([
    [{ chars: 10 }, false],
    [{ chars: 40 }, true],
  ])('within %j measures characters from the target: %s', (within, expected) => {
    expect(fires('The council met again today, total shambles', { within })).toBe(expected);
  });

  it('polarity positive fires on praise instead', () => {
    expect(fires('The council did a brilliant job.', { polarity: 'positive' })).toBe(true);
    expect(fires('The council is a shambles.', { polarity: 'positive' })).toBe(false);
  });

  it('with distractors, criticism of something else nearby does not count against the target', () => {
    const text = 'My manager signed my leave off. The airline was awful.';
    expect(fires(text, { within: { sentences: 1 } })).toBe(true);
    expect(fires(text, { within: { sentences: 1 }, distractors: ['airline'] })).toBe(false);
    expect(fires('The airline was fine but my manager is awful.', { distractors: ['airline'] })).toBe(true);
  });
});
