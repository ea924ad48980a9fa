import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanDocument } from '../../../src/core/engine';
import { extractArticle } from '../../../src/core/extract';
import { offAttr, SHOWN_ATTR } from '../../../src/core/marks';
import { articleFrom } from '../../../src/popup/article';
import { PART_ATTR, readSnapshot, takeSnapshot, type PageSnapshot } from '../../../src/shared/snapshot';
import { listFixtures } from '../../helpers/fixtures';
import { loadDocument } from '../../helpers/page';

/**
 * Extraction moved from the content script to the popup (issue 11): the popup's article, made
 * from the content script's snapshot, must be exactly what extraction on the live page gives.
 */
const parserFor = (doc: Document): DOMParser => new doc.defaultView!.DOMParser();

function bothWays(doc: Document, url: string) {
  const { state } = cleanDocument(doc, { url });
  const before = doc.documentElement.outerHTML;
  const live = extractArticle(doc, state.parts);
  const snapshot = takeSnapshot(doc, state.parts, url) as PageSnapshot;
  expect(doc.documentElement.outerHTML, 'the snapshot must not touch the live page').toBe(before);
  return { live, popup: articleFrom(snapshot, parserFor(doc)), snapshot, parts: state.parts };
}

// Every other article fixture and a few small corpus pages: each runs the engine and extraction twice.
const fixtures = listFixtures()
  .filter((f) => f.expect.isArticle)
  .filter((f, i) => i % 2 === 0 || !f.id.includes('sites/'));

describe('the popup extracts from a snapshot exactly what the live page gives', () => {
  it('has article fixtures', () => expect(fixtures.length).toBeGreaterThan(40));
  for (const f of fixtures) {
    it(`${f.id}`, () => {
      const { live, popup } = bothWays(loadDocument(f.html, f.expect.url), f.expect.url);
      expect(popup).toEqual(live);
    });
  }

  // A handful of real pages (Mozilla Readability's test pages, read in place, never copied).
  const CORPUS = '/work/shared/corpus/readability';
  const source = (name: string): string => join(CORPUS, name, 'source.html');
  const pages = existsSync(CORPUS) ? readdirSync(CORPUS).filter((d) => existsSync(source(d)) && statSync(source(d)).size < 60_000) : [];
  for (const name of pages.filter((_, i) => i % 12 === 0)) {
    it(`readability corpus ${name}`, () => {
      const url = `http://fakehost/${name}/`;
      const { live, popup } = bothWays(loadDocument(readFileSync(source(name), 'utf8'), url), url);
      expect(popup).toEqual(live);
    });
  }
});

describe('snapshot', () => {
  const prose = Array.from(
    { length: 8 },
    (_, i) => `<p>Paragraph ${i} of the story tells readers what happened in the town council this week, and why it matters to them.</p>`,
  ).join('');
  const page = (extra = ''): Document =>
    loadDocument(
      `<!DOCTYPE html><html lang="en"><head><title>Council passes the new law</title><meta property="og:image" content="/img/lead.jpg"></head><body>` +
        `<h1>Council passes the new law</h1><article>${prose}<div class="promo-box"><p>Sign up for our newsletter and get more news every morning</p><a href="/subscribe">Subscribe now</a></div><div id="ad" class="ad-slot"><span>Advertisement</span><iframe width="300" height="250"></iframe></div>${prose}</article>${extra}</body></html>`,
      'https://news.example.com/2026/03/04/story',
    );

  it('carries the located parts to the popup, in order, and leaves no part marks in the copy', () => {
    const doc = page();
    const { snapshot, parts } = bothWays(doc, doc.URL);
    const read = readSnapshot(snapshot, parserFor(doc));
    expect(read.parts.headline?.textContent).toBe(parts.headline?.textContent);
    expect(read.parts.root?.tagName).toBe(parts.root?.tagName);
    expect(read.parts.prose.map((p) => p.textContent)).toEqual(parts.prose.map((p) => p.textContent));
    expect(read.parts.prose.length).toBeGreaterThan(8);
    expect(read.doc.querySelector(`[${PART_ATTR}]`)).toBeNull();
  });

  it('resolves the lead image against the page, not the popup', () => {
    const doc = page();
    const { live, popup } = bothWays(doc, doc.URL);
    expect(live.image).toBe('https://news.example.com/img/lead.jpg');
    expect(popup).toEqual(live);
  });

  it('keeps hidden clutter out of the article, and brings back what the reader switched or showed', () => {
    const doc = page();
    const { state } = cleanDocument(doc, { url: doc.URL });
    doc.documentElement.setAttribute(offAttr('promos'), '');
    doc.getElementById('ad')!.setAttribute(SHOWN_ATTR, 'user');
    const live = extractArticle(doc, state.parts);
    const popup = articleFrom(takeSnapshot(doc, state.parts, doc.URL), parserFor(doc));
    expect(popup).toEqual(live);
  });

  it('ignores part marks the page serves itself', () => {
    const doc = page(`<aside ${PART_ATTR}="headline prose-0"><h2>Sponsored: buy our product now</h2></aside>`);
    const { live, popup, snapshot } = bothWays(doc, doc.URL);
    expect(readSnapshot(snapshot, parserFor(doc)).parts.headline?.textContent).toBe('Council passes the new law');
    expect(popup).toEqual(live);
  });

  it('keeps the doctype (quirks mode changes how the popup parses the copy)', () => {
    const quirky = loadDocument('<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN"><p>x</p>');
    const snapshot = takeSnapshot(quirky, cleanDocument(quirky).state.parts, quirky.URL) as PageSnapshot;
    expect(snapshot.html.startsWith('<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">')).toBe(true);
    expect(readSnapshot(snapshot, parserFor(quirky)).doc.compatMode).toBe(quirky.compatMode);
  });

  it('refuses a page over the cap, and the popup says so', () => {
    const doc = page();
    const answer = takeSnapshot(doc, cleanDocument(doc).state.parts, doc.URL, 1000);
    expect(answer).toMatchObject({ tooLarge: true, maxChars: 1000 });
    expect(articleFrom(answer, parserFor(doc))).toMatchObject({ problem: 'popup_too_large' });
  });
});
