/**
 * One measured load: a fresh tab with the page's own scripts off (Emulation: content scripts still
 * run, checked by the run's method check) and every request but the main document aborted; the
 * renderer's main-thread figures once the page and the content script have gone quiet.
 */
import type { CDPSession, HTTPRequest, Page } from 'puppeteer-core';
import type { ExtensionBrowser } from '../../scripts/dev/extension-browser';
import { askReport } from '../../scripts/dev/tabs';
import { startProfile, stopProfile } from './extension-cpu';
import { mainThreadMs, timeReadability, type ReadabilityTiming } from './readability-probe';

const LOAD_TIMEOUT_MS = 20_000;
/**
 * Quiet = TaskDuration (all main-thread tasks) grown by less than QUIET_TASK_MS per poll over this
 * many polls (the engine's retries come 50 ms apart). Not "unchanged": each metrics read is a small
 * task of its own. Not ScriptDuration: it misses a content script's promise continuations
 * (extension-cpu.ts), so it can sit still while the engine works.
 */
const QUIET_TASK_MS = 0.5;
const POLL_MS = 60;
const QUIET_POLLS = 3;
const MAX_SETTLE_MS = 5000;

export interface LoadCost {
  /** Extension scripts' main-thread time from the CPU profiler (extension-cpu.ts): the measure. */
  cpuMs: number;
  /** CDP ScriptDuration: what the measure was until it proved blind to promise continuations. */
  scriptMs: number;
  /** Style and layout, and all main-thread tasks, at the same moment (see MainThreadMs). */
  layoutMs: number;
  taskMs: number;
  /** `[data-tidy-hidden]` elements: shows our content script ran (0 for the other extensions). */
  hidden: number;
  /** Attributes set on <html> by the bench extensions, and whether a page script ran. */
  marks: string[];
  settleTimedOut: boolean;
  readability?: ReadabilityTiming;
  /**
   * Our engine's own time by its report (`workMs`: every slice it timed, summed), asked once the
   * profile has stopped: what Firefox can be measured by (firefox.ts); null when not asked.
   */
  workMs: number | null;
}

const onlyTheDocument = (page: Page) => (request: HTTPRequest) => {
  const main = request.isNavigationRequest() && request.frame() === page.mainFrame();
  void (main ? request.continue() : request.abort()).catch(() => undefined);
};

/** A tab that runs no page script and fetches nothing but its main document, with Performance on. */
export async function openQuietPage(target: ExtensionBrowser, pageScripts = false): Promise<{ page: Page; cdp: CDPSession }> {
  const page = await target.browser.newPage();
  page.on('dialog', (dialog) => void dialog.dismiss().catch(() => undefined));
  await page.setJavaScriptEnabled(pageScripts);
  await page.setRequestInterception(true);
  page.on('request', onlyTheDocument(page));
  const cdp = await page.createCDPSession();
  await cdp.send('Performance.enable');
  return { page, cdp };
}

const taskMs = async (cdp: CDPSession): Promise<number> => (await mainThreadMs(cdp)).task;

/** Waits until the main thread's task time stops growing; false when it was still growing at the limit. */
export async function settle(cdp: CDPSession, maxMs = MAX_SETTLE_MS): Promise<boolean> {
  const until = Date.now() + maxMs;
  let last = await taskMs(cdp);
  let quiet = 0;
  while (Date.now() < until) {
    await new Promise((done) => setTimeout(done, POLL_MS));
    const now = await taskMs(cdp);
    quiet = now - last < QUIET_TASK_MS ? quiet + 1 : 0;
    last = now;
    if (quiet >= QUIET_POLLS) return true;
  }
  return false;
}

const READ_MARKS = `(() => ({
  hidden: document.querySelectorAll('[data-tidy-hidden]').length,
  marks: Array.from(document.documentElement.attributes, (a) => a.name).filter((n) => n.startsWith('data-tidy-bench') || n === 'data-page-script-ran'),
}))()`;

export async function measureLoad(
  target: ExtensionBrowser,
  url: string,
  withReadability = false,
  pageScripts = false,
  askWork = false,
): Promise<LoadCost> {
  const { page, cdp } = await openQuietPage(target, pageScripts);
  try {
    await startProfile(cdp);
    await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS });
    const settled = await settle(cdp);
    // Read before anything of ours runs in the page: later evaluates would add to the task times.
    const { script: scriptMs, layout: layoutMs, task: taskMs } = await mainThreadMs(cdp);
    const { hidden, marks } = (await page.evaluate(READ_MARKS)) as { hidden: number; marks: string[] };
    // Under the profiler too, so Readability's time carries the same sampling overhead as ours;
    // its frames are not an extension's, so they are not in cpuMs.
    const readability = withReadability ? await timeReadability(cdp) : undefined;
    const cpuMs = await stopProfile(cdp);
    const workMs = askWork ? engineWorkMs(await askReport(target, page.url())) : null;
    return { cpuMs, scriptMs, layoutMs, taskMs, hidden, marks, settleTimedOut: !settled, readability, workMs };
  } finally {
    await page.close();
  }
}

/** The report's `workMs` (page-session.ts), or null when the page did not answer with one. */
export const engineWorkMs = (report: Record<string, unknown> | null): number | null =>
  typeof report?.workMs === 'number' ? report.workMs : null;
