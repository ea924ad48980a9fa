/**
 * `npm run bench:browser` (issue 11): what the content script costs in real Chromium, its size, the
 * popup's time to headline and late clutter. Run alone:
 * `npx tsx bench/browser-cost.ts [--pages N] [--first] [--json out.json] [--no-firefox] [--dist DIR]`, or as
 * the "Cost in a real browser" section of `npm run bench`. `TIDY_BENCH_ONLY=popup` runs the popup
 * timing alone (same pages, same openings; about a minute instead of four).
 *
 * Method (checked on every run, see browser-cost/method-check.ts, and reported):
 * - Three headless Chromiums: the built extension (a snapshot of dist/chrome), the do-nothing
 *   extension (one document_start content script setting an attribute, generated in a temp folder),
 *   and a second do-nothing browser for the floor check. Every page loads under its own https://
 *   URL from a local server; every request but the main document is aborted.
 * - The page's own scripts are OFF (page.setJavaScriptEnabled(false) = Emulation.
 *   setScriptExecutionDisabled). Verified: that stops the page's inline scripts but not extension
 *   content scripts (they run in their isolated world; the engine hides as usual, and its timers
 *   and observer run). Sub-resources are refused anyway, so only inline page scripts could run;
 *   with them off the main thread runs nothing but the content script and the browser's own
 *   per-page work, which the do-nothing extension has too. With page scripts on, their time
 *   (3–200 ms on these pages, varying load to load) would swamp a 5 ms difference. The price: the
 *   page is its static HTML (no script-inserted ads; <noscript> parsed as markup), so the engine
 *   sees less clutter on some pages than a reader's browser shows (wapo-1: 4 hidden against 23
 *   with scripts on, when this was written).
 * - Cost = the extension scripts' main-thread time by V8's CPU profiler (bench/browser-cost/
 *   extension-cpu.ts: every 200 µs sample with an extension frame on its stack), from before the
 *   navigation until the page has gone quiet (TaskDuration growing by under 0.5 ms per 60 ms poll,
 *   three polls running, after `load`), in a
 *   fresh tab; median of three loads, ours minus do-nothing. Verified to see content-script time
 *   wherever it runs: a calibration extension busy-waiting 20 ms at DOMContentLoaded and 10 ms after
 *   its storage read resolves measures ≈ 30 ms more. Until 2026-12-03 the cost was CDP ScriptDuration,
 *   calibrated on the DOMContentLoaded busy-wait alone; it does not count promise continuations (the
 *   10 ms reads 0), where our content script does nearly all its work, so it saw about a tenth of
 *   it. It is kept in the JSON and the table beside the measure.
 * - Against `new Readability(document.cloneNode(true)).parse()` in an isolated world
 *   (Page.createIsolatedWorld) of the do-nothing tab after its reading, timed with performance.now()
 *   around the call (main-thread wall time, as the calibration's busy-wait is) while the profiler
 *   still runs, so both carry its overhead; median of the three loads.
 * - Floor: the second do-nothing browser minus the first, over the same Readability time.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { prepareExtensions } from './browser-cost/extensions';
import { measureFirefox, type FirefoxCost } from './browser-cost/firefox';
import { measureLateClutter, latePageRoute, type LateClutter } from './browser-cost/late-clutter';
import { measureLongTasks, type LongTaskRow } from './browser-cost/long-tasks';
import { launchCostChromium } from './browser-cost/launch';
import { checkMethod, methodPageRoute, type MethodCheck } from './browser-cost/method-check';
import { measurePageCost, type CostBrowsers, type PageCost } from './browser-cost/page-costs';
import { corpusPages, nonArticlePages, routesOf, type BenchPage } from './browser-cost/pages';
import { measurePopup, popupPagesOf, type PopupTiming } from './browser-cost/popup-time';
import { measureLoad } from './browser-cost/load-cost';
import { costReport, popupSection } from './browser-cost/report';
import { contentScriptSize, type ScriptSize } from './browser-cost/script-size';
import { startPageServer } from './news-labelled/tls-server';

const ROOT = join(import.meta.dirname, '..');
/** Corpus pages, spread over the corpus (pages.ts): nine loads each, so a full run stays near 4 minutes on 2 shared cores. */
export const DEFAULT_PAGES = 12;
const ROUNDS = 3;
/** The popup is timed on the demo page and the corpus pages with the longest articles (Readability's text). */
const POPUP_CORPUS_PAGES = 5;
/** Each late-clutter run takes about 7 s per browser. */
const LATE_ROUNDS = 2;
const POPUP_OPENS = 5;
/** Firefox loads are slow over BiDi (about 4 s a page for six loads): the first three pages. */
const FIREFOX_PAGES = 3;

