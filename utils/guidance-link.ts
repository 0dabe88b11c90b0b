/**
 * Where the options page shows one guidance entry: `options.html#guidance/<id>`. The background
 * opens it for a tip's link; the options page reads it to open that entry.
 */
const PREFIX = '#guidance/';

/** The guidance entry of the default pack the boundaries tip links to ("Keep personal and professional boundaries"). */
export const BOUNDARIES_GUIDANCE_ID = 'boundaries';

/** The options page's address for one entry, or for the whole library (`null`). */
export function guidanceHash(id: string | null): string {
  return id === null ? '#guidance' : `${PREFIX}${encodeURIComponent(id)}`;
}

/** The entry an options page address asks for, or null. */
export function guidanceIdFromHash(hash: string): string | null {
  if (!hash.startsWith(PREFIX)) return null;
  try {
    return decodeURIComponent(hash.slice(PREFIX.length)) || null;
  } catch {
    return null;
  }
}
