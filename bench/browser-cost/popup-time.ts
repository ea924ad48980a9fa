/**
 * Popup time to headline: the article is open in a tab, then `popup.html?tabId=N` is opened (as the
 * browser tests do: scripts/dev/popup.ts) and the time runs from the popup page's
 * navigation start (performance.timeOrigin) to #headline having text. A probe installed before the
 * popup's scripts run records that moment with performance.now(); a `performance.mark` of the popup
 * whose name mentions the headline is reported beside it when the popup sets one.
 */
import type { Page } from 'puppeteer-core';
import type { ExtensionBrowser } from '../../scripts/dev/extension-browser';
import { openPopupForTab } from '../../scripts/dev/popup';
import { findTabId } from '../../scripts/dev/tabs';
import { openQuietPage } from './load-cost';
import type { BenchPage } from './pages';

export const POPUP_TARGET_MS = 150;

export interface PopupTiming {
  page: string;
  state: string;
  /** One per opening; null when the headline never got text. */
  headlineMs: Array<number | null>;
  /** The popup's own headline mark, where it has one. */
  markMs: Array<number | null>;
}

const PROBE = `(() => {
  const seen = () => {
    const el = document.getElementById('headline');
    if (el && el.textContent && el.textContent.trim() && globalThis.__tidyBenchHeadlineAt === undefined) {
      globalThis.__tidyBenchHeadlineAt = performance.now();
    }
  };
  new MutationObserver(seen).observe(document, { childList: true, subtree: true, characterData: true });
})();`;

const READ = `(() => {
  const mark = performance.getEntriesByType('mark').find((m) => /headline/i.test(m.name));
  return { at: globalThis.__tidyBenchHeadlineAt ?? null, mark: mark ? mark.startTime : null };
})()`;

async function openOnce(target: ExtensionBrowser, tabId: number): Promise<{ state: string; at: number | null; mark: number | null }> {
  const { popup, state } = await openPopupForTab(target, tabId, (p: Page) => p.evaluateOnNewDocument(PROBE));
  try {
    const { at, mark } = (await popup.evaluate(READ)) as { at: number | null; mark: number | null };
    return { state, at, mark };
  } finally {
    await popup.close();
  }
}

/** The demo page, then the `count` pages of `corpus` whose Readability text is longest. */
export function popupPagesOf(
  demo: BenchPage,
  corpus: BenchPage[],
  measured: Array<{ page: string; readabilityChars: number }>,
  count: number,
): BenchPage[] {
  const longest = [...measured].sort((a, b) => b.readabilityChars - a.readabilityChars).slice(0, count);
  return [demo, ...corpus.filter((p) => longest.some((r) => r.page === p.page))];
}

export async function measurePopup(target: ExtensionBrowser, pages: BenchPage[], opens: number): Promise<PopupTiming[]> {
  const out: PopupTiming[] = [];
  for (const { page: name, url } of pages) {
    // The page as the cost loads see it (no page scripts, no sub-resources), left open for the popup.
    const { page } = await openQuietPage(target);
    try {
      await page.goto(url, { waitUntil: 'load', timeout: 20_000 });
      const tabId = await findTabId(target, url);
      const row: PopupTiming = { page: name, state: '', headlineMs: [], markMs: [] };
      for (let i = 0; i < opens; i++) {
        const { state, at, mark } = await openOnce(target, tabId);
        row.state = state;
        row.headlineMs.push(at);
        row.markMs.push(mark);
      }
      out.push(row);
    } finally {
      await page.close();
    }
  }
  return out;
}
