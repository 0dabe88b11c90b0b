import { describe, expect, it } from 'vitest';
import { isDistinctiveName, namesOrganisation } from '../../rules/profile/names-organisation';
import { orgProfileSchema } from '../../rules/schema/profile';

const PROFILE = orgProfileSchema.parse({
  name: 'Fernvale Borough Council',
  aliases: ['Fernvale Council', 'FBC', 'the council', 'Fernvale', 'Town Hall', 'Housing Team'],
});

describe('a person\'s work details name the organisation', () => {
  it.each<[string, boolean]>([
    ['Fernvale Borough Council', true],
    ['Fernvale Council', true],
    ['Fernvale', true],
    ['FBC', false],
    ['the council', false],
    ['Town Hall', false],
    ['Housing Team', false],
  ])('%s is a distinctive name: %s', (alias, distinctive) => {
    expect(isDistinctiveName(alias, PROFILE)).toBe(distinctive);
  });

  it.each<[string, boolean]>([
    ['Works at Fernvale Borough Council', true],
    ['Social worker at fernvale council', true],
    ['Works at Fernvale', true],
    ['Works at the council', false],
    ['Works at FBC Logistics', false],
    ['Lives in Fernvalebury', false],
    ['Studied at Town Hall Academy', false],
  ])('"%s": %s', (line, names) => {
    expect(namesOrganisation(line, PROFILE)).toBe(names);
  });
});
