import type { FetchLike } from '../../../entrypoints/background/fetch-pack';

export interface ServedPack {
  body: string;
  etag?: string;
  status?: number;
}

/**
 * An in-memory stand-in for the admin's static host: serves whatever the test put at a URL,
 * answers 304 to a matching If-None-Match, and records what the extension asked for.
 */
export function createPackServer() {
  const files = new Map<string, ServedPack>();
  const requests: { url: string; ifNoneMatch: string | null }[] = [];
  let offline = false;
  const fetch: FetchLike = async (url, init) => {
    const ifNoneMatch = new Headers(init?.headers).get('If-None-Match');
    requests.push({ url, ifNoneMatch });
    if (offline) throw new TypeError('Failed to fetch');
    const file = files.get(url);
    if (!file) return new Response('not found', { status: 404, statusText: 'Not Found' });
    if (file.etag && ifNoneMatch === file.etag) return new Response(null, { status: 304 });
    return new Response(file.body, { status: file.status ?? 200, headers: file.etag ? { ETag: file.etag } : {} });
  };
  return {
    fetch,
    requests,
    put(url: string, pack: unknown, etag?: string) {
      files.set(url, { body: typeof pack === 'string' ? pack : JSON.stringify(pack), etag });
    },
    setOffline(value: boolean) {
      offline = value;
    },
  };
}
