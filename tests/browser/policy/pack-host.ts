// A static host for signed packs on 127.0.0.1, as an admin's CDN would behave: ETag and 304,
// and the CORS headers the admin guide asks for, so the extension needs no host permission.
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface PackHostRequest {
  method: string;
  path: string;
  ifNoneMatch: string | undefined;
  origin: string | undefined;
}

export interface PackHost {
  origin: string;
  requests: PackHostRequest[];
  /** Serves `body` at `path` from now on, with an ETag of its content. */
  put(path: string, body: unknown): void;
  close(): Promise<void>;
}

export async function startPackHost(): Promise<PackHost> {
  const files = new Map<string, { body: string; etag: string }>();
  const requests: PackHostRequest[] = [];
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push({ method: req.method ?? '', path, ifNoneMatch: req.headers['if-none-match'], origin: req.headers.origin });
    const cors = {
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Allow-Headers': 'If-None-Match',
      'Access-Control-Expose-Headers': 'ETag',
    };
    if (req.method === 'OPTIONS') {
      res.writeHead(204, { ...cors, 'Access-Control-Allow-Methods': 'GET', 'Access-Control-Max-Age': '600' });
      res.end();
      return;
    }
    const file = files.get(path);
    if (!file) {
      res.writeHead(404, cors);
      res.end('not found');
      return;
    }
    if (req.headers['if-none-match'] === file.etag) {
      res.writeHead(304, { ...cors, ETag: file.etag });
      res.end();
      return;
    }
    res.writeHead(200, { ...cors, 'Content-Type': 'application/json', ETag: file.etag, 'Cache-Control': 'no-cache' });
    res.end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    requests,
    put(path, body) {
      const text = typeof body === 'string' ? body : JSON.stringify(body, null, 2);
      files.set(path, { body: text, etag: `"${createHash('sha256').update(text).digest('hex').slice(0, 16)}"` });
    },
    close: () =>
      new Promise<void>((resolve) => {
        if (!server.listening) return resolve();
        server.close(() => resolve());
        // Browsers keep connections open; drop them so the host is unreachable at once.
        server.closeAllConnections();
      }),
  };
}
