/**
 * Tabs as the extension sees them: its tab ids are what the popup needs (`popup.html?tabId=N`),
 * and puppeteer's pages do not know them, so they are read through `tabs.query` on an extension page.
 * Page code is passed as a string (why: load-page.ts).
 */
import type { Browser, Page } from 'puppeteer-core';
import type { ExtensionBrowser } from './extension-browser';
import { openPopupPage } from './popup-page';

/** One extension page per browser, kept open to call the extension APIs (tabs.query, …). */
const controlPages = new WeakMap<Browser, Promise<Page>>();

async function controlPage(target: ExtensionBrowser): Promise<Page> {
  let pending = controlPages.get(target.browser);
  if (!pending) {
    // Without ?tabId the popup describes its own tab ("unsupported"), which is harmless.
    pending = openPopupPage(target).then(({ page }) => page);
    controlPages.set(target.browser, pending);
  }
  return pending;
}

interface TabInfo {
  id: number;
  url?: string;
  title?: string;
  active?: boolean;
}

/** Every tab as the extension sees it (`url` only where the extension has host access). */
async function listTabs(target: ExtensionBrowser): Promise<TabInfo[]> {
  const page = await controlPage(target);
  // Page code is a string: transpilers (tsx, vite) may wrap functions in helpers (`__name`) the page lacks.
  return (await page.evaluate(
    `(async () => {
      const api = globalThis.browser ?? globalThis.chrome;
      const tabs = await api.tabs.query({});
      return tabs.map((t) => ({ id: t.id, url: t.url, title: t.title, active: t.active }));
    })()`,
  )) as TabInfo[];
}

/** Tab ids learnt by `openTrackedPage`, by the URL it navigated to (see `findTabId`). */
const trackedTabs = new WeakMap<Browser, Map<string, number>>();

/**
 * The extension's tab id of the tab showing `pageUrl`: exact URL match first, then prefix. Chromium
 * hides tab URLs from an extension without the `tabs` or a host permission (content-script matches
 * do not count), so tabs opened with `openTrackedPage` are also found by the id recorded then.
 */
export async function findTabId(target: ExtensionBrowser, pageUrl: string, timeout = 5000): Promise<number> {
  const until = Date.now() + timeout;
  for (;;) {
    const tabs = await listTabs(target);
    const tab = tabs.find((t) => t.url === pageUrl) ?? tabs.find((t) => t.url?.startsWith(pageUrl));
    if (tab) return tab.id;
    const tracked = trackedTabs.get(target.browser)?.get(pageUrl);
    if (tracked !== undefined && tabs.some((t) => t.id === tracked)) return tracked;
    if (Date.now() > until) throw new Error(`no tab shows ${pageUrl}; tabs: ${JSON.stringify(tabs)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Opens a new tab and learns its tab id by comparing the tab lists before and after, which works
 * for pages whose URL the extension cannot see (about:blank, chrome://…, and any page in Chromium
 * without host permissions). `setup` runs before navigation (listeners). Then navigates to `url`.
 */
export async function openTrackedPage(
  target: ExtensionBrowser,
  url: string,
  setup?: (page: Page) => void,
): Promise<{ page: Page; tabId: number }> {
  await controlPage(target);
  const before = new Set((await listTabs(target)).map((t) => t.id));
  const page = await target.browser.newPage();
  let tabId: number | undefined;
  for (let i = 0; i < 50 && tabId === undefined; i++) {
    const fresh = (await listTabs(target)).filter((t) => !before.has(t.id));
    if (fresh.length === 1) tabId = fresh[0].id;
    else await new Promise((r) => setTimeout(r, 100));
  }
  if (tabId === undefined) throw new Error('could not tell the new tab apart');
  setup?.(page);
  if (url !== 'about:blank') await page.goto(url, { waitUntil: 'load', timeout: 15_000 });
  let tracked = trackedTabs.get(target.browser);
  if (!tracked) trackedTabs.set(target.browser, (tracked = new Map<string, number>()));
  tracked.set(url, tabId);
  return { page, tabId };
}

/**
 * What the content script of the tab showing `pageUrl` answers to `tidy:report` (null when it does
 * not answer): asked from the control page, as the popup asks it.
 */
export async function askReport(target: ExtensionBrowser, pageUrl: string): Promise<Record<string, unknown> | null> {
  const tabId = await findTabId(target, pageUrl);
  const page = await controlPage(target);
  const answer = await page.evaluate(
    `(async () => { const api = globalThis.browser ?? globalThis.chrome; return api.tabs.sendMessage(${tabId}, { type: 'tidy:report' }); })()`,
  );
  return answer && typeof answer === 'object' ? (answer as Record<string, unknown>) : null;
}
