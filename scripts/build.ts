/**
 * `npm run build`: bundles the scripts with esbuild, writes the rule stylesheet, renders the icons
 * from icons/icon.svg and writes one manifest per browser from the source manifest.
 */
import { build } from 'esbuild';
import { Resvg } from '@resvg/resvg-js';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
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
const STATIC = ['src/popup/popup.html', 'src/popup/popup.css', 'src/options/options.html', 'src/options/options.css'];
const ICON_SIZES = [16, 32, 48, 128];

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

export async function buildExtension(): Promise<void> {
  const css = `/* Tidy News: rules known up front, applied at document_start. */\n${documentStartCss()}\n\n/* Marks set by the engine. */\n${markStylesheet()}\n`;
  const svg = readFileSync(join(ROOT, 'icons/icon.svg'));
  const icons = ICON_SIZES.map((size) => ({ size, png: new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng() }));
  for (const browser of BROWSERS) {
    const out = join(ROOT, 'dist', browser);
    rmSync(out, { recursive: true, force: true });
    mkdirSync(join(out, 'icons'), { recursive: true });
    await build({
      entryPoints: ENTRIES,
      outdir: out,
      bundle: true,
      format: 'iife',
      target: browser === 'chrome' ? 'chrome120' : 'firefox142',
      minify: false,
      legalComments: 'none',
      logLevel: 'warning',
    });
    for (const file of STATIC) cpSync(join(ROOT, file), join(out, file.split('/').pop()!));
    cpSync(join(ROOT, '_locales'), join(out, '_locales'), { recursive: true });
    writeFileSync(join(out, 'content.css'), css);
    for (const { size, png } of icons) writeFileSync(join(out, `icons/icon-${size}.png`), png);
    writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(manifestFor(browser), null, 2)}\n`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await buildExtension();
  console.log('Built dist/chrome and dist/firefox');
}
