import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { cleanDocument, runPass, startEngine } from '../../../src/core/engine';
import { guard } from '../../../src/core/guard';
import { HIDDEN_ATTR, SHOWN_ATTR, UNLOCK_ATTR, clearMarks } from '../../../src/core/marks';
import type { ArticleParts } from '../../../src/core/locate/article-locator';
import { REPO, listFixtures } from '../../helpers/fixtures';
import { loadDocument, numberedParagraphs } from '../../helpers/page';

const page = (extra = ''): string => `<html><head><meta property="og:type" content="article"></head><body>
  <header><nav><a href="/">Home</a> <a href="/subscribe">Subscribe</a></nav></header>
  <main><article>
    <h1 id="headline">Ferry timetable extended after council vote</h1>
    <p id="dek">The island's only ferry will keep its winter timetable until May, the council decided.</p>
    <div id="body">${numberedParagraphs(6)}${extra}</div>
  </article></main></body></html>`;

describe('the guard', () => {
  it('refuses anything that contains or sits inside the article', () => {
    const doc = loadDocument(page());
    const { parts } = startEngine(doc);
    expect(guard(doc.querySelector('article')!, parts)).toMatchObject({ ok: false });
    expect(guard(doc.getElementById('headline')!, parts)).toMatchObject({ ok: false, reason: 'reason_guard_contains_headline' });
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
      expect.objectContaining({ category: 'ads', rule: 'selector', reason: 'reason_guard_contains_body' }),
    );
  });

  it('every hide is explained and undo restores the page exactly', () => {
    const doc = loadDocument(page('<div class="ad-slot"><span>Advertisement</span><iframe width="300" height="250"></iframe></div>'));
    const before = doc.documentElement.outerHTML;
    const result = cleanDocument(doc);
    expect(result.hidden.length).toBeGreaterThan(0);
    for (const { params, ...record } of result.hidden) {
      // The reason is a message key; its parameters, when it has any, are strings.
      expect(params ?? [], record.reason).toEqual((params ?? []).map(() => expect.any(String) as unknown));
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

/** The guard as it was before issue 10: every prose block for every candidate. Its decisions are the spec. */
function guardByLoops(el: Element, parts: ArticleParts): { ok: boolean; reason?: string; params?: string[] } {
  const preview = (b: Element): string => {
    const t = (b.textContent ?? '').replace(/\s+/g, ' ').trim();
    return t.length > 40 ? `${t.slice(0, 39)}…` : t;
  };
  if (['HTML', 'HEAD', 'BODY', 'MAIN'].includes(el.tagName))
    return { ok: false, reason: 'reason_guard_never_tag', params: [el.tagName.toLowerCase()] };
  if (parts.root && el.contains(parts.root)) return { ok: false, reason: 'reason_guard_contains_body' };
  const named: Array<[Element | null, string]> = [
    [parts.headline, 'headline'],
    [parts.summary, 'summary'],
    [parts.leadCaption, 'caption'],
    [parts.byline, 'byline'],
  ];
  for (const [part, name] of named) {
    if (!part) continue;
    if (el.contains(part)) return { ok: false, reason: `reason_guard_contains_${name}` };
    if (part.contains(el)) return { ok: false, reason: `reason_guard_inside_${name}` };
  }
  for (const block of parts.prose) {
    if (el.contains(block)) return { ok: false, reason: 'reason_guard_contains_text', params: [preview(block)] };
    if (block.contains(el)) return { ok: false, reason: 'reason_guard_inside_text', params: [preview(block)] };
  }
  for (const holder of parts.holders) {
    if (el.contains(holder)) return { ok: false, reason: 'reason_guard_contains_text', params: [preview(holder)] };
  }
  return { ok: true };
}

describe('the guard as an ancestor walk (issue 10)', () => {
  it('decides every element of the fixtures exactly as the loop over every prose block did', () => {
    const fixtures = listFixtures().filter((_, i) => i % 8 === 0);
    expect(fixtures.length).toBeGreaterThan(10);
    const differ: string[] = [];
    let compared = 0;
    for (const fixture of fixtures) {
      const doc = loadDocument(fixture.html, fixture.expect.url);
      const { parts } = startEngine(doc, { url: fixture.expect.url });
      for (const el of Array.from(doc.querySelectorAll('*'))) {
        const now = guard(el, parts);
        const then = guardByLoops(el, parts);
        compared++;
        if (now.ok !== then.ok || (!now.ok && (now.reason !== then.reason || now.params?.join() !== then.params?.join())))
          differ.push(`${fixture.id}: <${el.tagName.toLowerCase()}>`);
      }
    }
    expect(compared).toBeGreaterThan(2000);
    expect(differ).toEqual([]);
  });

  it('does not walk every prose block for every candidate', () => {
    const doc = loadDocument(page('').replace(numberedParagraphs(6), numberedParagraphs(400)));
    const { parts } = startEngine(doc);
    expect(parts.prose.length).toBeGreaterThan(300);
    const candidates = Array.from(doc.querySelectorAll('#body p')).slice(0, 50);
    const ad = doc.createElement('aside');
    doc.getElementById('body')!.append(ad);
    guard(ad, parts); // the index is built once per pass (refreshGuard), not per candidate
    const contains = vi.spyOn(doc.defaultView!.Node.prototype, 'contains');
    for (const el of [ad, ...candidates]) guard(el, parts);
    const calls = contains.mock.calls.length;
    contains.mockRestore();
    // Before: two contains() per prose block per candidate (over 30,000 here).
    expect(calls).toBeLessThan(51 * 10);
    expect(guard(ad, parts)).toEqual({ ok: true });
    expect(guard(candidates[10], parts)).toMatchObject({ ok: false });
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
