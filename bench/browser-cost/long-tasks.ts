/**
 * Issue 10's "a 100,000-node page and a 5,000-deep nesting: cleaned without a long task over
 * 200 ms": the robustness tests' pages (test/browser/support/robustness-pages.ts), loaded in
 * Chromium with the built extension and with none. Two figures per load:
 * - the browser's longest task (PerformanceObserver 'longtask', from before the first parse):
 *   it includes the page's own parse, one task of up to a second on the huge page with or without
 *   us, hence the without-extension column;
 * - our longest slice: the longest stretch of the content script's work in one task, as its
 *   report says (page-session.ts `timed`).
 * Median of ROUNDS loads each; page scripts on (the deep page builds its chain by script).
 */
import type { ExtensionBrowser } from '../../scripts/dev/extension-browser';
import { launchChromium } from '../../scripts/dev/launch-chromium';
import { loadPage } from '../../scripts/dev/load-page';
import { startServer } from '../../scripts/dev/static-server';
import { longestSlice, longestTask } from '../../test/browser/support/long-tasks';
import { ROBUST, robustnessPages } from '../../test/browser/support/robustness-pages';
import { knownMedian } from './stats';

export const LONG_TASK_TARGET_MS = 200;
const ROUNDS = 3;

export interface LongTaskRow {
  page: string;
  nodes: number;
  /** The browser's longest task without the extension, with it, and our longest slice: medians, ms. */
  withoutMs: number | null;
  withMs: number | null;
  sliceMs: number | null;
  slices: Array<number | null>;
}

const PAGES: Array<[string, string]> = [
  ['100,000 nodes', ROBUST.huge],
  ['5,000-deep nesting', ROBUST.deep],
];

export async function measureLongTasks(distDir: string): Promise<LongTaskRow[]> {
  const server = await startServer({ virtual: robustnessPages() });
  const browsers: ExtensionBrowser[] = [];
  try {
    const ours = await launchChromium(distDir);
    browsers.push(ours);
    const bare = await launchChromium(null);
    browsers.push(bare);
    const rows: LongTaskRow[] = [];
    for (const [name, path] of PAGES) {
      const withMs: Array<number | null> = [];
      const withoutMs: Array<number | null> = [];
      const slices: Array<number | null> = [];
      let nodes = 0;
      for (let round = 0; round < ROUNDS; round++) {
        const loaded = await loadPage(ours, server.url(path));
        nodes = (await loaded.page.evaluate(`document.getElementsByTagName('*').length`)) as number;
        withMs.push(await longestTask(loaded.page));
        slices.push(await longestSlice(ours, loaded.tabId));
        await loaded.page.close();
        const page = await bare.browser.newPage();
        await page.goto(server.url(path), { waitUntil: 'load', timeout: 30_000 });
        await new Promise((r) => setTimeout(r, 1000));
        withoutMs.push(await longestTask(page));
        await page.close();
      }
      rows.push({
        page: name,
        nodes,
        withoutMs: knownMedian(withoutMs),
        withMs: knownMedian(withMs),
        sliceMs: knownMedian(slices),
        slices,
      });
    }
    return rows;
  } finally {
    for (const b of browsers) await b.close().catch(() => undefined);
    await server.close();
  }
}

if (process.argv[1]?.endsWith('long-tasks.ts')) {
  const { DIST_CHROME } = await import('../../scripts/dev/repo');
  console.log(JSON.stringify(await measureLongTasks(DIST_CHROME), null, 1));
}
