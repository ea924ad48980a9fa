/**
 * `new Readability(document.cloneNode(true)).parse()` timed inside the page, in an isolated world of
 * its own (Page.createIsolatedWorld, as a content script runs): the page's globals are not touched
 * and page scripts being off does not stop it. The bundle is evaluated first, so its parse and
 * compile are not counted; then the parse is timed with performance.now(). ScriptDuration around
 * the call is kept too: it stays at 0, because evaluations over CDP are not counted in it (which is
 * also why the bench's own reads of a page do not pollute the cost figure).
 */
import { build } from 'esbuild';
import { join } from 'node:path';
import type { CDPSession } from 'puppeteer-core';

let bundle: Promise<string> | undefined;

export function readabilityBundle(): Promise<string> {
  bundle ??= build({
    stdin: {
      contents: `import { Readability } from '@mozilla/readability';\nglobalThis.TidyBenchReadability = Readability;`,
      resolveDir: join(import.meta.dirname, '../..'),
      loader: 'js',
    },
    bundle: true,
    write: false,
    format: 'iife',
    target: 'chrome120',
  }).then((out) => out.outputFiles[0].text);
  return bundle;
}

/** The page's CDP Performance metrics, in ms: cumulative main-thread time since the tab opened. */
export interface MainThreadMs {
  script: number;
  /** Style recalculation and layout (LayoutDuration + RecalcStyleDuration). */
  layout: number;
  /** Every main-thread task (TaskDuration): script, layout and the rest. */
  task: number;
}

export async function mainThreadMs(cdp: CDPSession): Promise<MainThreadMs> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const ms = (name: string): number => (metrics.find((m) => m.name === name)?.value ?? NaN) * 1000;
  return { script: ms('ScriptDuration'), layout: ms('LayoutDuration') + ms('RecalcStyleDuration'), task: ms('TaskDuration') };
}

/** The renderer's cumulative main-thread script time for this page, in ms. */
const scriptDurationMs = async (cdp: CDPSession): Promise<number> => (await mainThreadMs(cdp)).script;

export interface ReadabilityTiming {
  /** performance.now() around the call. */
  ms: number;
  /** ScriptDuration growth over the call: 0 in practice (see above). */
  scriptMs: number;
  /** Characters of the parsed article's text (0: Readability found none). */
  chars: number;
}

const PARSE = `(() => {
  const t0 = performance.now();
  const article = new TidyBenchReadability(document.cloneNode(true)).parse();
  return { ms: performance.now() - t0, chars: article && article.textContent ? article.textContent.length : 0 };
})()`;

/** Needs Performance.enable on `cdp` (load-cost.ts does it before navigating). */
export async function timeReadability(cdp: CDPSession): Promise<ReadabilityTiming> {
  const { frameTree } = await cdp.send('Page.getFrameTree');
  const { executionContextId: contextId } = await cdp.send('Page.createIsolatedWorld', {
    frameId: frameTree.frame.id,
    worldName: 'tidy-bench-readability',
  });
  const loaded = await cdp.send('Runtime.evaluate', { expression: await readabilityBundle(), contextId });
  if (loaded.exceptionDetails) throw new Error(`Readability bundle failed: ${loaded.exceptionDetails.text}`);
  const before = await scriptDurationMs(cdp);
  const parsed = await cdp.send('Runtime.evaluate', { expression: PARSE, contextId, returnByValue: true });
  const after = await scriptDurationMs(cdp);
  if (parsed.exceptionDetails) throw new Error(`Readability parse failed: ${parsed.exceptionDetails.text}`);
  const value = parsed.result.value as { ms: number; chars: number };
  return { ms: value.ms, scriptMs: after - before, chars: value.chars };
}
