/** Inputs that are not articles at all, which the extension must load past without errors. */
import type { VirtualFile } from './static-server';

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
