/**
 * The engine's time per page in a real browser: each corpus page is loaded into headless Chromium
 * (its own scripts off, network blocked), then one full pass runs with the page's layout — what
 * the content script does once the DOM is ready. Run alone: `npx tsx bench/browser-speed.ts`.
 * What the content script costs the page as a whole (issue 11's measure) is bench/browser-cost.ts.
 */
import { build } from 'esbuild';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { quantile } from './browser-cost/stats';

export interface SpeedRow {
  page: string;
  nodes: number;
  locateMs: number;
  passMs: number;
  timings: Record<string, number>;
}

const CHROMIUM = process.env.TIDY_CHROMIUM ?? '/usr/lib/chromium/chromium';
const ENTRY = `
  import { startEngine, runPass } from './src/core/engine';
  (globalThis as any).tidyBench = () => {
    const t0 = performance.now();
    const state = startEngine(document, { url: location.href, layout: { position: (el: Element) => getComputedStyle(el).position } });
    const t1 = performance.now();
    const pass = runPass(state);
    const t2 = performance.now();
    return { nodes: document.getElementsByTagName('*').length, locateMs: t1 - t0, passMs: t2 - t1, timings: pass.timings };
  };`;

export async function benchBrowserSpeed(dir: string): Promise<SpeedRow[]> {
  if (!existsSync(CHROMIUM)) return [];
  const bundle = await build({
    stdin: { contents: ENTRY, loader: 'ts', resolveDir: join(import.meta.dirname, '..') },
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
  });
  const script = bundle.outputFiles[0].text;
  const browser = await puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    pipe: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const rows: SpeedRow[] = [];
  try {
    const page = await browser.newPage();
    await page.setJavaScriptEnabled(false);
    await page.setRequestInterception(true);
    page.on('request', (r) => void (r.isNavigationRequest() ? r.continue() : r.abort()));
    for (const name of readdirSync(dir).sort()) {
      const file = join(dir, name, 'source.html');
      if (!existsSync(file)) continue;
      await page.setContent(readFileSync(file, 'utf8'), { waitUntil: 'domcontentloaded', timeout: 20_000 }).catch(() => undefined);
      // Page scripts are off, so the engine is evaluated directly (as the content script's isolated
      // world would run it), not through a <script> tag.
      const r = (await page.evaluate(`${script}\n;tidyBench()`)) as Omit<SpeedRow, 'page'>;
      rows.push({ page: name, ...r });
    }
  } finally {
    await browser.close();
  }
  return rows;
}

export function speedReport(rows: SpeedRow[]): string {
  if (rows.length === 0) return 'Chromium not found: browser timing skipped.';
  const total = rows.map((r) => r.locateMs + r.passMs);
  const slowest = [...rows].sort((a, b) => b.locateMs + b.passMs - (a.locateMs + a.passMs)).slice(0, 5);
  return [
    `Pages: ${rows.length}. Locate + one full pass, per page: median ${quantile(total, 0.5).toFixed(1)} ms, ` +
      `p90 ${quantile(total, 0.9).toFixed(1)} ms, max ${Math.max(...total).toFixed(1)} ms (unbounded here; in the content script the work runs in slices of 40 ms and goes on where it stopped).`,
    '',
    '| slowest pages | elements | locate ms | pass ms | slowest category |',
    '|---|---|---|---|---|',
    ...slowest.map((r) => {
      const [cat, ms] = Object.entries(r.timings).sort((a, b) => b[1] - a[1])[0] ?? ['-', 0];
      return `| ${r.page} | ${r.nodes} | ${r.locateMs.toFixed(1)} | ${r.passMs.toFixed(1)} | ${cat} ${ms.toFixed(1)} ms |`;
    }),
  ].join('\n');
}

if (process.argv[1]?.endsWith('browser-speed.ts')) {
  const dir = process.argv[2] ?? join(import.meta.dirname, '../../shared/corpus/readability');
  console.log(speedReport(await benchBrowserSpeed(dir)));
}
