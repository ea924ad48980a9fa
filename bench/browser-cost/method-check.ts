/**
 * The run checks its own method on a small page with an inline script:
 * - page scripts off (Emulation.setScriptExecutionDisabled, i.e. page.setJavaScriptEnabled(false))
 *   stops the page's script but not an extension's content script;
 * - ScriptDuration sees content-script time: the calibration extension, which busy-waits a known
 *   time at DOMContentLoaded, measures about that much over the do-nothing extension.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExtensionBrowser } from '../../scripts/dev/extension-browser';
import { CALIBRATION_MS } from './extensions';
import { measureLoad } from './load-cost';
import { median } from './stats';

const METHOD_URL = 'https://method-check.tidy-bench.example/page.html';
const METHOD_PAGE_HTML = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Method check</title></head>
<body><p>A page whose own script marks the document when it runs.</p>
<script>document.documentElement.setAttribute('data-page-script-ran', '');</script></body></html>\n`;

/** Writes the page into `dir` and returns its route for the page server. */
export function methodPageRoute(dir: string): { url: string; file: string } {
  const file = join(dir, 'method.html');
  writeFileSync(file, METHOD_PAGE_HTML);
  return { url: METHOD_URL, file };
}

export interface MethodCheck {
  pageScriptRanWithScriptsOn: boolean;
  pageScriptRanWithScriptsOff: boolean;
  contentScriptRanWithScriptsOff: boolean;
  calibrationMs: number;
  calibrationMeasuredMs: number;
}

export async function checkMethod(
  nothing: ExtensionBrowser,
  calibration: ExtensionBrowser,
  url: string,
  rounds: number,
): Promise<MethodCheck> {
  const on = await measureLoad(nothing, url, false, true);
  const off = await measureLoad(nothing, url);
  const cal: number[] = [];
  const base: number[] = [];
  for (let i = 0; i < rounds; i++) {
    cal.push((await measureLoad(calibration, url)).scriptMs);
    base.push((await measureLoad(nothing, url)).scriptMs);
  }
  return {
    pageScriptRanWithScriptsOn: on.marks.includes('data-page-script-ran'),
    pageScriptRanWithScriptsOff: off.marks.includes('data-page-script-ran'),
    contentScriptRanWithScriptsOff: off.marks.includes('data-tidy-bench-nothing'),
    calibrationMs: CALIBRATION_MS,
    calibrationMeasuredMs: median(cal) - median(base),
  };
}
