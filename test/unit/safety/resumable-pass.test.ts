/**
 * A pass cut short by its budget is continued by its retry, not started again (issue 11): the text
 * scan goes on from where it stopped, and what the retry adds up to is what one unbounded pass
 * does. Time is a counting clock (`options.now`), so nothing here depends on the machine.
 */
import { describe, expect, it } from 'vitest';
import { createContext, startTextScan } from '../../../src/core/categories/context';
import { runPass, startEngine } from '../../../src/core/engine';
import { HIDDEN_ATTR } from '../../../src/core/marks';
import { loadDocument, numberedParagraphs } from '../../helpers/page';

/** An article, then a long list of rows with label-only ad boxes among them (no ad selector). */
const page = (rows: number, adEvery: number): string => `<html><head><meta property="og:type" content="article"></head><body>
  <main><article><h1>Ferry timetable extended after council vote</h1><div id="body">${numberedParagraphs(8)}</div></article>
  <section id="rows">${Array.from({ length: rows }, (_, i) =>
    i % adEvery === adEvery - 1 ? '<div class="x"><span>Advertisement</span></div>' : `<div class="r"><span>Row ${i}</span></div>`,
  ).join('')}</section></main></body></html>`;

const countingClock = (): (() => number) => {
  let t = 0;
  return () => t++;
};

const hiddenSet = (doc: Document): string[] =>
  Array.from(doc.querySelectorAll(`[${HIDDEN_ATTR}]`), (el) => `${el.getAttribute(HIDDEN_ATTR)} ${el.textContent}`).sort();

describe('resumable passes (issue 11)', () => {
  it('a text scan stopped at its deadline and continued yields, with what the cut loop saw, exactly the list of one whole scan', () => {
    const doc = loadDocument(page(1500, 250));
    const parts = startEngine(doc).parts;
    const whole = [...createContext(doc, [doc.body], parts, true, Infinity, () => 0).shortTexts()];
    const scan = startTextScan(doc, [doc.body]);
    const clock = countingClock();
    const cut = [...createContext(doc, [doc.body], parts, true, 5, clock, undefined, scan).shortTexts()];
    expect(scan.done).toBe(false);
    expect(cut.length).toBeGreaterThan(0);
    expect(cut.length).toBeLessThan(whole.length);
    // The same loop in the retry goes on from where it stopped: it is handed only the rest.
    const continued = [...cut, ...createContext(doc, [doc.body], parts, true, Infinity, clock, undefined, scan).shortTexts()];
    expect(scan.done).toBe(true);
    expect(continued.map((s) => s.text)).toEqual(whole.map((s) => s.text));
    expect(continued.map((s) => s.el)).toEqual(whole.map((s) => s.el));
  });

  it('a pass cut short, then its resumed retry, hide what one unbounded pass hides', () => {
    const bounded = loadDocument(page(1500, 250));
    const state = startEngine(bounded, { now: countingClock(), budgetMs: 60 });
    const first = runPass(state, bounded.body);
    expect(first.budgetExceeded).toBe(true);
    state.options.budgetMs = Infinity;
    const retry = runPass(state, bounded.body, Infinity, true);
    expect(retry.budgetExceeded).toBe(false);
    const unbounded = loadDocument(page(1500, 250));
    runPass(startEngine(unbounded), unbounded.body);
    expect(hiddenSet(bounded)).toEqual(hiddenSet(unbounded));
    expect(hiddenSet(bounded).filter((h) => h.endsWith('Advertisement')).length).toBe(6);
  });

  it('retries with the same small budget each get further, and end with what one unbounded pass hides (issue 10)', () => {
    // Slices of a fixed size (the content script's, so no slice is a long task): a detector loop
    // longer than one slice goes on where it stopped instead of starting its list again.
    const bounded = loadDocument(page(3000, 250));
    const state = startEngine(bounded, { now: countingClock(), budgetMs: 40 });
    let result = runPass(state, bounded.body);
    let retries = 0;
    while (result.budgetExceeded && retries < 500) {
      result = runPass(state, bounded.body, Infinity, true);
      retries++;
    }
    expect(result.budgetExceeded).toBe(false);
    expect(retries).toBeGreaterThan(3);
    const unbounded = loadDocument(page(3000, 250));
    runPass(startEngine(unbounded), unbounded.body);
    expect(hiddenSet(bounded)).toEqual(hiddenSet(unbounded));
    expect(hiddenSet(bounded).filter((h) => h.endsWith('Advertisement')).length).toBe(12);
  });
});
