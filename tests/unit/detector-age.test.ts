import { describe, expect, it } from 'vitest';
import { detected } from '../fixtures/engine-harness';

describe('age detector', () => {
  it.each([
    ['Popped in on a 92yo who was so chatty', '92yo'],
    ['A 92 yo gent with a dog', '92 yo'],
    ['The boy, aged 14, was polite', 'aged 14'],
    ['Aged 14. Already a carer.', 'Aged 14'],
    ['A 14-year-old doing the shopping', '14-year-old'],
    ['My 7 year old nephew', '7 year old'],
    ['Spoke to Amara (15) at length', '(15'],
    ['Spoke to Dilys (aged 81, very sharp)', '(aged 81'],
    ['Kwame, 15, wants to be a vet', '15'],
    ["Says she's 80 next week", "she's 80"],
    ['He is 12 and cooks for the house', 'He is 12'],
    ['She turned 7 on the ward', 'turned 7'],
    ['Her brother is now 16', 'is now 16'],
  ])('finds the age in %j', (text, expected) => {
    expect(detected('age', text)).toEqual([expected]);
  });

  it.each([
    ['Celebrating 32 years of service today', 'years of service'],
    ['We only have 12 desks for 30 people', 'a count'],
    ['I worked there 32 years', 'a length of time'],
    ['She is 5 minutes away', 'minutes'],
    ["He's 6 foot and growing", 'a height'],
    ["She's 9 stone soaking wet", 'a weight'],
    ['Back in 2024 we had a surplus', 'a year'],
    ['Room 14 is free', 'a room number'],
    ['They are 3 points clear at the top', 'a score'],
  ])('ignores %j (%s)', (text) => {
    expect(detected('age', text)).toEqual([]);
  });
});
