import { JSDOM } from 'jsdom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { observeAdditions } from '../../src/content/live-observer';

const limits = { DEBOUNCE_MS: 50, MAX_ROOTS: 3, MAX_BATCHES: 4, QUIET_MS: 1000 };

describe('live observer', () => {
  let dom: JSDOM;
  beforeEach(() => {
    dom = new JSDOM('<body><main></main></body>');
    vi.stubGlobal('MutationObserver', dom.window.MutationObserver);
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  const add = (n = 1): void => {
    const main = dom.window.document.querySelector('main')!;
    for (let i = 0; i < n; i++) main.append(dom.window.document.createElement('div'));
  };
  const settle = async (ms: number): Promise<void> => {
    await Promise.resolve(); // deliver mutation records
    await vi.advanceTimersByTimeAsync(ms);
  };

  it('batches additions and keeps outermost roots', async () => {
    const batches: Element[][] = [];
    observeAdditions(dom.window.document.documentElement, (roots) => batches.push(roots), limits);
    const outer = dom.window.document.createElement('section');
    dom.window.document.querySelector('main')!.append(outer);
    outer.append(dom.window.document.createElement('div'));
    add(1);
    await settle(60);
    expect(batches.length).toBe(1);
    expect(batches[0].length).toBe(2);
    expect(batches[0][0]).toBe(outer);
  });

  it('a batch over its cap becomes one scan of the body, so no late root is left out', async () => {
    const batches: Element[][] = [];
    observeAdditions(dom.window.document.documentElement, (roots) => batches.push(roots), limits);
    add(5);
    await settle(60);
    expect(batches).toEqual([[dom.window.document.body]]);
  });

  it('finds the outermost roots without comparing every pair of roots (issue 10)', async () => {
    const wide = { ...limits, MAX_ROOTS: 200, MAX_PENDING: 1000 };
    const batches: Element[][] = [];
    observeAdditions(dom.window.document.documentElement, (roots) => batches.push(roots), wide);
    add(150);
    await Promise.resolve(); // deliver mutation records
    // Node.contains is what a pairwise filter calls, 150 × 149 times here.
    const contains = vi.spyOn(dom.window.Node.prototype, 'contains');
    await vi.advanceTimersByTimeAsync(60);
    const calls = contains.mock.calls.length;
    contains.mockRestore();
    expect(batches.map((b) => b.length)).toEqual([150]);
    expect(calls).toBeLessThan(150);
  });

  it('goes quiet, wakes on scroll, and stops for good after MAX_BATCHES', async () => {
    let calls = 0;
    observeAdditions(dom.window.document.documentElement, () => calls++, limits);
    await settle(1100); // quiet: disconnected
    add();
    await settle(60);
    expect(calls).toBe(0);
    dom.window.dispatchEvent(new dom.window.Event('scroll'));
    add();
    await settle(60);
    expect(calls).toBe(1);
    for (let i = 0; i < 5; i++) {
      add();
      await settle(60);
    }
    expect(calls).toBe(limits.MAX_BATCHES);
    dom.window.dispatchEvent(new dom.window.Event('scroll'));
    add();
    await settle(60);
    expect(calls).toBe(limits.MAX_BATCHES);
  });
});

describe('live observer under a steady stream of changes (issue 10)', () => {
  let dom: JSDOM;
  const limits = { DEBOUNCE_MS: 50, MAX_WAIT_MS: 200, MAX_ROOTS: 3, MAX_PENDING: 10, MAX_BATCHES: 50, QUIET_MS: 1000, MAX_AWAKE_MS: 5000 };
  beforeEach(() => {
    dom = new JSDOM('<body><div id="ticker"></div><main></main><div id="scroller"></div></body>');
    vi.stubGlobal('MutationObserver', dom.window.MutationObserver);
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });
  const doc = (): Document => dom.window.document;
  const tick = (): void => doc().getElementById('ticker')!.replaceChildren(doc().createElement('span'));

  it('a ticker changing faster than the debounce does not starve an ad inserted next to it', async () => {
    const seen: Element[] = [];
    observeAdditions(doc().documentElement, (roots) => seen.push(...roots), limits);
    const ad = doc().createElement('aside');
    doc().querySelector('main')!.append(ad);
    // Every 40 ms, against a 50 ms debounce: the quiet wait alone never ends.
    for (let t = 0; t < 25; t++) {
      tick();
      await Promise.resolve();
      await vi.advanceTimersByTimeAsync(40);
    }
    expect(seen.includes(ad)).toBe(true);
  });

  it('a flood of additions overflows into one rescan of the body', async () => {
    const batches: Element[][] = [];
    observeAdditions(doc().documentElement, (roots) => batches.push(roots), limits);
    const main = doc().querySelector('main')!;
    for (let i = 0; i < 25; i++) main.append(doc().createElement('div'));
    await Promise.resolve();
    await vi.advanceTimersByTimeAsync(60);
    expect(batches).toEqual([[doc().body]]);
  });

  it('nodes added while asleep are scanned when a scroll inside an inner container wakes it', async () => {
    const batches: Element[][] = [];
    observeAdditions(doc().documentElement, (roots) => batches.push(roots), limits);
    await vi.advanceTimersByTimeAsync(1100); // quiet: asleep
    const lazy = doc().createElement('div');
    doc().querySelector('main')!.append(lazy);
    await Promise.resolve();
    await vi.advanceTimersByTimeAsync(60);
    expect(batches).toEqual([]);
    // Scroll events of inner containers do not bubble: only a capture listener on the document hears them.
    doc()
      .getElementById('scroller')!
      .dispatchEvent(new dom.window.Event('scroll', { bubbles: false }));
    await vi.advanceTimersByTimeAsync(60);
    expect(batches.length).toBe(1);
    expect(batches[0].some((root) => root.contains(lazy))).toBe(true);
  });
});

describe('live observer latency (issue 11: late clutter hidden within 200 ms)', () => {
  let dom: JSDOM;
  beforeEach(() => {
    dom = new JSDOM('<body><main></main></body>');
    vi.stubGlobal('MutationObserver', dom.window.MutationObserver);
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });
  const add = (): Element => dom.window.document.querySelector('main')!.appendChild(dom.window.document.createElement('div'));

  it('a lone addition after a calm spell is handed over within a frame, not after the debounce', async () => {
    const batches: Element[][] = [];
    observeAdditions(dom.window.document.documentElement, (roots) => batches.push(roots));
    const ad = add();
    await Promise.resolve();
    await vi.advanceTimersByTimeAsync(20);
    expect(batches).toEqual([[ad]]);
  });

  it('a steady stream is still batched: one addition every 10 ms for a second makes a handful of batches, each root handed over within 150 ms (a pass has the rest of the 200)', async () => {
    const batches: Array<{ at: number; roots: Element[] }> = [];
    const insertedAt = new Map<Element, number>();
    let now = 0;
    observeAdditions(dom.window.document.documentElement, (roots) => batches.push({ at: now, roots }));
    for (; now < 1000; now += 10) {
      insertedAt.set(add(), now);
      await Promise.resolve();
      await vi.advanceTimersByTimeAsync(10);
    }
    await vi.advanceTimersByTimeAsync(200);
    expect(batches.length).toBeLessThanOrEqual(12);
    const lag = batches.flatMap(({ at, roots }) => roots.map((r) => at - insertedAt.get(r)!));
    expect(lag.length).toBe(100);
    expect(Math.max(...lag)).toBeLessThan(150);
  });
});
