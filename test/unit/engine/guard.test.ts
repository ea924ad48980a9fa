import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanDocument, runPass, startEngine } from '../../../src/core/engine';
import { guard } from '../../../src/core/guard';
import { HIDDEN_ATTR, SHOWN_ATTR, UNLOCK_ATTR, clearMarks } from '../../../src/core/marks';
import { loadDocument, REPO } from '../../helpers/fixtures';

const body = (n: number): string =>
  Array.from(
    { length: n },
    (_, i) => `<p>Paragraph ${i}: the council met on Tuesday and voted to extend the ferry timetable until May.</p>`,
  ).join('');

const page = (extra = ''): string => `<html><head><meta property="og:type" content="article"></head><body>
  <header><nav><a href="/">Home</a> <a href="/subscribe">Subscribe</a></nav></header>
  <main><article>
    <h1 id="headline">Ferry timetable extended after council vote</h1>
    <p id="dek">The island's only ferry will keep its winter timetable until May, the council decided.</p>
    <div id="body">${body(6)}${extra}</div>
  </article></main></body></html>`;

describe('the guard', () => {
  it('refuses anything that contains or sits inside the article', () => {
    const doc = loadDocument(page());
    const { parts } = startEngine(doc);
    expect(guard(doc.querySelector('article')!, parts)).toMatchObject({ ok: false });
    expect(guard(doc.getElementById('headline')!, parts)).toMatchObject({ ok: false, reason: 'contains the headline' });
    expect(guard(doc.querySelector('#body p')!, parts)).toMatchObject({ ok: false });
    expect(guard(doc.body, parts)).toMatchObject({ ok: false });
    expect(guard(doc.querySelector('nav')!, parts)).toEqual({ ok: true });
  });

  it('records what it refused, with the reason', () => {
    // A known ad selector on the element that holds the whole story (a site that puts its body in
    // an element named like an ad container): the document_start CSS would hide it; the guard
    // vetoes it with data-tidy-shown and says why.
    const doc = loadDocument(page().replace('<div id="body">', '<div id="div-gpt-ad-story">'));
    const result = cleanDocument(doc);
    const root = doc.getElementById('div-gpt-ad-story')!;
    expect(root.hasAttribute(HIDDEN_ATTR)).toBe(false);
    expect(root.getAttribute(SHOWN_ATTR)).toBe('guard');
    expect(result.refused).toContainEqual(
      expect.objectContaining({ category: 'ads', rule: 'selector', reason: 'contains the article body' }),
    );
  });

  it('every hide is explained and undo restores the page exactly', () => {
    const doc = loadDocument(page('<div class="ad-slot"><span>Advertisement</span><iframe width="300" height="250"></iframe></div>'));
    const before = doc.documentElement.outerHTML;
    const result = cleanDocument(doc);
    expect(result.hidden.length).toBeGreaterThan(0);
    for (const record of result.hidden) {
      // expect.any() returns `any`; `as unknown` keeps that `any` out of the expected object's type.
      expect(record).toEqual({
        id: expect.any(Number) as unknown,
        category: expect.any(String) as unknown,
        rule: expect.any(String) as unknown,
        reason: expect.any(String) as unknown,
        text: expect.any(String) as unknown,
      });
    }
    clearMarks(doc);
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('a hidden cookie wall unlocks scrolling', () => {
    const doc = loadDocument(
      page()
        .replace('<body>', '<body style="overflow:hidden">')
        .replace(
          '</main>',
          '</main><div style="position:fixed;inset:0"><p>We use cookies to improve your experience.</p><button>Accept all</button></div>',
        ),
    );
    cleanDocument(doc);
    expect(doc.querySelector('[style*="position:fixed"]')!.getAttribute(HIDDEN_ATTR)).toBe('overlays');
    expect(doc.documentElement.hasAttribute(UNLOCK_ATTR)).toBe(true);
  });

  it('late content is handled by a later pass on the added subtree', () => {
    const doc = loadDocument(page());
    const state = startEngine(doc);
    runPass(state);
    const late = doc.createElement('div');
    late.innerHTML = '<p>Advertisement</p><div id="div-gpt-ad-late"></div>';
    doc.getElementById('body')!.append(late);
    const result = runPass(state, late);
    expect(result.hidden.map((r) => r.category)).toContain('ads');
    expect(doc.getElementById('div-gpt-ad-late')!.closest(`[${HIDDEN_ATTR}]`)).not.toBeNull();
  });

  it('detection never reads the fixtures’ data-expect markers', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
    const offenders = files(join(REPO, 'src')).filter((f) => readFileSync(f, 'utf8').includes('data-expect'));
    expect(offenders).toEqual([]);
  });
});

describe('site rules', () => {
  it('apply on their site only, after generic detection, through the guard', () => {
    const html = page('<div class="ad-slot-container"></div><div id="slot-body-end"><span>Readers like you keep us going</span></div>');
    const here = loadDocument(html, 'https://www.theguardian.com/world/2026/mar/04/ferry');
    const result = cleanDocument(here, { url: 'https://www.theguardian.com/world/2026/mar/04/ferry' });
    expect(result.hidden.filter((r) => r.rule.startsWith('site:')).map((r) => r.category)).toEqual(expect.arrayContaining(['promos']));
    const elsewhere = loadDocument(html, 'https://news.example.com/2026/03/04/ferry');
    const other = cleanDocument(elsewhere, { url: 'https://news.example.com/2026/03/04/ferry' });
    expect(other.hidden.some((r) => r.rule.startsWith('site:'))).toBe(false);
  });
});
