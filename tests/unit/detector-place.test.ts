import { describe, expect, it } from 'vitest';
import { detected } from '../fixtures/engine-harness';

describe('place detector', () => {
  it.each([
    ['Lives at 27 Larchwood Road now', '27 Larchwood Road', 'a house number and street'],
    ['Lives at 27b Larchwood Rd now', '27b Larchwood Rd', 'an abbreviated street'],
    ['Up on Foxglove Crescent again', 'Foxglove Crescent', 'a street without a number'],
    ['Moved into Flat 12 last week', 'Flat 12', 'a flat'],
    ['Moved into Apartment 4B last week', 'Apartment 4B', 'an apartment'],
    ['Everyone on the Brookfield estate knows', 'the Brookfield estate', 'an estate'],
    ['Saxon Heights lifts are broken', 'Saxon Heights', 'a tower block'],
    ['Admitted to Kestrel Ward overnight', 'Kestrel Ward', 'a hospital ward'],
    ['Admitted to Ash ward overnight', 'Ash ward', 'a ward in lower case'],
    ['Starts at Oakley Primary in the autumn', 'Oakley Primary', 'a primary school'],
    ['Starts at Millbrook Academy in the autumn', 'Millbrook Academy', 'an academy'],
    ['Now settled at Ravensworth Care Home', 'Ravensworth Care Home', 'a care home'],
    ['Moved back in Dunmore with her aunt', 'Dunmore', '"in" a town'],
    ['Comes over from Little Wexham', 'Little Wexham', '"from" a two-word village'],
    ['Found a room near Carrow Bridge', 'Carrow Bridge', '"near" a landmark'],
  ])('finds %j → %j (%s)', (text, expected) => {
    expect(detected('place', text)).toEqual([expected]);
  });

  it.each([
    ['Catch up in March with the team', 'a month'],
    ['See you on Friday', 'a weekday'],
    ['See you at Christmas', 'a holiday'],
    ['Chat in Teams later', 'a meeting app'],
    ['Dialled in from Zoom', 'a meeting app'],
    ['Left it in my car', 'lower-case words'],
    ['Nothing planned for the weekend', 'no capitalised place'],
    ['Moved into a flat near the park', 'an unnamed flat'],
    ['Top marks in English today', 'a school subject'],
    ['Stayed late for help in Maths', 'a school subject'],
    ['Fasting all day in Ramadan', 'a religious season'],
  ])('ignores %j (%s)', (text) => {
    expect(detected('place', text)).toEqual([]);
  });
});
