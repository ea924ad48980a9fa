import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../../src/core/engine';
import { checkMarkers } from '../../helpers/expectations';
import { listFixtures } from '../../helpers/fixtures';
import { loadDocument } from '../../helpers/page';

// Each fixture page says on its elements what must stay and what must go (test/fixtures/README.md).
const fixtures = listFixtures();

describe('clutter engine on fixture pages', () => {
  it('has fixtures to check', () => {
    expect(fixtures.length).toBeGreaterThan(0);
  });
  for (const fixture of fixtures) {
    it(`${fixture.id}: hides what must go and keeps what must stay`, () => {
      const doc = loadDocument(fixture.html, fixture.expect.url);
      const result = cleanDocument(doc, { url: fixture.expect.url });
      expect(result.isArticle, result.state.kind.reason).toBe(fixture.expect.isArticle);
      // Known misses are listed in the sidecar with the reason; anything else is a failure, and a
      // kept element is never excused.
      const known = (fixture.expect.knownMisses ?? []).map((m) => m.text);
      const failures = checkMarkers(doc).filter((f) => !(f.startsWith('should be hidden') && known.some((k) => f.includes(k))));
      expect(failures).toEqual([]);
    });
  }
});

describe('detection does not lean on names', () => {
  // The seed page with every class, id, role, aria-* and data-* attribute removed (only the
  // fixture markers, links, sources and inline styles stay): text and structure alone must do.
  it('demo/article.html stripped of its attributes is still cleaned as marked', () => {
    const [demo] = listFixtures('demo').filter((f) => f.id === 'demo/article');
    const doc = loadDocument(demo.html, demo.expect.url);
    const keep = new Set(['data-expect', 'href', 'src', 'style', 'type', 'datetime', 'width', 'height']);
    for (const el of Array.from(doc.querySelectorAll('*'))) {
      for (const a of Array.from(el.attributes)) if (!keep.has(a.name)) el.removeAttribute(a.name);
    }
    cleanDocument(doc, { url: demo.expect.url });
    expect(checkMarkers(doc)).toEqual([]);
  });
});
