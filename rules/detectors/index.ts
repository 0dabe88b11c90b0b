import type { Detector } from './detector';
import { age } from './age';
import { dateTime } from './date-time';
import { nhsNumber } from './nhs-number';
import { niNumber } from './ni-number';
import { place } from './place';
import { properNoun } from './proper-noun';
import { loneInitial } from './lone-initial';
import { titleInitial } from './title-initial';
import { ukPhone } from './uk-phone';
import { ukPostcode } from './uk-postcode';

/** Every built-in detector, by the id a pack's `pattern` rule names. */
export const DETECTORS = {
  'nhs-number': nhsNumber,
  'uk-postcode': ukPostcode,
  'ni-number': niNumber,
  'uk-phone': ukPhone,
  'date-time': dateTime,
  age,
  'title-initial': titleInitial,
  'lone-initial': loneInitial,
  place,
  'proper-noun': properNoun,
} satisfies Record<string, Detector>;

export type DetectorId = keyof typeof DETECTORS;
export const DETECTOR_IDS = Object.keys(DETECTORS) as [DetectorId, ...DetectorId[]];
