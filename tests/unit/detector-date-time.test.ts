import { describe, expect, it } from 'vitest';
import { detected } from '../fixtures/engine-harness';

describe('date-time detector', () => {
  it.each([
    ['Saw her on 12/03 for the review', '12/03'],
    ['Hearing set for 04/11/2025', '04/11/2025'],
    ['Hearing set for 04.11.2025', '04.11.2025'],
    ['Back on the 2nd of June', '2nd of June'],
    ['Moving out 21st Sept', '21st Sept'],
    ['Moving out Sept 21st', 'Sept 21st'],
    ['Dropping in Weds 2pm', 'Weds 2pm'],
    ['Dropping in Thursday at 10am', 'Thursday at 10am'],
    ['Dropping in on Tuesday', 'Tuesday'],
    ['Meeting at 10:30 sharp', '10:30'],
    ['Meeting at 9.15am sharp', '9.15am'],
    ['Meeting at 3 pm sharp', '3 pm'],
    ['Back on Sat to check', 'Sat'],
    ['Back Sun at 4pm to check', 'Sun at 4pm'],
  ])('finds the date or time in %j', (text, expected) => {
    expect(detected('date-time', text)).toEqual([expected]);
  });

  it.each([
    ['The report was due in March', 'a month alone does not date a visit'],
    ['I may pop in later', 'the verb "may"'],
    ['Our 24/7 helpline is open', '"24/7" means always'],
    ['Rents went up 2.5% this year', 'a decimal is not a dotted date'],
    ['Version 1.2 of the form', 'a version number'],
    ['Marked 12/13 on the scale', 'there is no month 13'],
    ['Code 45/12/2024 on the file', 'there is no day 45'],
    ['Sat with her for an hour', '"Sat" as a verb'],
    ['The Sun came out at last', '"Sun" as a noun'],
    ['Clocked 25:99 on the timer', 'not a clock time'],
  ])('ignores %j (%s)', (text) => {
    expect(detected('date-time', text)).toEqual([]);
  });
});
