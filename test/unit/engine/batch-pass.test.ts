/**
 * Late subtrees come in batches, and a batch is one pass (runBatch, issue 11: a page streaming 25
 * comments a tick ran 25 passes a tick). One pass over the batch must hide what a pass per subtree
 * hides, keep what it keeps, and resume the same way when its budget runs out.
 */
import { describe, expect, it } from 'vitest';
import { createContext, startTextScan } from '../../../src/core/categories/context';
import { runBatch, runPass, startEngine } from '../../../src/core/engine';
import { HIDDEN_ATTR } from '../../../src/core/marks';
import { loadDocument, numberedParagraphs } from '../../helpers/page';

const PAGE = `<html><head><meta property="og:type" content="article"></head><body>
  <main><article class="css-9kq2p"><h1>Ferry timetable extended after council vote</h1><div id="body" class="css-1xdhyk6">${numberedParagraphs(8)}</div></article>
  <section class="css-4fd0r"><h2>Comments</h2><div id="feed" class="css-7yt3w"></div></section><div id="rail" class="css-2ba7c"></div></main></body></html>`;

/** Late additions of many kinds, in the story and after it: [parent id, html] each. */
const LATE: [string, string][] = [
  ['feed', '<div class="css-c1"><p>Reader 1: the crossing matters to us because the bus takes an hour each way.</p></div>'],
  ['feed', '<div class="css-a1"><span>Advertisement</span><div style="min-height:250px"></div></div>'],
  ['body', '<p class="css-r2">Read more: <a href="/2026/01/02/bridge-plan">Council weighs a bridge instead</a></p>'],
  ['feed', '<div class="css-c2"><p>Reader 2: we have waited years for a winter service and it is welcome news.</p></div>'],
  [
    'rail',
    '<div class="css-s3"><a href="https://www.facebook.com/sharer/sharer.php?u=x">Share on Facebook</a><a href="https://twitter.com/intent/tweet?url=x">Share on X</a></div>',
  ],
  ['body', '<div class="css-v4"><span>06:02</span><a href="/video/ferry">Watch the ferry cross at dawn</a></div>'],
  [
    'rail',
    '<form class="css-n5"><p>Sign up for our morning newsletter</p><input type="email" name="email"><button>Sign up</button></form>',
  ],
  ['feed', '<div class="css-c3"><p>Reader 3: will the timetable be printed at the terminal as well?</p></div>'],
  // Known ad slots (exact selectors): a root that is one, and one inside a root.
  ['feed', '<div id="div-gpt-ad-feed-1" class="css-g1"></div>'],
  ['rail', '<div class="css-w2"><div id="div-gpt-ad-rail-2"></div></div>'],
];

function withLateRoots(): { doc: Document; roots: Element[]; state: ReturnType<typeof startEngine> } {
  const doc = loadDocument(PAGE);
  const state = startEngine(doc);
  runPass(state);
  const roots = LATE.map(([parent, html]) => {
    const holder = doc.createElement('div');
    holder.innerHTML = html;
    const root = holder.firstElementChild!;
    doc.getElementById(parent)!.append(root);
    return root;
  });
  return { doc, roots, state };
}

const marks = (doc: Document): string[] =>
  Array.from(doc.querySelectorAll(`[${HIDDEN_ATTR}]`), (el) => `${el.getAttribute(HIDDEN_ATTR)} ${el.textContent}`).sort();

/** What a reader sees of the page: each element with text of its own, shown or hidden. */
const seen = (doc: Document): string[] =>
  Array.from(doc.body.querySelectorAll('*'))
    .filter((el) => Array.from(el.childNodes).some((n) => n.nodeType === 3 && n.nodeValue!.trim()))
    .map((el) => `${el.closest(`[${HIDDEN_ATTR}]`) ? 'hidden' : 'shown'} ${el.textContent}`);

const countingClock = (): (() => number) => {
  let t = 0;
  return () => t++;
};

describe('a batch of late subtrees is one pass (issue 11)', () => {
  it('hides and keeps what a pass per subtree does', () => {
    const perRoot = withLateRoots();
    for (const root of perRoot.roots) runPass(perRoot.state, root);
    const batch = withLateRoots();
    const result = runBatch(batch.state, batch.roots);
    expect(result.budgetExceeded).toBe(false);
    // What the reader sees is the same. The records may differ where one box holds another (here
    // the rail: its share bar inside the newsletter box the promo climb takes): the batch runs each
    // category over all roots before the next one, as the first pass does over the whole body.
    expect(seen(batch.doc)).toEqual(seen(perRoot.doc));
    // The batch saw the clutter of several kinds, and no comment or story paragraph went.
    expect(new Set(result.hidden.map((r) => r.category)).size).toBeGreaterThanOrEqual(3);
    expect(marks(batch.doc).some((m) => m.includes('Reader') || m.includes('Paragraph'))).toBe(false);
    for (const id of ['div-gpt-ad-feed-1', 'div-gpt-ad-rail-2'])
      expect(batch.doc.getElementById(id)!.closest(`[${HIDDEN_ATTR}]`)).not.toBeNull();
  });

  it('scans the text of every root, in order, as one scan each would', () => {
    const { doc, roots, state } = withLateRoots();
    const one = roots.flatMap((r) => [...createContext(doc, [r], state.parts, true, Infinity, () => 0).shortTexts()]);
    const all = [...createContext(doc, roots, state.parts, true, Infinity, () => 0, undefined, startTextScan(doc, roots)).shortTexts()];
    expect(all.map((s) => s.text)).toEqual(one.map((s) => s.text));
    expect(all.length).toBeGreaterThan(roots.length);
  });

  it('cut short by its budget, its resumed retries end with what one whole pass hides', () => {
    const whole = withLateRoots();
    runBatch(whole.state, whole.roots);
    const cut = withLateRoots();
    cut.state.options.now = countingClock();
    cut.state.options.budgetMs = 8;
    let result = runBatch(cut.state, cut.roots, Infinity);
    expect(result.budgetExceeded).toBe(true);
    for (let retries = 0; result.budgetExceeded && retries < 200; retries++) result = runBatch(cut.state, cut.roots, Infinity, true);
    expect(result.budgetExceeded).toBe(false);
    expect(marks(cut.doc)).toEqual(marks(whole.doc));
  });
});
