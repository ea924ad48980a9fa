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

  it('batches additions, keeps outermost roots, caps a batch', async () => {
    const batches: number[] = [];
    observeAdditions(dom.window.document.documentElement, (roots) => batches.push(roots.length), limits);
    add(5);
    await settle(60);
    expect(batches).toEqual([3]);
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
