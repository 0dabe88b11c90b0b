import { checkPackUrl, isLoopback } from './pack-url';

export type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

/** An ETag and the address that set it: the only address it is ever sent back to. */
export interface Validator {
  etag: string;
  url: string;
}

export type FetchedPack = { status: 'unchanged' } | { status: 'fetched'; text: string; etag?: string; url: string };

export class PackFetchError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PackFetchError';
  }
}

/** Far above any real pack (the default is tens of kB); a larger body is a misconfiguration, or a bomb. */
export const MAX_PACK_BYTES = 2_000_000;
const TIMEOUT_MS = 30_000;
const MAX_REDIRECTS = 5;
/** An ETag is an opaque quoted string (RFC 9110 §8.8.3); anything else is not sent back. */
const SANE_ETAG = /^(?:W\/)?"[\x21\x23-\x7e]{0,200}"$/;

/**
 * Fetches the pack. Sends `If-None-Match` only to the address whose answer set that ETag, so an
 * unchanged pack costs a 304 and no host learns an ETag another chose. No cookies or
 * credentials are sent, and nothing about the user or their drafts.
 *
 * Redirects are followed one hop at a time and each hop is checked: it must be an address the
 * policy URL itself could be, keep the scheme, and not move between this machine and the
 * network. Browsers do not show an extension where a redirect leads (the answer to
 * `redirect: 'manual'` is opaque), so there a redirect is refused with a reason to act on.
 *
 * The body is read as it streams, counting bytes after decompression, and reading stops at
 * MAX_PACK_BYTES: Content-Length says nothing about a compressed body's size.
 */
export async function fetchPack(url: string, validator: Validator | undefined, fetchImpl: FetchLike): Promise<FetchedPack> {
  let at = new URL(url);
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    const response = await request(at.href, validator?.url === at.href ? validator.etag : undefined, fetchImpl);
    if (response.type === 'opaqueredirect') {
      throw new PackFetchError(`${at.href} redirects elsewhere; the browser does not let Guidepost check where, so set rulePackUrl to the pack's own address`);
    }
    if (response.status >= 300 && response.status < 400 && response.status !== 304) {
      const location = response.headers.get('location');
      if (!location) throw new PackFetchError(`${at.href} answered ${response.status} without saying where to`);
      const next = new URL(location, at);
      const problem = redirectProblem(at, next);
      if (problem) throw new PackFetchError(`${at.href} redirected to ${next.href}, which is not allowed: ${problem}`);
      void response.body?.cancel();
      at = next;
      continue;
    }
    // A fetch that followed redirects although asked not to has skipped the checks above.
    if (response.redirected || (response.url !== '' && withoutFragment(response.url) !== withoutFragment(at.href))) {
      throw new PackFetchError(`${at.href} was redirected to ${response.url} without each step being checked`);
    }
    if (response.status === 304) return { status: 'unchanged' };
    if (!response.ok) throw new PackFetchError(`${at.href} answered ${response.status} ${response.statusText}`.trim());
    const text = await readCapped(response, at.href);
    const etag = response.headers.get('etag') ?? undefined;
    return { status: 'fetched', text, etag: etag !== undefined && SANE_ETAG.test(etag) ? etag : undefined, url: at.href };
  }
  throw new PackFetchError(`${url} redirected more than ${MAX_REDIRECTS} times`);
}

async function request(url: string, etag: string | undefined, fetchImpl: FetchLike): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (etag) headers['If-None-Match'] = etag;
  try {
    return await fetchImpl(url, {
      headers,
      credentials: 'omit',
      // The extension keeps its own copy and ETag; the HTTP cache would only hide a changed pack.
      cache: 'no-store',
      redirect: 'manual',
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    // A host that allows simple CORS but not the If-None-Match preflight fails here: try plainly once.
    if (etag) return request(url, undefined, fetchImpl);
    throw new PackFetchError(`could not reach ${url} (${(error as Error).message}); if the host is up, check it allows CORS (docs/admin-guide.md)`);
  }
}

function withoutFragment(url: string): string {
  const parsed = new URL(url);
  parsed.hash = '';
  return parsed.href;
}

/** Why a redirect from `from` to `to` must not be followed, or null. */
export function redirectProblem(from: URL, to: URL): string | null {
  const allowed = checkPackUrl(to.href);
  if (!allowed.ok) return allowed.reason;
  if (from.protocol !== to.protocol) return `it changes the scheme from ${from.protocol} to ${to.protocol}`;
  if (isLoopback(from.hostname) !== isLoopback(to.hostname)) return 'it moves between this machine and the network';
  return null;
}

async function readCapped(response: Response, url: string): Promise<string> {
  const tooLarge = () => new PackFetchError(`the pack at ${url} is larger than ${MAX_PACK_BYTES} bytes`);
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > MAX_PACK_BYTES) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return new TextDecoder().decode(bytes);
}
