/**
 * The real-page measure: each page of the news-labelled corpus served under its own https:// host,
 * loaded in headless Chromium without and with the built extension, and scored on its labels
 * (keep: article sentences still visible; hide: clutter occurrences gone). Method: the corpus README.
 *
 * Run alone: `npx tsx bench/news-labelled.ts [--pages a,b] [--split tune|held-out|all] [--json out.json]`
 * (builds the extension first unless TIDY_DIST_CHROME points at a build).
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { corpusDir, listPages, readLabel, REPO, splitOf, type Split } from './news-labelled/corpus';
import { normalise, scorePage } from './news-labelled/measure';
import { launchPageBrowser, readPage, type PageBrowser, type PageReading } from './news-labelled/page-browser';
import { newsLabelledReport, type NewsLabelledRow } from './news-labelled/report';
import { startPageServer } from './news-labelled/tls-server';

export { newsLabelledReport, type NewsLabelledRow };

export interface NewsLabelledOptions {
  /** The built Chromium extension (dist/chrome). */
  distDir: string;
  corpus?: string;
  /** Page names to run (default: all); the split still filters them. */
  pages?: string[];
  split?: Split | 'all';
  /** Pages open at once in each browser. */
  concurrency?: number;
  onProgress?: (line: string) => void;
}

/** Runs `work` over `items`, `limit` at a time, results in input order. */
async function mapPool<T, R>(items: T[], limit: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let i = next++; i < items.length; i = next++) results[i] = await work(items[i], i);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** A failed read counts as an empty page, named in the notes, so one broken page does not stop a run. */
async function readOrEmpty(target: PageBrowser, url: string): Promise<PageReading> {
  try {
    return await readPage(target, url);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      text: '',
      hiddenByCategory: {},
      isArticle: null,
      kindReason: null,
      loadTimedOut: false,
      notes: [`read failed: ${message}`],
    };
  }
}

export async function benchNewsLabelled(options: NewsLabelledOptions): Promise<NewsLabelledRow[]> {
  const dir = options.corpus ?? corpusDir();
  const labelled = listPages(dir);
  const missing = options.pages?.filter((page) => !labelled.includes(page)) ?? [];
  if (missing.length) throw new Error(`no labelled page in ${dir} named ${missing.join(', ')}`);
  const pages = labelled.filter(
    (page) =>
      (!options.pages || options.pages.includes(page)) && (!options.split || options.split === 'all' || splitOf(page) === options.split),
  );
  const labels = new Map(pages.map((page) => [page, readLabel(dir, page)]));
  const server = await startPageServer(pages.map((page) => ({ url: labels.get(page)!.url, file: join(dir, `${page}.html`) })));
  const launched = await Promise.allSettled([launchPageBrowser(server.port, null), launchPageBrowser(server.port, options.distDir)]);
  try {
    const [plain, tidy] = launched.map((r) => {
      if (r.status === 'rejected') throw r.reason;
      return r.value;
    });
    return await mapPool(pages, options.concurrency ?? 2, async (page, i) => {
      const started = Date.now();
      const label = labels.get(page)!;
      const [without, withExt] = await Promise.all([readOrEmpty(plain, label.url), readOrEmpty(tidy, label.url)]);
      const row: NewsLabelledRow = {
        page,
        split: splitOf(page),
        ...scorePage(label, normalise(without.text), normalise(withExt.text)),
        hiddenByCategory: withExt.hiddenByCategory,
        isArticle: withExt.isArticle,
        kindReason: withExt.kindReason,
        loadTimedOut: without.loadTimedOut || withExt.loadTimedOut,
        notes: [...without.notes.map((n) => `without: ${n}`), ...withExt.notes.map((n) => `with: ${n}`)],
      };
      const seconds = ((Date.now() - started) / 1000).toFixed(1);
      options.onProgress?.(
        `[${i + 1}/${pages.length}] ${page}: keep ${row.keepKept}/${row.keepSeen}, hide ${row.hideGone}/${row.hideSeen} (${seconds} s)`,
      );
      return row;
    });
  } finally {
    await Promise.all(launched.flatMap((r) => (r.status === 'fulfilled' ? [r.value.browser.close()] : [])));
    await server.close();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { pages: { type: 'string' }, split: { type: 'string', default: 'all' }, json: { type: 'string' } },
  });
  const split = values.split;
  if (split !== 'all' && split !== 'tune' && split !== 'held-out') {
    console.error(`--split must be tune, held-out or all, not ${split}`);
    process.exitCode = 2;
    return;
  }
  const corpus = corpusDir();
  if (!existsSync(corpus)) {
    console.log(`No news-labelled corpus at ${corpus} (set TIDY_NEWS_LABELLED to its folder): nothing to measure.`);
    return;
  }
  let distDir = process.env.TIDY_DIST_CHROME;
  if (!distDir) {
    // Imported here, not at the top: the browser test imports this module and must not pull in the build.
    const { buildExtension } = await import('../scripts/build');
    await buildExtension();
    distDir = join(REPO, 'dist/chrome');
  }
  const started = Date.now();
  const rows = await benchNewsLabelled({
    distDir,
    corpus,
    pages: values.pages
      ?.split(',')
      .map((p) => p.trim())
      .filter(Boolean),
    split,
    onProgress: (line) => console.error(line),
  });
  console.error(`${rows.length} pages in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  if (values.json) writeFileSync(values.json, `${JSON.stringify(rows, null, 2)}\n`);
  console.log(newsLabelledReport(rows));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
