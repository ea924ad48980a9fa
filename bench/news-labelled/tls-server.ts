/**
 * One local HTTPS server for every page of a run: each page answers at its own URL's host and path,
 * everything else (the page's scripts, images, fonts, beacons) is a 404, so a run stays offline.
 * Chromium reaches it for every host through `--host-resolver-rules` (page-browser.ts).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PageRoute {
  url: string;
  file: string;
}

export interface PageServer {
  port: number;
  close(): Promise<void>;
}

/** A throwaway self-signed certificate; the key never outlives this call on disk. */
function selfSignedCert(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(join(tmpdir(), 'tidy-news-tls-'));
  try {
    const [key, cert] = [join(dir, 'key.pem'), join(dir, 'cert.pem')];
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=localhost', '-keyout', key, '-out', cert],
      {
        stdio: 'ignore',
      },
    );
    return { key: readFileSync(key), cert: readFileSync(cert) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The HTTP charset wins over a meta tag, so it is only sent when the page declares UTF-8 or nothing:
 * the corpus is UTF-8, and a page with no declaration at all (trinidadexpress.com-melissa) would
 * otherwise be decoded as windows-1252.
 */
function contentTypeOf(html: Buffer): string {
  const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(html.toString('latin1'))?.[1]?.toLowerCase();
  return !declared || declared === 'utf-8' || declared === 'utf8' ? 'text/html; charset=utf-8' : 'text/html';
}

const routeKey = (host: string, pathname: string): string => `${host.toLowerCase()}${pathname}`;

export async function startPageServer(routes: PageRoute[]): Promise<PageServer> {
  const pages = new Map<string, { body: Buffer; type: string }>();
  for (const { url, file } of routes) {
    const { hostname, pathname } = new URL(url);
    const body = readFileSync(file);
    pages.set(routeKey(hostname, pathname), { body, type: contentTypeOf(body) });
  }
  const server: Server = createServer(selfSignedCert(), (req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    const page = pages.get(routeKey(host, new URL(req.url ?? '/', 'https://x').pathname));
    if (req.method === 'GET' && page) res.writeHead(200, { 'content-type': page.type, 'cache-control': 'no-store' }).end(page.body);
    else res.writeHead(404, { 'content-type': 'text/plain' }).end();
  });
  // A browser resetting a connection (a tab closed mid-request) is normal here, not a failure.
  server.on('tlsClientError', () => undefined);
  await new Promise<void>((done, fail) => server.once('error', fail).listen(0, '127.0.0.1', done));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('page server has no port');
  return {
    port: address.port,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
