/**
 * Content-script cost per page: in rounds, one load each with our extension, the do-nothing
 * extension (then Readability timed on that untouched page) and a second do-nothing browser (the
 * floor check), so drift in machine load hits all three alike; medians of the rounds.
 */
import type { ExtensionBrowser } from '../../scripts/dev/extension-browser';
import { measureLoad, type LoadCost } from './load-cost';
import { knownMedian, median } from './stats';

export interface CostBrowsers {
  ours: ExtensionBrowser;
  nothing: ExtensionBrowser;
  /** Another browser with the do-nothing extension: nothing − nothing is the measure's floor. */
  floor: ExtensionBrowser;
}

export interface PageCost {
  page: string;
  url: string;
  oursMs: number;
  nothingMs: number;
  floorMs: number;
  /** Readability's parse, performance.now() around it (median over the rounds): the denominator. */
  readabilityMs: number;
  /** ScriptDuration growth over that CDP evaluate: 0 in practice, CDP evaluations are not counted. */
  readabilityScriptMs: number;
  readabilityChars: number;
  /** Our content script's cost: oursMs − nothingMs (extension scripts' CPU time, extension-cpu.ts). */
  costMs: number;
  /** The same by CDP ScriptDuration, the measure until 2026-12-03: blind to promise continuations. */
  scriptCostMs: number;
  /** Beside the measure, JSON only (too noisy to report): style + layout, and all main-thread tasks, ours − do-nothing (medians). */
  layoutCostMs: number;
  taskCostMs: number;
  /** costMs ÷ readabilityMs. */
  ratio: number;
  /** (floorMs − nothingMs) ÷ readabilityMs: ≈ 0 when the method is sound. */
  floorRatio: number;
  hidden: number;
  /** Our engine's own timed work by its report (median; null where it did not answer): beside the profiler's figure. */
  workMs: number | null;
  notes: string[];
  runs: { ours: number[]; nothing: number[]; floor: number[]; readability: number[] };
}

export interface PageToLoad {
  page: string;
  url: string;
}

export async function measurePageCost(browsers: CostBrowsers, { page, url }: PageToLoad, rounds: number): Promise<PageCost> {
  const ours: LoadCost[] = [];
  const nothing: LoadCost[] = [];
  const floor: LoadCost[] = [];
  for (let i = 0; i < rounds; i++) {
    ours.push(await measureLoad(browsers.ours, url, false, false, true));
    nothing.push(await measureLoad(browsers.nothing, url, true));
    floor.push(await measureLoad(browsers.floor, url));
  }
  const ms = (loads: LoadCost[]): number[] => loads.map((l) => l.cpuMs);
  const scriptMs = (loads: LoadCost[]): number => median(loads.map((l) => l.scriptMs));
  const read = nothing.map((l) => l.readability!);
  const [oursMs, nothingMs, floorMs] = [median(ms(ours)), median(ms(nothing)), median(ms(floor))];
  const readabilityMs = median(read.map((r) => r.ms));
  const notes: string[] = [];
  if ([...ours, ...nothing, ...floor].some((l) => l.settleTimedOut)) notes.push('a load was still running scripts after 5 s');
  if (nothing.some((l) => !l.marks.includes('data-tidy-bench-nothing'))) notes.push('do-nothing content script did not run');
  return {
    page,
    url,
    oursMs,
    nothingMs,
    floorMs,
    readabilityMs,
    readabilityScriptMs: median(read.map((r) => r.scriptMs)),
    readabilityChars: median(read.map((r) => r.chars)),
    costMs: oursMs - nothingMs,
    scriptCostMs: scriptMs(ours) - scriptMs(nothing),
    layoutCostMs: median(ours.map((l) => l.layoutMs)) - median(nothing.map((l) => l.layoutMs)),
    taskCostMs: median(ours.map((l) => l.taskMs)) - median(nothing.map((l) => l.taskMs)),
    ratio: (oursMs - nothingMs) / readabilityMs,
    floorRatio: (floorMs - nothingMs) / readabilityMs,
    hidden: median(ours.map((l) => l.hidden)),
    workMs: knownMedian(ours.map((l) => l.workMs)),
    notes,
    runs: { ours: ms(ours), nothing: ms(nothing), floor: ms(floor), readability: read.map((r) => r.ms) },
  };
}
