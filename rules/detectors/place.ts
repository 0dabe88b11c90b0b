import type { Detector } from './detector';

const CAP = String.raw`\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}?[\p{Ll}]+)?`;
const STREET = [
  'Road', 'Rd', 'Street', 'St', 'Lane', 'Ln', 'Close', 'Avenue', 'Ave', 'Drive', 'Dr', 'Court', 'Ct', 'House',
  'Way', 'Crescent', 'Cres', 'Gardens', 'Gdns', 'Terrace', 'Tce', 'Grove', 'Place', 'Pl', 'Square', 'Sq', 'Walk',
  'Row', 'Mews', 'Parade', 'Rise', 'View', 'Heights', 'Towers', 'Estate',
].join('|');
const INSTITUTION = [
  'Ward', 'ward', 'Academy', 'Primary', 'High', 'School', 'College', 'Comp', 'Infants', 'Juniors', 'Nursery', 'Hospital',
  'Infirmary', 'Surgery', 'Hostel', 'Care Home', 'Home', 'Unit', 'Centre',
].join('|');

/**
 * A street, estate, ward or school, or a named place after "in / from / on / at":
 * the details that locate a person.
 */
export const place: Detector = {
  id: 'place',
  description: 'a street, flat, estate, ward, school or named place ("14 Elm Close", "Flat 3", "the Riverside estate", "Ash ward")',
  pattern: new RegExp(
    [
      String.raw`\b(?:\d{1,4}[a-z]? )?(?:${CAP} ){1,3}(?:${STREET})\b`,
      String.raw`\b(?:${CAP} ){1,2}(?:${INSTITUTION})\b`,
      String.raw`\b(?:Flat|Apartment|Room|Bed|Bay) \d{1,4}[A-Za-z]?\b`,
      String.raw`\bthe (?:${CAP} ){1,2}(?:estate|area|flats)\b`,
      // "on the Brookfield estate" is left to the estate form above, which marks the whole name.
      String.raw`\b(?:on|off) the ${CAP}\b(?! (?:estate|area|flats)\b)`,
      String.raw`\b(?:in|from|at|near|round|around|of) (?<span>${CAP}(?: ${CAP}){0,2})(?=[\s,.!?)]|$)`,
    ].join('|'),
    'gu',
  ),
  // Weekdays, months and the like are capitalised but locate no one.
  validate: (m) => !NOT_PLACES.test(m.groups?.['span'] ?? m[0]),
};

// School subjects and religious seasons are capitalised too ("top marks in English", "in Ramadan").
const NOT_PLACES = new RegExp(
  String.raw`^(?:(?:on|off) the )?(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Christmas|Easter|Teams|Zoom|God|Mum|Dad|Nan|Grandad|The|This|That|My|Our|Your|His|Her|Their|A|An|It|I|Ofsted|Parliament|Government|English|Maths|Math|Science|History|Geography|French|Spanish|German|Latin|Art|Drama|Music|Biology|Chemistry|Physics|Computing|Ramadan|Lent|Advent|Eid|Diwali|Hanukkah|Passover|Vaisakhi|Holi)$`,
);
