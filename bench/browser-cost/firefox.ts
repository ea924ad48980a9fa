/**
 * Firefox (ESR, over WebDriver BiDi as scripts/dev/launch-firefox.ts): what can be measured
 * there. BiDi has no Performance.getMetrics and the Gecko profiler's markers are not reachable from
 * it, so the Chromium measure (a CPU profile) has no Firefox figure. Measured instead, ours against the do-nothing
 * extension, median of three loads, from the page's navigation timing:
 * - the DOMContentLoaded handlers' time (domContentLoadedEventEnd − Start): the content script's
 *   first engine pass runs in a DOMContentLoaded listener when the settings arrived before the event
 *   (else just after it, and this reads 0), so it is that pass at most, not the later work;
 * - the load event end, the total the reader waits for;
 * - on the do-nothing tab, Readability's parse with performance.now() (in its own scope: parseIn);
 * - our engine's own timed work, from its report (`workMs`, page-session.ts): the nearest figure to
 *   the Chromium measure, not the same (wall time of its slices: GC and forced layout in them count,
 *   the script's start-up does not); the Chromium run reports both, so how they compare is known.
 * The first two are checked each run with the calibration extension (a 20 ms busy-wait at DOMContentLoaded,
 * 10 ms more after its storage read resolves).
 * Tried and dropped: a page-side probe summing main-thread gaps (MessageChannel ping-pong) read
 * 60–360 ms on an empty page on these shared machines, which swamps what it should measure.
 * Page scripts stay on (BiDi cannot switch them off here); every request but the main document is
 * aborted. Firefox rounds performance.now() to whole milliseconds.
 */
import type { Page } from 'puppeteer-core';
import type { ExtensionBrowser } from '../../scripts/dev/extension-browser';
import { launchFirefox } from '../../scripts/dev/launch-firefox';
import { startServer } from '../../scripts/dev/static-server';
import { askReport } from '../../scripts/dev/tabs';
import { engineWorkMs } from './load-cost';
import { CALIBRATION_ASYNC_MS, CALIBRATION_MS } from './extensions';
import { readabilityBundle } from './readability-probe';
import type { BenchPage } from './pages';
import { knownMedian, median } from './stats';

interface FirefoxRow {
  page: string;
  oursDclMs: number;
  nothingDclMs: number;
  readabilityMs: number;
  oursLoadMs: number;
  nothingLoadMs: number;
  hidden: number;
  /** Our engine's own timed work by its report (workMs, page-session.ts), median; null if it never answered. */
  oursWorkMs: number | null;
}

export interface FirefoxCost {
  calibrationMs: number;
  calibrationAsyncMs: number;
  /** Calibration − do-nothing on a small page: DOMContentLoaded handlers' time and load event end. */
  calibrationDclMs: number;
  calibrationLoadMs: number;
  rows: FirefoxRow[];
}

const READ = `(() => {
  const nav = performance.getEntriesByType('navigation')[0];
  return {
    dcl: nav ? nav.domContentLoadedEventEnd - nav.domContentLoadedEventStart : NaN,
    load: nav ? nav.loadEventEnd : NaN,
    hidden: document.querySelectorAll('[data-tidy-hidden]').length,
  };
})()`;

/**
 * BiDi sandboxes are not public in puppeteer, so the bundle runs in the page's world inside a scope
 * of its own: its `globalThis` is a local object, no page global is read or written.
 */
const parseIn = (bundle: string): string => `((globalThis) => {
  ${bundle}
  const t0 = performance.now();
  new globalThis.TidyBenchReadability(document.cloneNode(true)).parse();
  return performance.now() - t0;
})({})`;

interface Reading {
  dcl: number;
  load: number;
  hidden: number;
  workMs?: number | null;
}

async function quietPage(target: ExtensionBrowser): Promise<Page> {
  const page = await target.browser.newPage();
  await page.setRequestInterception(true);
  page.on(
    'request',
    (r) => void (r.isNavigationRequest() && r.frame() === page.mainFrame() ? r.continue() : r.abort()).catch(() => undefined),
  );
  return page;
}

async function read(page: Page, url: string): Promise<Reading> {
  await page.goto(url, { waitUntil: 'load', timeout: 20_000 });
  await new Promise((done) => setTimeout(done, 500));
  return (await page.evaluate(READ)) as Reading;
}

/** Loads `url` in a fresh tab of `target`, reads it, runs `then` on the tab, closes it. */
async function withLoad<T>(target: ExtensionBrowser, url: string, then: (r: Reading, page: Page) => T | Promise<T>): Promise<T> {
  const page = await quietPage(target);
  try {
    return await then(await read(page, url), page);
  } finally {
    await page.close();
  }
}

export interface FirefoxExtensions {
  ours: string | null;
  nothing: string;
  calibration: string;
}

export async function measureFirefox(
  dirs: FirefoxExtensions,
  corpusDir: string,
  pages: BenchPage[],
  rounds: number,
): Promise<FirefoxCost | string> {
  if (!dirs.ours) return 'no dist/firefox: Firefox skipped';
  const server = await startServer({
    root: corpusDir,
    virtual: { '/__bench__/method.html': { body: '<!doctype html><p>Calibration page.</p>' } },
  });
  const browsers: ExtensionBrowser[] = [];
  try {
    for (const dir of [dirs.ours, dirs.nothing, dirs.calibration]) browsers.push(await launchFirefox(dir));
    const [ours, nothing, calibration] = browsers;
    const bundle = await readabilityBundle();
    const cal: Reading[] = [];
    const base: Reading[] = [];
    for (let i = 0; i < rounds; i++) {
      cal.push(await withLoad(calibration, server.url('/__bench__/method.html'), (r) => r));
      base.push(await withLoad(nothing, server.url('/__bench__/method.html'), (r) => r));
    }
    const diff = (key: 'dcl' | 'load'): number => median(cal.map((r) => r[key])) - median(base.map((r) => r[key]));
    const rows: FirefoxRow[] = [];
    for (const { page: name } of pages) {
      const url = server.url(`/${name}/source.html`);
      const o: Reading[] = [];
      const n: Reading[] = [];
      const parse: number[] = [];
      for (let i = 0; i < rounds; i++) {
        // The report is asked after the timings are read: answering it is work of ours too.
        o.push(await withLoad(ours, url, async (r) => ({ ...r, workMs: engineWorkMs(await askReport(ours, url)) })));
        n.push(
          await withLoad(nothing, url, async (r, page) => {
            parse.push((await page.evaluate(parseIn(bundle))) as number);
            return r;
          }),
        );
      }
      rows.push({
        page: name,
        oursDclMs: median(o.map((r) => r.dcl)),
        nothingDclMs: median(n.map((r) => r.dcl)),
        readabilityMs: median(parse),
        oursLoadMs: median(o.map((r) => r.load)),
        nothingLoadMs: median(n.map((r) => r.load)),
        hidden: median(o.map((r) => r.hidden)),
        oursWorkMs: knownMedian(o.map((r) => r.workMs ?? null)),
      });
    }
    return {
      calibrationMs: CALIBRATION_MS,
      calibrationAsyncMs: CALIBRATION_ASYNC_MS,
      calibrationDclMs: diff('dcl'),
      calibrationLoadMs: diff('load'),
      rows,
    };
  } finally {
    for (const b of browsers) await b.close().catch(() => undefined);
    await server.close();
  }
}
