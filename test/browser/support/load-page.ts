/** Opening a page in a tracked tab as the tests see it: its tab id, its errors, the content script settled. */
import type { Page } from 'puppeteer-core';
import type { ExtensionBrowser } from './extension-browser';
import { waitForTidy } from './page-checks';
import { openTrackedPage } from './tabs';

/** Collects uncaught errors (any world) and the extension's console errors from the moment this is called. */
export function collectErrors(page: Page): string[] {
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
