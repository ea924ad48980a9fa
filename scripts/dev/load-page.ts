/**
 * Opening a page in a tracked tab as `npm start` and the browser tests see it: its tab id, its
 * errors, the content script settled.
 *
 * Code that runs inside a page is passed to `evaluate` as a string, here and in the other modules
 * that evaluate page code (tabs.ts, popup.ts, popup-page.ts, the tests' page-checks.ts): the
 * TypeScript transpilers (tsx, vite) may wrap named functions in helpers such as `__name` that do
 * not exist in the page.
 */
import type { Page } from 'puppeteer-core';
import type { ExtensionBrowser } from './extension-browser';
import { openTrackedPage } from './tabs';

/**
 * Waits for the content script to settle: after DOMContentLoaded, until the number of
 * `[data-tidy-hidden]` elements has not changed for `quietMs`, at most `capMs`.
 * Returns the final count.
 */
export async function waitForTidy(page: Page, quietMs = 500, capMs = 5000): Promise<number> {
  return (await page.evaluate(`(async () => {
    if (document.readyState === 'loading') {
      await new Promise((r) => document.addEventListener('DOMContentLoaded', r, { once: true }));
    }
    const count = () => document.querySelectorAll('[data-tidy-hidden]').length;
    const start = performance.now();
    let last = count();
    let since = start;
    while (performance.now() - start < ${capMs}) {
      await new Promise((r) => setTimeout(r, 50));
      const now = performance.now();
      const c = count();
      if (c !== last) { last = c; since = now; }
      else if (now - since >= ${quietMs}) break;
    }
    return last;
  })()`)) as number;
}

/** Collects uncaught errors (any world) and the extension's console errors from the moment this is called. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error instanceof Error ? error.message : String(error)}`));
  page.on('console', (msg) => {
    // Only the extension's console errors: a page's own (a missing favicon …) are not ours.
    const from = msg.location()?.url ?? '';
    if (msg.type() === 'error' && (/^(chrome|moz)-extension:/.test(from) || /tidy/i.test(msg.text())))
      errors.push(`console.error: ${msg.text()}`);
  });
  return errors;
}

export interface LoadedPage {
  page: Page;
  tabId: number;
  url: string;
  /** Errors collected since before navigation (see `collectErrors`). */
  errors: string[];
  /** `[data-tidy-hidden]` count once the content script settled. */
  hiddenCount: number;
}

/** Opens `url` in a tracked tab, collecting errors from the start, and waits for the content script. */
export async function loadPage(target: ExtensionBrowser, url: string): Promise<LoadedPage> {
  let errors: string[] = [];
  const { page, tabId } = await openTrackedPage(target, url, (p) => {
    errors = collectErrors(p);
  });
  const hiddenCount = await waitForTidy(page);
  return { page, tabId, url, errors, hiddenCount };
}
