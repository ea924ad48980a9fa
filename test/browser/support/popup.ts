/**
 * The popup in the browser tests: finding it by page URL, clicking its category switches, its
 * timings. Opening it for a tab and reading it are scripts/dev/popup.ts's (npm start uses them too).
 * Page code is passed as a string (why: scripts/dev/load-page.ts).
 */
import type { Page } from 'puppeteer-core';
import type { ExtensionBrowser } from '../../../scripts/dev/extension-browser';
import { openPopupForTab } from '../../../scripts/dev/popup';
import { findTabId } from '../../../scripts/dev/tabs';

/** The popup for the tab showing `pageUrl`. `extensionOrigin` must be the target's origin. */
export async function openPopupFor(
  target: ExtensionBrowser,
  extensionOrigin: string,
  pageUrl: string,
  beforeLoad?: (page: Page) => Promise<unknown>,
): Promise<{ popup: Page; state: string; tabId: number }> {
  if (extensionOrigin !== target.extensionOrigin) throw new Error(`extension origin ${extensionOrigin} is not ${target.extensionOrigin}`);
  const tabId = await findTabId(target, pageUrl);
  return { ...(await openPopupForTab(target, tabId, beforeLoad)), tabId };
}

/** Clicks a category checkbox in the popup (the real input, so its change handler runs). */
export async function clickPopupCategory(popup: Page, category: string): Promise<void> {
  await popup.evaluate(`(() => {
    const input = document.querySelector('#categories input[data-category="${category}"]');
    if (!input) throw new Error('no checkbox for ${category}');
    input.click();
  })()`);
}

/**
 * When the popup showed the headline (the content script's report, before extraction) and the
 * whole article, in ms from the popup page's navigation start (src/popup/headline.ts POPUP_MARKS),
 * and the headline it showed first. For the bench: tests assert no times.
 */
export interface PopupTimings {
  headlineMs: number | null;
  articleMs: number | null;
  firstHeadline: string | null;
}

export async function popupTimings(popup: Page): Promise<PopupTimings> {
  return (await popup.evaluate(`(() => {
    const mark = (name) => performance.getEntriesByName(name, 'mark')[0] ?? null;
    const headline = mark('tidy:headline');
    const article = mark('tidy:article');
    return {
      headlineMs: headline ? headline.startTime : null,
      articleMs: article ? article.startTime : null,
      firstHeadline: headline?.detail?.headline ?? null,
    };
  })()`)) as PopupTimings;
}
