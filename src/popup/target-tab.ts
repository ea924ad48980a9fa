import type { Tabs } from 'webextension-polyfill';
import browser from '../shared/native-browser';
import type { PageReport } from '../shared/messages';
import type { PageLink } from './page-link';

/** The tab the popup is about: `?tabId=N` (tests, bug reports) or the active tab. */
export async function targetTab(): Promise<Tabs.Tab | null> {
  const param = new URLSearchParams(location.search).get('tabId');
  if (param && /^\d+$/.test(param)) return browser.tabs.get(Number(param)).catch(() => null);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab ?? null;
}

const STORES =
  /^https:\/\/(chromewebstore\.google\.com|chrome\.google\.com\/webstore|addons\.mozilla\.org|microsoftedge\.microsoft\.com\/addons)/;

/**
 * Why the extension cannot run on this tab, as the message key of the words for the user (this
 * module is in the popup's first module, without ui-strings.ts), or null when it can.
 * Without the `tabs` permission a tab's URL is only known where we have host access (http and
 * https pages, from host_permissions), so an unknown URL is a browser or extension page.
 */
export function whyUnsupported(tab: Tabs.Tab | null): string | null {
  if (!tab) return 'popup_no_page';
  const url = tab.url ?? '';
  if (!url || !/^https?:/.test(url)) return 'popup_not_web';
  if (STORES.test(url)) return 'popup_store';
  if (/\.pdf([?#]|$)/i.test(url)) return 'popup_pdf';
  return null;
}

const RETRY_MS = 300;
const MAX_TRIES = 30;
/** Asks after the page loaded: the engine is injected once the DOM is parsed, a moment later. */
const LOADED_TRIES = 5;

/**
 * The page's first report. The engine answers once the page's DOM is parsed and it has been
 * started (src/content/index.ts; a very large page is located in slices first): while the tab is still loading, the popup says so (`onWait`)
 * and asks again, for up to about 9 s ('loading' after that), and a loaded page gets a few more
 * tries. Null when a loaded page has no engine that answers. `onMiss` hears of every try
 * that got no answer (the popup then wires its controls instead of waiting for one).
 */
export async function firstReport(
  link: PageLink,
  tabId: number,
  onWait: () => void,
  onMiss?: () => void,
): Promise<PageReport | 'loading' | null> {
  let loadedTries = 0;
  for (let tries = 1; ; tries++) {
    const report = await link.report().catch(() => null);
    if (report) return report;
    onMiss?.();
    const tab = await browser.tabs.get(tabId).catch(() => null);
    if (!tab) return null;
    if (tab.status === 'loading') onWait();
    else if (++loadedTries >= LOADED_TRIES) return null;
    if (tries >= MAX_TRIES) return 'loading';
    await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
  }
}
