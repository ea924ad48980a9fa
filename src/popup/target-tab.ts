import browser, { type Tabs } from 'webextension-polyfill';

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
 * Why the extension cannot run on this tab, in words for the user, or null when it can.
 * Without the `tabs` permission a tab's URL is only known where we have host access (http and
 * https pages, from host_permissions), so an unknown URL is a browser or extension page.
 */
export function whyUnsupported(tab: Tabs.Tab | null): string | null {
  if (!tab) return 'There is no page open in this tab.';
  const url = tab.url ?? '';
  if (!url || !/^https?:/.test(url))
    return 'Tidy News works on web pages. Browser pages, new tabs, local files and other extensions cannot be tidied.';
  if (STORES.test(url)) return 'Browsers do not let extensions change their add-on stores, so Tidy News cannot run here.';
  if (/\.pdf([?#]|$)/i.test(url)) return 'This is a PDF document, not a web page: there is nothing for Tidy News to tidy.';
  return null;
}

/** Words for a tab whose content script did not answer. */
export function whyNoAnswer(tab: Tabs.Tab): string {
  if (tab.status === 'loading') return 'This page is still loading. Open Tidy News again in a moment.';
  return 'Tidy News is not running on this page yet. Reload the page to tidy it. (Pages that are not HTML, such as PDFs and images, are left alone.)';
}
