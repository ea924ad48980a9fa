/**
 * Main-thread time of extension scripts in a tab, from V8's sampling CPU profiler: the time of every
 * sample with an extension script (`chrome-extension://…`) anywhere on its stack, so the engine's
 * own functions and the regex and DOM calls they make all count, wherever the task came from.
 *
 * Why not CDP ScriptDuration (the measure until 2026-12-03): it counts a content script's top-level
 * run and its event listeners, but not its promise continuations. The run's calibration shows it
 * (method-check.ts): a busy-wait after `chrome.storage.local.get()` resolves is 0 ms to
 * ScriptDuration and its full length here. Our content script does nearly all its work there
 * (it reads its settings first), so ScriptDuration saw its start-up and little else: about a tenth.
 *
 * Not counted: garbage collection the script causes (the profiler puts it under its own root) and
 * style or layout the page does after our changes. Sampling adds a little to what it measures;
 * Readability is timed while the profiler runs too (load-cost.ts), so both pay it alike.
 */
import type { CDPSession } from 'puppeteer-core';

/** Sampling interval, µs: fine enough for 1 ms costs, coarse enough to add little to them. */
const PROFILE_INTERVAL_US = 200;
/** A sample stands for the time to the next one, but never for more than this (a stalled profiler). */
const MAX_SAMPLE_US = 10 * PROFILE_INTERVAL_US;
const EXTENSION_URL = /^(chrome|moz)-extension:\/\//;

interface ProfileNode {
  id: number;
  callFrame: { url: string };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export async function startProfile(cdp: CDPSession): Promise<void> {
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: PROFILE_INTERVAL_US });
  await cdp.send('Profiler.start');
}

/** Stops the profiler and returns the extension scripts' time, in ms. */
export async function stopProfile(cdp: CDPSession): Promise<number> {
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  await cdp.send('Profiler.disable');
  return extensionMs(profile);
}

export function extensionMs(profile: Profile): number {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const ours = new Map<number, boolean>();
  const isOurs = (id: number): boolean => {
    let known = ours.get(id);
    if (known === undefined) {
      const up = parent.get(id);
      known = EXTENSION_URL.test(byId.get(id)?.callFrame.url ?? '') || (up !== undefined && isOurs(up));
      ours.set(id, known);
    }
    return known;
  };
  let us = 0;
  profile.samples.forEach((id, i) => {
    if (isOurs(id)) us += Math.min(profile.timeDeltas[i + 1] ?? PROFILE_INTERVAL_US, MAX_SAMPLE_US);
  });
  return us / 1000;
}
