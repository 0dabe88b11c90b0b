// Whatever is typed or pasted, the checker answers with spans the overlay can highlight: inside the
// text, non-empty, in order and apart. A span outside the text would throw in the page's Range code.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compile, MAX_CHECKED_CHARS, type Finding } from '../../rules';
import { DEFAULT_PACK } from '../../rules/packs/default-pack';
import { GENERIC_PROFILE, orgProfileSchema } from '../../rules/schema/profile';
import sampleProfileJson from '../../rules/profiles/sample-org.json';
import { draftContext, hostileDraft, hostilePiece } from './support/hostile-text';

const sampleProfile = orgProfileSchema.parse(sampleProfileJson);
const checkers = [compile(DEFAULT_PACK, sampleProfile), compile(DEFAULT_PACK, GENERIC_PROFILE)];

function expectSpansInside(findings: Finding[], text: string): void {
  for (const finding of findings) {
    expect(finding.spans.length, `${finding.rule} has no span`).toBeGreaterThan(0);
    let previousEnd = -1;
    for (const { start, end } of finding.spans) {
      expect(Number.isInteger(start) && Number.isInteger(end)).toBe(true);
      expect(start).toBeGreaterThanOrEqual(0);
      expect(start).toBeLessThan(end);
      expect(end).toBeLessThanOrEqual(text.length);
      // Merged spans: the overlay draws each highlight once.
      expect(start).toBeGreaterThan(previousEnd);
      previousEnd = end;
    }
    for (const fix of finding.fixes) {
      if (fix.span) {
        expect(fix.span.start).toBeGreaterThanOrEqual(0);
        expect(fix.span.end).toBeLessThanOrEqual(text.length);
      }
    }
  }
}

describe('check on hostile drafts', () => {
  it('returns spans inside the text for emoji, RTL, combining marks, controls and lone surrogates', () => {
    let withFindings = 0;
    fc.assert(
      fc.property(hostileDraft(), draftContext, fc.constantFrom(0, 1), (text, context, which) => {
        const findings = checkers[which]!.check(text, context);
        if (findings.length > 0) withFindings++;
        expectSpansInside(findings, text);
      }),
      { numRuns: 400 },
    );
    // The drafts must exercise the rules, or the property says nothing about spans.
    expect(withFindings).toBeGreaterThan(40);
  });

  it('handles 100,000-character drafts and longer pastes, spans within the checked part', () => {
    fc.assert(
      fc.property(
        fc.array(hostilePiece, { minLength: 20, maxLength: 80 }),
        fc.integer({ min: MAX_CHECKED_CHARS - 500, max: MAX_CHECKED_CHARS + 20_000 }),
        draftContext,
        (pieces, length, context) => {
          const chunk = pieces.join('') || 'my manager ';
          const text = chunk.repeat(Math.ceil(length / chunk.length)).slice(0, length);
          const findings = checkers[0]!.check(text, context);
          expectSpansInside(findings, text);
          for (const finding of findings) for (const span of finding.spans) expect(span.end).toBeLessThanOrEqual(MAX_CHECKED_CHARS);
        },
      ),
      { numRuns: 12 },
    );
  });

  it('keeps answering the same way when a draft is checked again (no state leaks between checks)', () => {
    fc.assert(
      fc.property(hostileDraft(30), hostileDraft(30), draftContext, (first, second, context) => {
        const checker = checkers[0]!;
        const before = checker.check(second, context);
        checker.check(first, context);
        expect(checker.check(second, context)).toEqual(before);
      }),
      { numRuns: 150 },
    );
  });
});
