/**
 * Late clutter: an article page whose own script appends 5,000 elements over 5 s below the story
 * (100 ticks 50 ms apart, 25 two-element comments each) with an ad box in every other tick (50 ads:
 * an "Advertisement" label and an empty reserved slot, hashed class names, no ad selector). The page
 * records when each ad was inserted and when a `data-tidy-hidden` mark first covered it (a mutation
 * observer of its own, so the reading costs no layout). Page scripts run here: they are the page.
 * The extension's main-thread cost is its scripts' time over the run by the CPU profiler
 * (extension-cpu.ts: the page's own script is not in it), ours minus the do-nothing extension's.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExtensionBrowser } from '../../scripts/dev/extension-browser';
import { openQuietPage, settle } from './load-cost';
import { startProfile, stopProfile } from './extension-cpu';
import { median } from './stats';

const LATE_URL = 'https://late-clutter.tidy-bench.example/news/2026/01/05/harbour-ferry-winter.html';
export const LATE_TARGET_MS = 200;
const TICKS = 100;
const ITEMS_PER_TICK = 25;
const TICK_MS = 50;

const PROSE =
  '<p>The council voted on Tuesday to keep the harbour ferry running through the winter, after a month of public meetings in which residents on both sides of the water described what losing the crossing would mean for work, school and hospital visits.</p>';

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Harbour ferry will run all winter</title>
<meta property="og:type" content="article">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Harbour ferry will run all winter","datePublished":"2026-01-05T08:00:00Z"}</script>
</head><body><header class="css-1hx8q"><a href="/">The Bench Courier</a></header>
<main><article class="css-9kq2p"><h1>Harbour ferry will run all winter</h1>${PROSE.repeat(8)}</article>
<section class="css-4fd0r"><h2>Comments</h2><div id="feed" class="css-7yt3w"></div></section></main>
<script>
(() => {
  const feed = document.getElementById('feed');
  const inserted = [];
  const hidden = [];
  new MutationObserver((records) => {
    const now = performance.now();
    for (const r of records) {
      const t = r.target;
      if (!t.hasAttribute('data-tidy-hidden')) continue;
      const ads = [t.closest('[data-bench-ad]'), ...t.querySelectorAll('[data-bench-ad]')];
      for (const ad of ads) if (ad && hidden[ad.dataset.benchAd] === undefined) hidden[ad.dataset.benchAd] = now;
    }
  }).observe(feed, { attributes: true, attributeFilter: ['data-tidy-hidden'], subtree: true });
  let tick = 0;
  let comment = 0;
  const timer = setInterval(() => {
    const chunk = document.createDocumentFragment();
    for (let i = 0; i < ${ITEMS_PER_TICK}; i++) {
      const item = document.createElement('div');
      item.className = 'css-c' + (comment % 7);
      const p = document.createElement('p');
      p.textContent = 'Reader ' + comment + ': the crossing matters to us because the bus round the estuary takes an hour each way.';
      item.append(p);
      chunk.append(item);
      comment++;
    }
    let ad = null;
    if (tick % 2 === 1) {
      ad = document.createElement('div');
      ad.className = 'css-a' + tick;
      ad.dataset.benchAd = String(inserted.length);
      const label = document.createElement('span');
      label.textContent = 'Advertisement';
      const slot = document.createElement('div');
      slot.setAttribute('style', 'min-height:250px');
      ad.append(label, slot);
      chunk.insertBefore(ad, chunk.childNodes[${ITEMS_PER_TICK >> 1}]);
    }
    feed.append(chunk);
    if (ad) inserted.push(performance.now());
    if (++tick === ${TICKS}) {
      clearInterval(timer);
      globalThis.__benchLate = { inserted, hidden, elements: feed.getElementsByTagName('*').length };
    }
  }, ${TICK_MS});
})();
</script></body></html>\n`;

/** Writes the page into `dir` and returns its route for the page server. */
export function latePageRoute(dir: string): { url: string; file: string } {
  const file = join(dir, 'late-clutter.html');
  writeFileSync(file, PAGE);
  return { url: LATE_URL, file };
}

interface LateRun {
  /** Extension scripts' main-thread time over the run (extension-cpu.ts). */
  cpuMs: number;
  elements: number;
  /** Per ad: insertion to hidden, ms; null when it was never hidden. */
  delays: Array<number | null>;
}

const READ = `globalThis.__benchLate && { elements: __benchLate.elements, delays: __benchLate.inserted.map((t, i) => __benchLate.hidden[i] === undefined ? null : __benchLate.hidden[i] - t) }`;

async function runOnce(target: ExtensionBrowser): Promise<LateRun> {
  const { page, cdp } = await openQuietPage(target, true);
  try {
    await startProfile(cdp);
    await page.goto(LATE_URL, { waitUntil: 'load', timeout: 20_000 });
    await page.waitForFunction('globalThis.__benchLate !== undefined', { timeout: 20_000, polling: 200 });
    // Time for the observer's last batch (it debounces), then quiet.
    await new Promise((done) => setTimeout(done, 1000));
    await settle(cdp);
    const cpuMs = await stopProfile(cdp);
    const read = (await page.evaluate(READ)) as { elements: number; delays: Array<number | null> };
    return { cpuMs, ...read };
  } finally {
    await page.close();
  }
}

export interface LateClutter {
  runs: number;
  ads: number;
  elements: number;
  delays: Array<number | null>;
  oursMs: number;
  nothingMs: number;
  costMs: number;
}

export async function measureLateClutter(ours: ExtensionBrowser, nothing: ExtensionBrowser, rounds: number): Promise<LateClutter> {
  const oursRuns: LateRun[] = [];
  const nothingRuns: LateRun[] = [];
  for (let i = 0; i < rounds; i++) {
    oursRuns.push(await runOnce(ours));
    nothingRuns.push(await runOnce(nothing));
  }
  const oursMs = median(oursRuns.map((r) => r.cpuMs));
  const nothingMs = median(nothingRuns.map((r) => r.cpuMs));
  const delays = oursRuns.flatMap((r) => r.delays);
  return { runs: rounds, ads: delays.length, elements: oursRuns[0].elements, delays, oursMs, nothingMs, costMs: oursMs - nothingMs };
}
