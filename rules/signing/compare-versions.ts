import type { PackVersion } from '../schema/pack';

/**
 * Orders pack versions: integers numerically, semver strings by semver precedence (a pre-release
 * comes before its release). An integer N compares as "N.0.0", so a pack may move from 7 to "8.1.0".
 * Returns a negative number when a < b, 0 when equal, positive when a > b. Numbers are compared as
 * digit strings, exactly at any length: as JavaScript numbers, two versions of over 308 digits
 * would both be Infinity and compare as NaN, which is neither older nor newer.
 */
export function compareVersions(a: PackVersion, b: PackVersion): number {
  const [coreA, preA] = split(a);
  const [coreB, preB] = split(b);
  for (let i = 0; i < 3; i++) {
    const order = compareDigits(coreA[i] ?? '0', coreB[i] ?? '0');
    if (order !== 0) return order;
  }
  return comparePreRelease(preA, preB);
}

function split(version: PackVersion): [string[], string[]] {
  if (typeof version === 'number') return [[String(version), '0', '0'], []];
  const dash = version.indexOf('-');
  const core = (dash < 0 ? version : version.slice(0, dash)).split('.');
  return [core, dash < 0 ? [] : version.slice(dash + 1).split('.')];
}

/** Compares two strings of decimal digits as the numbers they spell. */
function compareDigits(a: string, b: string): number {
  const x = a.replace(/^0+(?=\d)/, '');
  const y = b.replace(/^0+(?=\d)/, '');
  if (x.length !== y.length) return Math.sign(x.length - y.length);
  return x < y ? -1 : x > y ? 1 : 0;
}

// semver §11: no pre-release outranks any pre-release; numeric identifiers sort below alphanumeric ones.
function comparePreRelease(a: string[], b: string[]): number {
  if (a.length === 0 || b.length === 0) return b.length - a.length === 0 ? 0 : a.length === 0 ? 1 : -1;
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    const nx = /^\d+$/.test(x);
    const ny = /^\d+$/.test(y);
    if (nx && ny) return compareDigits(x, y);
    if (nx !== ny) return nx ? -1 : 1;
    return x < y ? -1 : 1;
  }
  return Math.sign(a.length - b.length);
}