const DEMO_PAGE: BenchPage = {
  page: 'demo/article.html',
  url: 'https://demo.tidy-bench.example/article.html',
  file: join(ROOT, 'demo/article.html'),
};

export interface BrowserCostOptions {
  corpusDir: string;
  distDir?: string;
  pages?: number;
  /** The first `pages` pages by name instead of a spread over the corpus. */
  first?: boolean;
  firefox?: boolean;
  log?: (line: string) => void;
}

export interface BrowserCost {
  date: string;
  pagesAsked: number;
  corpusPages: number;
  sample: 'spread' | 'first';
  rounds: number;
  seconds: number;
  /** Wall time per part of the run, s. */
  phases: Record<string, number>;
  method: MethodCheck;
  corpus: PageCost[];
  nonArticle: PageCost[];
  size: ScriptSize;
  popup: PopupTiming[];
  late: LateClutter;
  /** Issue 10: the longest task on the huge and the deep page, and our longest slice. */
  longTasks: LongTaskRow[];
  firefox: FirefoxCost | string;
}

export async function benchBrowserCost(options: BrowserCostOptions): Promise<BrowserCost> {
  const started = Date.now();
  const log = options.log ?? ((line: string) => console.log(line));
  const distDir = options.distDir ?? join(ROOT, 'dist/chrome');
  const pagesAsked = options.pages ?? DEFAULT_PAGES;
  const extensions = prepareExtensions(distDir);
  const work = mkdtempSync(join(tmpdir(), 'tidy-bench-pages-'));
  const method = methodPageRoute(work);
  const corpus = corpusPages(options.corpusDir, pagesAsked, options.first);
  const nonArticle = nonArticlePages(join(ROOT, 'test/fixtures/non-article'));
  const late = latePageRoute(work);
  const server = await startPageServer([...routesOf([...corpus, ...nonArticle, DEMO_PAGE]), method, late]).catch((error: unknown) => {
    extensions.dispose();
    rmSync(work, { recursive: true, force: true });
    throw error;
  });
  const launched: Array<{ close(): Promise<void> }> = [];
  const phases: Record<string, number> = {};
  let phaseStart = Date.now();
  const phase = (name: string): void => {
    phases[name] = (Date.now() - phaseStart) / 1000;
    phaseStart = Date.now();
  };
  try {
    const size = await contentScriptSize(extensions.ours);
    const launch = async (dir: string) => {
      const b = await launchCostChromium(dir, server.port);
      launched.push(b);
      return b;
    };
    const browsers: CostBrowsers = {
      ours: await launch(extensions.ours),
      nothing: await launch(extensions.nothing),
      floor: await launch(extensions.nothing),
    };
    const calibration = await launch(extensions.calibration);
    log('Method check…');
    const methodCheck = await checkMethod(browsers.nothing, calibration, method.url, ROUNDS);
    phase('launch and method check');
    const costs = async (pages: BenchPage[], what: string): Promise<PageCost[]> => {
      const rows: PageCost[] = [];
      for (const [i, page] of pages.entries()) {
        rows.push(await measurePageCost(browsers, page, ROUNDS));
        log(`${what} ${i + 1}/${pages.length} ${page.page}: ${rows[i].costMs.toFixed(1)} ms, ratio ${rows[i].ratio.toFixed(2)}`);
      }
      return rows;
    };
    const corpusRows = await costs(corpus, 'Corpus');
    phase('corpus pages');
    const nonArticleRows = await costs(nonArticle, 'Non-article');
    phase('non-article pages');
    log('Popup time to headline…');
    const popup = await measurePopup(browsers.ours, popupPagesOf(DEMO_PAGE, corpus, corpusRows, POPUP_CORPUS_PAGES), POPUP_OPENS);
    phase('popup');
    log('Late clutter…');
    const lateClutter = await measureLateClutter(browsers.ours, browsers.nothing, LATE_ROUNDS);
    phase('late clutter');
    for (const b of launched.splice(0)) await b.close();
    log('Long tasks on huge pages…');
    const longTasks = await measureLongTasks(distDir);
    phase('long tasks');
    log('Firefox…');
    const firefox =
      options.firefox === false
        ? 'skipped (--no-firefox)'
        : await measureFirefox(
            { ours: extensions.oursFirefox, nothing: extensions.nothing, calibration: extensions.calibration },
            options.corpusDir,
            corpus.slice(0, FIREFOX_PAGES),
            ROUNDS,
          ).catch((error: unknown) => `failed: ${String(error)}`);
    phase('firefox');
    return {
      date: new Date().toISOString(),
      pagesAsked,
      corpusPages: corpus.length,
      sample: options.first ? 'first' : 'spread',
      rounds: ROUNDS,
      seconds: (Date.now() - started) / 1000,
      phases,
      method: methodCheck,
      corpus: corpusRows,
      nonArticle: nonArticleRows,
      size,
      popup,
      late: lateClutter,
      longTasks,
      firefox,
    };
  } finally {
    for (const b of launched) await b.close().catch(() => undefined);
    await server.close();
    extensions.dispose();
    rmSync(work, { recursive: true, force: true });
  }
}

