/**
 * `npm run build`: bundles the scripts with esbuild (minified), writes the rule stylesheet, renders
 * the icons from icons/icon.svg and writes one manifest per browser from the source manifest.
 * Prints each bundle's size; content.js over its budget is reported with what is in it, and fails
 * the build with `--strict` (see CONTENT_BUDGET).
 */
import { build, type BuildOptions, type Metafile } from 'esbuild';
import { Resvg } from '@resvg/resvg-js';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { documentStartCss } from '../src/core/exact-selectors';
import { markStylesheet } from '../src/core/marks';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BROWSERS = ['chrome', 'firefox'] as const;
type Browser = (typeof BROWSERS)[number];

const ENTRIES = {
  content: 'src/content/index.ts',
  background: 'src/background/index.ts',
  popup: 'src/popup/popup.ts',
  options: 'src/options/options.ts',
};
const NATIVE_BROWSER = join(ROOT, 'src/shared/native-browser.ts');
const STATIC = ['src/popup/popup.html', 'src/popup/popup.css', 'src/options/options.html', 'src/options/options.css'];
const ICON_SIZES = [16, 32, 48, 128];

/**
 * content.js is parsed and run on every page the reader opens, article or not (issue 11): at most
 * this many bytes, minified. Extraction is not in it (the popup extracts, src/shared/snapshot.ts).
 */
export const CONTENT_BUDGET = 50 * 1024;
const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

/** The parts of manifest.json the build rewrites; the rest is copied as it is. */
interface Manifest extends Record<string, unknown> {
  version?: string;
  background: { service_worker: string; scripts?: string[] };
  browser_specific_settings?: unknown;
}

function manifestFor(browser: Browser): Record<string, unknown> {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as Manifest;
  manifest.version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  if (browser === 'chrome') {
    // Chrome uses the service worker; the Gecko settings are Firefox's alone.
    manifest.background = { service_worker: manifest.background.service_worker };
    delete manifest.browser_specific_settings;
  }
  return manifest;
}

/** What makes up a bundle, by source directory (biggest first), from esbuild's metafile. */
export function bundleBreakdown(metafile: Metafile, bundle: string): Array<[string, number]> {
  const output = Object.entries(metafile.outputs).find(([file]) => file.endsWith(`/${bundle}`))?.[1];
  const byDir = new Map<string, number>();
  for (const [file, { bytesInOutput }] of Object.entries(output?.inputs ?? {})) {
    const dir = file.includes('node_modules/') ? file.replace(/^.*node_modules\/((@[^/]+\/)?[^/]+).*$/, '$1') : dirname(file);
    byDir.set(dir, (byDir.get(dir) ?? 0) + bytesInOutput);
  }
  return [...byDir].sort((a, b) => b[1] - a[1]);
}

/**
 * V8's explicit compile hint (Chrome 136+; a comment elsewhere): compile every function of the
 * script when it loads instead of pre-parsing each and parsing it again on its first call. Most of
 * a content script's cost on a fresh tab is compiling it (a reload in the same tab, with V8's caches
 * warm, costs a third: 21.8 against 70.0 ms, median of 12 corpus pages), and nearly every function
 * of content.js runs on an article. Measured with bench/browser-cost.ts's profiler, 12 pages x 3
 * loads, alternating, two runs: median 94.1 -> 72.3 and 82.0 -> 62.9 ms, -23% both (issue 11).
 */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/** One line per bundle; null when content.js is within its budget, else the message saying what is in it. */
function sizeReport(metafile: Metafile, browser: Browser, out: string): { lines: string[]; over: string | null } {
  const sizes = Object.entries(metafile.outputs).map(([file, { bytes }]) => [relative(out, resolve(file)), bytes] as const);
  const lines = sizes.map(([file, bytes]) => `  ${browser}/${file}: ${kb(bytes)}`);
  const content = sizes.find(([file]) => file === 'content.js')?.[1] ?? 0;
  if (content <= CONTENT_BUDGET) return { lines, over: null };
  const parts = bundleBreakdown(metafile, 'content.js').map(([dir, bytes]) => `    ${kb(bytes).padStart(8)}  ${dir}`);
  const over = `${browser}/content.js is ${kb(content)}, over its ${kb(CONTENT_BUDGET)} budget (issue 11). What is in it:\n${parts.join('\n')}`;
  return { lines, over };
}

export async function buildExtension({ strict = false } = {}): Promise<void> {
  const css = `/* Tidy News: rules known up front, applied at document_start. */\n${documentStartCss()}\n\n/* Marks set by the engine. */\n${markStylesheet()}\n`;
  const svg = readFileSync(join(ROOT, 'icons/icon.svg'));
  const icons = ICON_SIZES.map((size) => ({ size, png: new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng() }));
  for (const browser of BROWSERS) {
    const out = join(ROOT, 'dist', browser);
    rmSync(out, { recursive: true, force: true });
    mkdirSync(join(out, 'icons'), { recursive: true });
    const options: BuildOptions = {
      outdir: out,
      bundle: true,
      format: 'iife',
      target: browser === 'chrome' ? 'chrome120' : 'firefox142',
      // Smaller to parse on every page; the stores accept minified code that is built from this source.
      minify: true,
      legalComments: 'none',
      // Patterns in many scripts stay as written (UTF-8, which extension scripts must be anyway)
      // rather than as \u escapes: 0.7 KB less of content.js to parse on every page.
      charset: 'utf8',
      logLevel: 'warning',
      metafile: true,
    };
    const { content, popup, ...pages } = ENTRIES;
    const results = await Promise.all([
      // The content script runs on the browser's own API (src/shared/native-browser.ts says why).
      build({ ...options, entryPoints: { content }, alias: { 'webextension-polyfill': NATIVE_BROWSER }, banner: { js: COMPILE_HINT } }),
      // The popup is a module: extraction is a chunk of its own, loaded while the headline shows.
      build({ ...options, entryPoints: { popup }, format: 'esm', splitting: true, chunkNames: 'chunks/[name]-[hash]' }),
      build({ ...options, entryPoints: pages }),
    ]);
    const metafile: Metafile = { inputs: {}, outputs: {} };
    for (const { metafile: m } of results) {
      Object.assign(metafile.inputs, m?.inputs);
      Object.assign(metafile.outputs, m?.outputs);
    }
    const sizes = sizeReport(metafile, browser, out);
    console.log(sizes.lines.join('\n'));
    if (sizes.over && strict) throw new Error(sizes.over);
    if (sizes.over) console.warn(`Warning: ${sizes.over}\n  (npm run build -- --strict fails on this.)`);
    for (const file of STATIC) cpSync(join(ROOT, file), join(out, file.split('/').pop()!));
    cpSync(join(ROOT, '_locales'), join(out, '_locales'), { recursive: true });
    writeFileSync(join(out, 'content.css'), css);
    for (const { size, png } of icons) writeFileSync(join(out, `icons/icon-${size}.png`), png);
    writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(manifestFor(browser), null, 2)}\n`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    await buildExtension({ strict: process.argv.includes('--strict') });
  } catch (error) {
    console.error(`Build failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
  console.log('Built dist/chrome and dist/firefox');
}
