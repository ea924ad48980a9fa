import { describe, expect, it } from 'vitest';
import { startEngine } from '../../../src/core/engine';
import { locateArticle } from '../../../src/core/locate/article-locator';
import { listFixtures } from '../../helpers/fixtures';
import { loadDocument } from '../../helpers/page';

// The engine locates a page's summary, lead caption and byline only once the page reads as an
// article: elsewhere nothing uses them, and finding them was an eighth of a non-article page's cost (issue 11).
describe('a page that is no article: the locator stops at its prose', () => {
  const pages = listFixtures('test/fixtures/non-article');

  it('no summary, lead caption or byline is looked for on the non-article fixtures', () => {
    for (const f of pages) {
      const { kind, parts } = startEngine(loadDocument(f.html, f.expect.url), { url: f.expect.url });
      expect(kind.isArticle, f.id).toBe(false);
      expect([parts.summary, parts.leadCaption, parts.byline], f.id).toEqual([null, null, null]);
    }
  });

  it('…where the full locator would find some (a lead teaser’s standfirst, a card’s byline)', () => {
    const found = pages.filter((f) => {
      const parts = locateArticle(loadDocument(f.html, f.expect.url));
      return parts.summary || parts.byline;
    });
    expect(found.length).toBeGreaterThan(0);
  });
});
