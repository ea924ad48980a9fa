/**
 * Opens the extension's popup.html as a tab and waits until it has settled. Used for the popup of
 * a tab (popup.ts) and for the control page that calls the extension APIs (tabs.ts).
 * Page code is passed as a string (why: load-page.ts).
 */
import type { Page } from 'puppeteer-core';
import type { ExtensionBrowser } from './extension-browser';

/**
 * Navigates and tolerates a missing `load` event: Firefox may never report it for moz-extension://
 * pages (the recipe's advice), so callers wait for their own marker afterwards.
 */
export async function gotoLenient(page: Page, url: string, timeout = 1000): Promise<void> {
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout }).catch(() => undefined);
}

/** The popup's final `data-state` values on <html>: it has finished rendering once it shows one. */
const POPUP_DONE = ['ready', 'not-article', 'unsupported', 'paused', 'error', 'stale'];

async function waitForPopupState(page: Page, timeout = 10_000): Promise<string> {
  const handle = await page.waitForFunction(
    `(${JSON.stringify(POPUP_DONE)}).includes(document.documentElement.dataset.state) && document.documentElement.dataset.state`,
    { timeout, polling: 50 },
  );
  return String(await handle.jsonValue());
}

/** `popup.html` plus `search` (e.g. `?tabId=7`) in a new tab, and the state it settled in. */
export async function openPopupPage(
  target: ExtensionBrowser,
  search = '',
  beforeLoad?: (page: Page) => Promise<unknown>,
): Promise<{ page: Page; state: string }> {
  const page = await target.browser.newPage();
  await beforeLoad?.(page);
  await gotoLenient(page, `${target.extensionOrigin}/popup.html${search}`);
  const state = await waitForPopupState(page);
  return { page, state };
}
