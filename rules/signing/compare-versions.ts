import type { PackVersion } from '../schema/pack';

/**
 * Orders pack versions: integers numerically, semver strings by semver precedence (a pre-release
 * comes before its release). An integer N compares as "N.0.0", so a pack may move from 7 to "8.1.0".
 * Returns a negative number when a < b, 0 when equal, positive when a > b.
 */
export function compareVersions(a: PackVersion, b: PackVersion): number {
  const [coreA, preA] = split(a);
  const [coreB, preB] = split(b);
  for (let i = 0; i < 3; i++) {
    const diff = coreA[i]! - coreB[i]!;
    if (diff !== 0) return Math.sign(diff);
  }
  return comparePreRelease(preA, preB);
}

function split(version: PackVersion): [number[], string[]] {
  if (typeof version === 'number') return [[version, 0, 0], []];
  const dash = version.indexOf('-');
  const core = (dash < 0 ? version : version.slice(0, dash)).split('.').map(Number);
  return [core, dash < 0 ? [] : version.slice(dash + 1).split('.')];
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
    if (nx && ny) return Math.sign(Number(x) - Number(y));
    if (nx !== ny) return nx ? -1 : 1;
    return x < y ? -1 : 1;
  }
  return Math.sign(a.length - b.length);
}
