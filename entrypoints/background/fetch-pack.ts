import { checkPackUrl } from './pack-url';

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

export type FetchedPack = { status: 'unchanged' } | { status: 'fetched'; text: string; etag?: string; url: string };

export class PackFetchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PackFetchError';
  }
}

/** Far above any real pack (the default is tens of kB); a larger body is a misconfiguration. */
const MAX_PACK_BYTES = 2_000_000;
const TIMEOUT_MS = 30_000;

/**
 * Fetches the pack. Sends `If-None-Match` with the ETag of the pack in use so an unchanged pack
 * costs a 304. No cookies or credentials are sent, and nothing about the user or their drafts.
 */
export async function fetchPack(url: string, etag: string | undefined, fetchImpl: FetchLike): Promise<FetchedPack> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (etag) headers['If-None-Match'] = etag;
  let response: Response;
  try {
    response = await fetchImpl(url, {
      headers,
      credentials: 'omit',
      // The extension keeps its own copy and ETag; the HTTP cache would only hide a changed pack.
      cache: 'no-store',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    // A host that allows simple CORS but not the If-None-Match preflight fails here: try plainly once.
    if (etag) return fetchPack(url, undefined, fetchImpl);
    throw new PackFetchError(`could not reach ${url} (${(error as Error).message}); if the host is up, check it allows CORS (docs/admin-guide.md)`);
  }
  if (response.status === 304) return { status: 'unchanged' };
  if (!response.ok) throw new PackFetchError(`${url} answered ${response.status} ${response.statusText}`.trim());
  // A redirect must not lead somewhere the policy URL itself could not point.
  const finalUrl = response.url || url;
  const allowed = checkPackUrl(finalUrl);
  if (!allowed.ok) throw new PackFetchError(`${url} redirected to a URL that is not allowed: ${allowed.reason}`);
  const declared = Number(response.headers.get('content-length'));
  if (declared > MAX_PACK_BYTES) throw new PackFetchError(`the pack at ${url} is larger than ${MAX_PACK_BYTES} bytes`);
  const text = await response.text();
  if (text.length > MAX_PACK_BYTES) throw new PackFetchError(`the pack at ${url} is larger than ${MAX_PACK_BYTES} bytes`);
  return { status: 'fetched', text, etag: response.headers.get('etag') ?? undefined, url: finalUrl };
}
