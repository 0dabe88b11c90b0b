/**
 * When the boundaries tip (beside a colleague's friend request on Facebook) may show: once per
 * person, at most once a day. A person is remembered by a salted hash of their profile's id, never
 * by name, and the salt never leaves this install, so the list cannot be matched against known ids.
 */
export interface BoundaryTips {
  /** Random per install; empty until the first person is remembered. */
  salt: string;
  /** The local day (YYYY-MM-DD) a tip last showed; null before the first. */
  shownOn: string | null;
  /** Hashes of the people a tip showed for, oldest first. */
  people: string[];
}

export const NO_BOUNDARY_TIPS: BoundaryTips = { salt: '', shownOn: null, people: [] };

/** The most people remembered: past that, the oldest are forgotten (and could see a tip again). */
export const REMEMBERED_PEOPLE = 2_000;

/** The local calendar day of `date`, as YYYY-MM-DD. */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Whether a tip may show today at all. */
export function tipDueToday(tips: BoundaryTips, today: string): boolean {
  return tips.shownOn !== today;
}

/** The state with `person` shown a tip on `today`. */
export function withTipShown(tips: BoundaryTips, person: string, today: string): BoundaryTips {
  const people = tips.people.filter((p) => p !== person);
  people.push(person);
  return { ...tips, shownOn: today, people: people.slice(-REMEMBERED_PEOPLE) };
}

/** The state with a salt, made once per install. */
export function withSalt(tips: BoundaryTips): BoundaryTips {
  return tips.salt ? tips : { ...tips, salt: crypto.randomUUID() };
}

/** A person's hash: SHA-256 of the install's salt and their profile key, hex, cut to 128 bits. */
export async function personHash(salt: string, key: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`${salt}\n${key}`));
  return [...new Uint8Array(digest).slice(0, 16)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
