import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../../src/core/engine';
import { extractArticle, summaryPoints } from '../../../src/core/extract';
import { listFixtures } from '../../helpers/fixtures';
import { loadDocument } from '../../helpers/page';

// Every article fixture with a sidecar, whatever exists when the tests run (test/fixtures/README.md).
const fixtures = listFixtures().filter((f) => f.expect.isArticle);
const fold = (s: string | null | undefined): string => (s ?? '').normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();

describe('extraction on fixture pages (sites, seed, demo)', () => {
  it('has article fixtures', () => {
    expect(fixtures.length).toBeGreaterThan(0);
  });
  for (const f of fixtures) {
    it(`${f.id}: headline, byline, date, site and summary match the sidecar`, () => {
      const doc = loadDocument(f.html, f.expect.url);
      const before = doc.documentElement.outerHTML;
      const { state } = cleanDocument(doc, { url: f.expect.url });
      const marked = doc.documentElement.outerHTML;
      const a = extractArticle(doc, state.parts);
      expect(doc.documentElement.outerHTML, 'extractArticle must not touch the live page').toBe(marked);
      expect(before.length).toBeGreaterThan(0);
      const e = f.expect;
      if (e.headline) expect(a.title).toBe(e.headline);
      // Sidecars give the first author on some pages and all on others: ours must contain theirs.
      if (e.byline) expect(fold(a.byline)).toContain(fold(e.byline));
      else expect(a.byline).toBeNull();
      // The same instant to the second, however the zone is written (+0000, +00:00 or Z).
      if (e.published) expect(Math.abs(Date.parse(a.published ?? '') - Date.parse(e.published))).toBeLessThan(1000);
      if (e.siteName) expect(a.siteName).toBe(e.siteName);
      if (e.summary) {
        expect(a.summary.kind).toBe(e.summary.kind);
        expect(fold(summaryPoints(a.summary)[0])).toMatch(new RegExp(`^${escape(fold(e.summary.first))}`));
        for (const p of summaryPoints(a.summary)) expect(p).not.toMatch(/^(advertisement|sign up|read more)\b/i);
      }
      expect(a.wordCount).toBeGreaterThan(50);
      expect(a.readingMinutes).toBeGreaterThanOrEqual(1);
      if (e.lang) expect(a.lang?.toLowerCase().split('-')[0]).toBe(e.lang.toLowerCase().split('-')[0]);
    });
  }
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
