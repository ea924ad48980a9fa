/**
 * Work is bounded as documented (issue 10): one deadline for a batch of late roots, checked inside
 * the detectors' loops, and late passes that look at their subtree rather than the whole article.
 * Time is a counting clock (`options.now`), so nothing here depends on how fast the machine is.
 */
import { describe, expect, it, vi } from 'vitest';
import { runPass, startEngine } from '../../../src/core/engine';
import { HIDDEN_ATTR } from '../../../src/core/marks';
import { loadDocument, numberedParagraphs } from '../../helpers/page';

/** An article with `ads` label-only ad boxes between its paragraphs (no known ad selector on them). */
const page = (ads: number): string => `<html><head><meta property="og:type" content="article"></head><body>
  <main><article>
    <h1>Ferry timetable extended after council vote</h1>
    <div id="body">${numberedParagraphs(8)}${'<div class="x"><span>Advertisement</span></div>'.repeat(ads)}${numberedParagraphs(4)}</div>
  </article></main></body></html>`;

/** A clock that moves one ms each time it is read. */
const countingClock = (): (() => number) => {
  let t = 0;
  return () => t++;
};

const labelsHidden = (doc: Document): number =>
  Array.from(doc.querySelectorAll('span')).filter((s) => s.textContent === 'Advertisement' && s.closest(`[${HIDDEN_ATTR}]`)).length;

describe('bounded work (issue 10)', () => {
  it('a pass given a deadline already past runs no heuristics, only the exact selectors', () => {
    const doc = loadDocument(page(3).replace('</article>', '</article><div id="div-gpt-ad-1"></div>'));
    const state = startEngine(doc, { now: countingClock() });
    const result = runPass(state, doc.body, -1);
    expect(result.budgetExceeded).toBe(true);
    expect(labelsHidden(doc)).toBe(0);
    expect(doc.getElementById('div-gpt-ad-1')!.hasAttribute(HIDDEN_ATTR)).toBe(true);
  });

  it('the detectors stop their loops at the deadline, not only between categories', () => {
    const doc = loadDocument(page(300));
    const state = startEngine(doc, { now: countingClock(), budgetMs: 10 });
    const result = runPass(state, doc.body);
    expect(result.budgetExceeded).toBe(true);
    // The ads detector alone reads the clock once every 16 labels (context.ts): 300 labels cannot
    // all be handled in 10 reads.
    expect(labelsHidden(doc)).toBeLessThan(300);
    // With time to spare, every label goes.
    const relaxed = loadDocument(page(300));
    runPass(startEngine(relaxed), relaxed.body);
    expect(labelsHidden(relaxed)).toBe(300);
  });

  it('a pass over a late subtree of the article does not rescan the whole article for inline related links', () => {
    const doc = loadDocument(page(1));
    const state = startEngine(doc);
    runPass(state);
    const late = doc.createElement('div');
    late.innerHTML = '<p>Read more: <a href="/2026/03/01/ferry-fares">Ferry fares rise again</a></p>';
    doc.getElementById('body')!.append(late);
    const root = state.parts.root!;
    const spy = vi.spyOn(root, 'querySelectorAll');
    runPass(state, late);
    const calls = spy.mock.calls.map((c) => String(c[0]));
    spy.mockRestore();
    expect(calls).not.toContain('p, div');
    expect(late.querySelector('p')!.getAttribute(HIDDEN_ATTR)).toBe('related');
  });
});
