import { describe, expect, it } from 'vitest';
import { extensionMs } from '../../../bench/browser-cost/extension-cpu';

/** A CPU profile as CDP Profiler.stop returns it: a call tree, and one node id per sample. */
const frame = (url: string) => ({ url });
const profile = {
  nodes: [
    { id: 1, callFrame: frame(''), children: [2, 4, 5] },
    { id: 2, callFrame: frame('chrome-extension://abc/content.js'), children: [3] },
    // Native work called from the content script (a regex, a DOM call) is the script's time.
    { id: 3, callFrame: frame('') },
    { id: 4, callFrame: frame('https://example.com/page.js') },
    { id: 5, callFrame: frame('') },
  ],
  // µs to the next sample; a sample stands for that time.
  samples: [2, 3, 4, 5, 2, 2],
  timeDeltas: [0, 200, 200, 200, 200, 200],
};

describe('extensionMs', () => {
  it('counts samples with an extension frame anywhere on the stack, and nothing else', () => {
    // Samples 0, 1, 4 and 5 are ours; the last stands for one interval (no next delta).
    expect(extensionMs(profile)).toBeCloseTo(0.8, 5);
  });

  it('caps a sample at ten intervals, so a stalled profiler adds no phantom time', () => {
    const stalled = { ...profile, samples: [2, 4], timeDeltas: [0, 50_000] };
    expect(extensionMs(stalled)).toBeCloseTo(2, 5);
  });
});