/**
 * `TIDY_BENCH_ONLY=popup`: the popup part alone, on the pages the full run picks (the demo page and
 * the corpus pages with the longest Readability text, from one load each in the do-nothing browser).
 */
export async function benchPopupOnly(options: BrowserCostOptions): Promise<PopupTiming[]> {
  const log = options.log ?? ((line: string) => console.log(line));
  const extensions = prepareExtensions(options.distDir ?? join(ROOT, 'dist/chrome'));
  const corpus = corpusPages(options.corpusDir, options.pages ?? DEFAULT_PAGES, options.first);
  const server = await startPageServer(routesOf([...corpus, DEMO_PAGE]));
  const launched: Array<{ close(): Promise<void> }> = [];
  try {
    const [ours, nothing] = [
      await launchCostChromium(extensions.ours, server.port),
      await launchCostChromium(extensions.nothing, server.port),
    ];
    launched.push(ours, nothing);
    const chars = [];
    for (const page of corpus)
      chars.push({ page: page.page, readabilityChars: (await measureLoad(nothing, page.url, true)).readability!.chars });
    log('Popup time to headline…');
    return await measurePopup(ours, popupPagesOf(DEMO_PAGE, corpus, chars, POPUP_CORPUS_PAGES), POPUP_OPENS);
  } finally {
    for (const b of launched) await b.close().catch(() => undefined);
    await server.close();
    extensions.dispose();
  }
}

export { costReport };

if (process.argv[1]?.endsWith('browser-cost.ts')) {
  const { values } = parseArgs({
    options: {
      pages: { type: 'string' },
      first: { type: 'boolean' },
      json: { type: 'string' },
      corpus: { type: 'string' },
      'no-firefox': { type: 'boolean' },
      dist: { type: 'string' },
    },
  });
  const options: BrowserCostOptions = {
    corpusDir: values.corpus ?? process.env.TIDY_CORPUS ?? join(ROOT, '../shared/corpus/readability'),
    distDir: values.dist,
    pages: values.pages ? Number(values.pages) : undefined,
    first: values.first,
    firefox: !values['no-firefox'],
  };
  const only = process.env.TIDY_BENCH_ONLY;
  if (only && only !== 'popup') throw new Error(`TIDY_BENCH_ONLY=${only}: only "popup" can run alone`);
  const result = only ? await benchPopupOnly(options) : await benchBrowserCost(options);
  if (values.json) writeFileSync(values.json, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`\n${Array.isArray(result) ? popupSection(result).join('\n') : costReport(result)}`);
}
