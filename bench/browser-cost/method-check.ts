/**
 * The run checks its own method on a small page with an inline script:
 * - page scripts off (Emulation.setScriptExecutionDisabled, i.e. page.setJavaScriptEnabled(false))
 *   stops the page's script but not an extension's content script;
 * - the measure sees content-script time wherever it runs: the calibration extension, which
 *   busy-waits a known time at DOMContentLoaded and another after a storage read resolves, measures
 *   about their sum over the do-nothing extension (CDP ScriptDuration, kept beside it, sees the
 *   first busy-wait only: why it is no longer the measure, extension-cpu.ts).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExtensionBrowser } from '../../scripts/dev/extension-browser';
import { CALIBRATION_ASYNC_MS, CALIBRATION_MS } from './extensions';
import { measureLoad, type LoadCost } from './load-cost';
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
  /** The DOMContentLoaded busy-wait and the one after the storage read, ms. */
  calibrationMs: number;
  calibrationAsyncMs: number;
  /** Over do-nothing, by the profiler (the measure) and by ScriptDuration. */
  calibrationMeasuredMs: number;
  calibrationScriptMs: number;
}

export async function checkMethod(
  nothing: ExtensionBrowser,
  calibration: ExtensionBrowser,
  url: string,
  rounds: number,
): Promise<MethodCheck> {
  const on = await measureLoad(nothing, url, false, true);
  const off = await measureLoad(nothing, url);
  const cal: LoadCost[] = [];
  const base: LoadCost[] = [];
  for (let i = 0; i < rounds; i++) {
    cal.push(await measureLoad(calibration, url));
    base.push(await measureLoad(nothing, url));
  }
  const over = (of: (l: LoadCost) => number): number => median(cal.map(of)) - median(base.map(of));
  return {
    pageScriptRanWithScriptsOn: on.marks.includes('data-page-script-ran'),
    pageScriptRanWithScriptsOff: off.marks.includes('data-page-script-ran'),
    contentScriptRanWithScriptsOff: off.marks.includes('data-tidy-bench-nothing'),
    calibrationMs: CALIBRATION_MS,
    calibrationAsyncMs: CALIBRATION_ASYNC_MS,
    calibrationMeasuredMs: over((l) => l.cpuMs),
    calibrationScriptMs: over((l) => l.scriptMs),
  };
}
