import { JSDOM, VirtualConsole } from 'jsdom';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Io } from './io';
import { loadHtml } from './load-html';

export interface Page {
  doc: Document;
  url: string;
  encoding: string;
  close(): void;
}

/** A saved page as a jsdom document (no scripts run, no resources fetched). */
export async function openPage(file: string, url: string | null): Promise<Page> {
  const loaded = await loadHtml(file);
  const pageUrl = url ?? pathToFileURL(resolve(file)).href;
  const dom = new JSDOM(loaded.html, { url: pageUrl, virtualConsole: new VirtualConsole() });
  return { doc: dom.window.document, url: pageUrl, encoding: loaded.encoding, close: () => dom.window.close() };
}

/**
 * Run `each` on every file's page, one after the other: a file that fails is reported (and, with
 * --json, written as `{file, error}`) and the rest still run. Exit code 1 when any failed.
 */
export async function forEachPage(
  command: string,
  files: string[],
  opts: { url: string | null; json: boolean },
  io: Io,
  each: (page: Page, file: string) => void,
): Promise<number> {
  let failed = 0;
  for (const file of files) {
    try {
      const page = await openPage(file, opts.url);
      try {
        each(page, file);
      } finally {
        page.close();
      }
    } catch (e) {
      failed++;
      io.err(`tidy-news ${command}: ${(e as Error).message}`);
      if (opts.json) io.out(JSON.stringify({ file, error: (e as Error).message }));
    }
  }
  return failed ? 1 : 0;
}
