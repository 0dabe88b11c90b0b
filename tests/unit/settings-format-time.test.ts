import { describe, expect, it } from 'vitest';
import { formatIso, formatWhen } from '../../components/settings/format-time';

describe('formatWhen', () => {
  const now = new Date(2026, 10, 24, 14, 20);
  it.each([
    [new Date(2026, 10, 24, 15, 20), '15:20'],
    [new Date(2026, 10, 25, 8, 0), 'tomorrow, 08:00'],
    [new Date(2026, 11, 2, 9, 15), 'Wed 2 Dec, 09:15'],
  ])('%s reads as %s', (when, said) => {
    expect(formatWhen(when.getTime(), now)).toBe(said);
  });
});

describe('formatIso', () => {
  it('is null for missing or unreadable times', () => {
    expect(formatIso(undefined)).toBeNull();
    expect(formatIso('not a time')).toBeNull();
  });
  it('gives a date and a local time', () => {
    expect(formatIso(new Date(2026, 10, 24, 9, 5).toISOString())).toBe('24 Nov 2026, 09:05');
  });
});
