/**
 * A read-only static file server for the repo on 127.0.0.1 at a random port: the content script
 * matches only http(s) pages (manifest.json), so the demo pages and fixtures are served, not opened
 * as file://.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { REPO } from './repo';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
};

const contentTypeOf = (path: string): string => CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';

/** A response served from memory instead of a file (test inputs that need no file in the repo). */
export interface VirtualFile {
  body: string | Buffer;
  /** Defaults to the type of the path's extension. */
  contentType?: string;
  /** Extra response headers (a page served with its own Content-Security-Policy). */
  headers?: Record<string, string>;
}

export interface StaticServer {
  /** `http://127.0.0.1:PORT` (no trailing slash). */
  origin: string;
  port: number;
  url(path: string): string;
  close(): Promise<void>;
}

/**
 * Serves `root` (default: the repo root) on 127.0.0.1 at a random port, read-only, no directory
 * listings. `virtual` maps absolute URL paths (`/__tidy__/plain.txt`) to in-memory responses.
 */
export async function startServer(options: { root?: string; virtual?: Record<string, VirtualFile> } = {}): Promise<StaticServer> {
  const root = resolve(options.root ?? REPO);
  const virtual = options.virtual ?? {};
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const send = (status: number, body: string | Buffer, type: string, headers: Record<string, string> = {}): void => {
      res.writeHead(status, { ...headers, 'content-type': type, 'cache-control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'method not allowed', 'text/plain');
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
      const mem = virtual[path];
      if (mem) return send(200, mem.body, mem.contentType ?? contentTypeOf(path), mem.headers);
      const file = resolve(root, `.${path}`);
      if (file !== root && !file.startsWith(root + sep)) return send(403, 'forbidden', 'text/plain');
      const info = await stat(file).catch(() => null);
      if (!info?.isFile()) return send(404, 'not found', 'text/plain');
      return send(200, await readFile(file), contentTypeOf(file));
    } catch {
      return send(400, 'bad request', 'text/plain');
    }
  };
  // handle() answers every request, a failure with 400.
  const server: Server = createServer((req, res) => void handle(req, res));
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    port: address.port,
    url: (path) => `${origin}${path.startsWith('/') ? '' : '/'}${path}`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
