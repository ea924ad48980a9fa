/**
 * Why ours differs from Readability's expected value, page by page. Bylines are checked by hand
 * against each page; titles are classified mechanically (is ours a heading the page shows? is the
 * expected title one of the page's metadata titles?), so the report cannot flatter us.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const BYLINE_NOTES: Record<string, string> = {
  '003-metadata-preferred': 'synthetic page with several author metas; it expects the Dublin Core one',
  'bbc-1': 'expected is the organisation; we name no organisation as author',
  breitbart: 'expected runs the name into the date and comment count',
  'ebb-org': 'expected keeps the author’s URL',
  'google-sre-book-1': 'expected keeps "Written by … Edited by …"',
  heise: 'expected is the magazine ("Mac & i"), not a person',
  'herald-sun-1':
    'expected is the byline of another column in the sidebar; ours is the article’s (its byline element and article:author agree)',
  'ietf-1': 'the page has two DC.Creator authors: ours takes the first, Readability the last',
  'liberation-1': 'expected is the author of a related story ("Sur le même sujet"); the article’s own byline is AFP',
  'lwn-1': 'expected keeps the date',
  'royal-road': 'expected is the "Follow Author" button; ours is the author’s name',
  'salon-1': 'expected is the author of related items in the sidebar; ours is the article’s rel=author byline',
  'schema-org-context-object': 'same names, joined as the page joins them ("and")',
  'seattletimes-1': 'expected is a date line, not a name',
  spiceworks: 'expected is "Last Updated: …", not a name',
  'videos-2': 'same names, joined as the page joins them ("et")',
  'webmd-1': 'expected appends the publication ("WebMD Health News")',
  'webmd-2': 'expected appends the publication ("WebMD Health News")',
  'yahoo-3': 'expected keeps the date',
};

const fold = (s: string | null | undefined): string => (s ?? '').normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();

/** For a title difference: whether ours is a heading shown on the page, and whether expected is a metadata title. */
export function classifyTitle(
  corpusDir: string,
  id: string,
  ours: string | null,
  expected: string,
): { oursShown: boolean; expectedMeta: boolean } {
  const dom = new JSDOM(readFileSync(join(corpusDir, id, 'source.html'), 'utf8'), { virtualConsole: new VirtualConsole() });
  const doc = dom.window.document;
  const headings = Array.from(doc.querySelectorAll('h1, h2, h3, [role="heading"], .h1, [itemprop="headline"]')).map((h) =>
    fold(h.textContent),
  );
  const metas = [
    ...Array.from(
      doc.querySelectorAll(
        'meta[property="og:title"], meta[name="twitter:title"], meta[property="twitter:title"], meta[name="dc.title" i], meta[property="dc:title"], meta[name="parsely-title"], meta[name="title"]',
      ),
    ).map((m) => m.getAttribute('content')),
    doc.title,
    ...Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).flatMap((s) =>
      (s.textContent?.match(/"(?:headline|name)"\s*:\s*"([^"]+)"/g) ?? []).map((x) => x.replace(/^.*:\s*"|"$/g, '')),
    ),
  ].map(fold);
  const o = fold(ours);
  const result = {
    oursShown: !!o && headings.some((h) => h === o || (h.includes(o) && o.length >= 0.6 * h.length)),
    expectedMeta: metas.includes(fold(expected)),
  };
  dom.window.close();
  return result;
}
