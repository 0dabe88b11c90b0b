import { describe, expect, it } from 'vitest';
import { prepareDraft } from '../../rules/engine/prepare-draft';

const sentences = (text: string) => prepareDraft(text).sentences.map((s) => text.slice(s.start, s.end));

describe('prepareDraft: sentences', () => {
  it.each<[string, string[]]>([
    ['One. Two! Three? Four', ['One.', ' Two!', ' Three?', ' Four']],
    ['Great work!!! Really?! Yes… fine', ['Great work!!!', ' Really?!', ' Yes…', ' fine']],
    ['First line\nSecond line', ['First line\n', 'Second line']],
    ['Para one\n\nPara two', ['Para one\n\n', 'Para two']],
    ['She said "no." Then left', ['She said "no."', ' Then left']],
    ['Rent is up 2.5% now. Fine', ['Rent is up 2.5% now.', ' Fine']],
    ['No full stop at all', ['No full stop at all']],
    ['Saw Mr. Khan today. Fine', ['Saw Mr. Khan today.', ' Fine']],
    ['Met J. Smith, e.g. at the hub. Then home', ['Met J. Smith, e.g. at the hub.', ' Then home']],
    ['Dr. and Mrs. Ode came. I. Too', ['Dr. and Mrs. Ode came.', ' I. Too']],
    ['Plan a. Plan b.', ['Plan a.', ' Plan b.']],
  ])('splits %j into %j', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it('covers the whole text, in order, without gaps', () => {
    const text = 'A. B!\nC? D… E';
    const { sentences: list } = prepareDraft(text);
    expect(list[0]!.start).toBe(0);
    expect(list.at(-1)!.end).toBe(text.length);
    for (let i = 1; i < list.length; i++) expect(list[i]!.start).toBe(list[i - 1]!.end);
  });

  it('finds the sentence that holds a position', () => {
    const text = 'One. Two. Three';
    const draft = prepareDraft(text);
    expect([0, 3, 4, 5, 9, 14].map((p) => draft.sentenceAt(p))).toEqual([0, 0, 1, 1, 2, 2]);
  });
});
