import { JSDOM, VirtualConsole } from 'jsdom';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
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
