// A real HTTP server on 127.0.0.1 for the download tests: each path answers as the test says
// (a pack, a redirect, a gzip bomb), and every request is recorded with the headers that matter.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { FetchLike } from '../../../entrypoints/background/fetch-pack';

export interface HostRequest {
  path: string;
  ifNoneMatch: string | undefined;
}

export type Handler = (req: IncomingMessage, res: ServerResponse) => void;

export interface HttpHost {
  origin: string;
  requests: HostRequest[];
  on(path: string, handler: Handler): void;
  close(): Promise<void>;
}

export async function startHttpHost(): Promise<HttpHost> {
  const handlers = new Map<string, Handler>();
  const requests: HostRequest[] = [];
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push({ path, ifNoneMatch: req.headers['if-none-match'] });
    const handler = handlers.get(path);
    if (handler) handler(req, res);
    else res.writeHead(404).end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    on: (path, handler) => handlers.set(path, handler),
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/**
 * Node's fetch, with named hosts resolved to the local server as /etc/hosts and a TLS front end
 * would: `https://NAME/p` is served from `/https/NAME/p`, `http://NAME/p` from `/http/NAME/p`.
 * Redirects are left to the caller, as `redirect: 'manual'` asks.
 */
export function fetchVia(host: HttpHost): FetchLike {
  return async (url, init) => {
    const target = new URL(url);
    const local = ['127.0.0.1', 'localhost'].includes(target.hostname) ? target.href : `${host.origin}/${target.protocol.replace(':', '')}/${target.host}${target.pathname}`;
    const response = await fetch(local, init);
    // As seen from the extension: the answer of the address asked for.
    return new Response(response.body, { status: response.status, statusText: response.statusText, headers: response.headers });
  };
}

/** Wraps a fetch so the test can see how many bytes of each body the caller actually read. */
export function countingFetch(inner: FetchLike): { fetch: FetchLike; bytesRead: () => number } {
  let read = 0;
  return {
    bytesRead: () => read,
    fetch: async (url, init) => {
      const response = await inner(url, init);
      if (!response.body) return response;
      const counted = response.body.pipeThrough(
        new TransformStream<Uint8Array, Uint8Array>({
          transform(chunk, controller) {
            read += chunk.byteLength;
            controller.enqueue(chunk);
          },
        }),
      );
      return new Response(counted, { status: response.status, statusText: response.statusText, headers: response.headers });
    },
  };
}
