import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract';
import { normalizeSpace } from '../../../src/core/text';
import { trapPages, type Naive, type TrapPage } from './trap-pages';

describe('extraction traps: we get them right', () => {
  for (const t of trapPages) {
    it(`${t.field}: ${t.name}`, () => {
      expect(extractArticle(t.doc())[t.field]).toBe(t.want);
    });
  }
});

/** What a naive extractor would answer: Readability 0.6 alone, the first <h1>, og:title, JSON-LD. */
function naive(source: Naive, field: TrapPage['field'], doc: Document): string | null {
  if (source === 'readability') {
    const r = new Readability(doc.cloneNode(true) as Document).parse();
    return (field === 'title' ? r?.title : r?.byline)?.trim() || null;
  }
  if (source === 'first-h1') return normalizeSpace(doc.querySelector('h1')?.textContent ?? '') || null;
  if (source === 'og:title') return doc.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? null;
  const ld = JSON.parse(doc.querySelector('script[type="application/ld+json"]')?.textContent ?? '{}') as {
    headline?: unknown;
    author?: unknown;
  };
  const v = field === 'title' ? ld.headline : ld.author;
  if (typeof v === 'string') return v;
  const name = v && typeof v === 'object' ? (v as { name?: unknown }).name : null;
  return typeof name === 'string' ? name : null;
}

// Each trap fools the naive sources it names: without our handling the test above would fail
// ("failing before the fix"), kept checkable here rather than only in the commit history.
describe('extraction traps: the naive sources fall into them', () => {
  for (const t of trapPages) {
    for (const source of t.fools) {
      it(`${source} gets it wrong: ${t.name}`, () => {
        expect(naive(source, t.field, t.doc())).not.toBe(t.want);
      });
    }
  }
});
