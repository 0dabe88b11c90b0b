import fc from 'fast-check';
import type { DraftContext } from '../../../rules/schema/context';

/**
 * Pieces of text that trip up string code: astral emoji and ZWJ sequences, right-to-left script
 * and direction controls, stacked combining marks, C0/C1 controls, lone surrogates, and
 * words the default pack reacts to, so the drafts produce findings and not only silence.
 */
const EMOJI = ['😀', '👩🏽‍⚕️', '🏳️‍🌈', '👨‍👩‍👧‍👦', '🇬🇧', '❤️', '🔥🔥', '\u{1F9D1}\u200D\u{1F4BB}'];
const RTL = ['مرحبا بالعالم', 'שלום', '\u202Etxet desrever\u202C', '\u2067عربي\u2069', '\u200F', '\u061C'];
const COMBINING = ['e\u0301', 'a\u0300\u0301\u0302\u0303\u0304', 'Z\u0351\u0352\u0357\u035B\u0346', '\u0301', 'n\u0303'];
const CONTROL = ['\u0000', '\u0007', '\b', '\t', '\n', '\r\n', '\u000B', '\f', '\u001B[31m', '\u007F', '\u0085', '\u009F', '\u2028', '\u2029', '\uFEFF', '\u200B'];
const TRIGGERS = [
  'my manager',
  'the senior management team',
  'what a disgrace',
  'absolutely useless',
  'I think the new policy is wrong',
  'a resident',
  'our tenant',
  'Mrs Smith, 84,',
  'aged 7',
  'NHS number 943 476 5919',
  'AB 12 34 56 C',
  'FE1 2AB',
  '07700 900123',
  'Fernvale Borough Council',
  '@FernvaleBC',
  'waste and recycling',
  "Personal opinion, not my employer's.",
  'why does nobody listen???',
  '(a+)+$',
  '{profile.name}',
];

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));

export const hostilePiece: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...EMOJI),
  fc.constantFrom(...RTL),
  fc.constantFrom(...COMBINING),
  fc.constantFrom(...CONTROL),
  loneSurrogate,
  { arbitrary: fc.constantFrom(...TRIGGERS), weight: 4 },
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
);

const separator = fc.oneof({ arbitrary: fc.constant(' '), weight: 4 }, fc.constantFrom('', '. ', '! ', '? ', ', ', '\n', '\n\n'));

/** A draft of up to `maxPieces` hostile pieces, mostly apart as words are, sometimes glued together. */
export function hostileDraft(maxPieces = 60): fc.Arbitrary<string> {
  return fc.array(fc.tuple(hostilePiece, separator), { maxLength: maxPieces }).map((parts) => parts.map(([piece, sep]) => piece + sep).join(''));
}

export const draftContext: fc.Arbitrary<DraftContext> = fc.record({
  site: fc.constantFrom('x' as const, 'facebook' as const),
  account: fc.constantFrom('personal' as const, 'organisation' as const),
  audience: fc.constantFrom('public' as const, 'friends' as const, 'only-me' as const, 'custom' as const, null),
  profileDisclaimer: fc.boolean(),
  reply: fc.boolean(),
  media: fc.boolean(),
});
