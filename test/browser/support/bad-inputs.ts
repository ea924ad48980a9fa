/** Inputs that are not articles at all, which the extension must load past without errors. */
import type { VirtualFile } from '../../../scripts/dev/static-server';

const PARAGRAPH =
  '<p>The council voted on Tuesday to keep the harbour ferry running through the winter, after a month of public meetings.</p>';

/**
 * An article whose JSON-LD gives only a date, no time: the popup must show that day, as a date, in
 * every time zone (a reader in New York once saw "Mar 3, 2026, 7:00 PM" for 2026-03-04).
 */
export const DATE_ONLY_ARTICLE: VirtualFile = {
  body:
    '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Ferry stays</title>' +
    '<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbour ferry will run all winter","datePublished":"2026-03-04"}</script>' +
    '</head><body><article><h1>Harbour ferry will run all winter</h1>' +
    PARAGRAPH.repeat(6) +
    '</article></body></html>\n',
};

/** Served from memory by `startServer({ virtual: BAD_INPUTS })`. */
export const BAD_INPUTS: Record<string, VirtualFile> = {
  '/__tidy__/plain.txt': {
    body: 'Advertisement\n\nThis is a plain text file. It has a headline-like first line and a few sentences, but it is not HTML.\n',
  },
  '/__tidy__/feed.xml': {
    body:
      '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>Example feed</title>' +
      '<item><title>Advertisement</title><description>Not a web page</description></item></channel></rss>\n',
  },
  '/__tidy__/empty.html': {
    body: '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Empty</title></head><body>\n  <div></div>\n</body></html>\n',
  },
};
