/**
 * The popup for a given tab: opening it, reading what it shows, and clicking its category switches.
 * Page code is passed as a string (why: page-checks.ts).
 */
import type { Page } from 'puppeteer-core';
import type { ExtensionBrowser } from './extension-browser';
import { openPopupPage } from './popup-page';
import { findTabId } from './tabs';

/** Opens `popup.html?tabId=N` in a new tab and waits until the popup has settled. */
export async function openPopupForTab(
  target: ExtensionBrowser,
  tabId: number,
  beforeLoad?: (page: Page) => Promise<unknown>,
): Promise<{ popup: Page; state: string }> {
  const { page, state } = await openPopupPage(target, `?tabId=${tabId}`, beforeLoad);
  return { popup: page, state };
}

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

/** What the popup shows, read from its DOM. */
export interface PopupContent {
  state: string;
  status: string;
  site: string;
  published: string;
  readingTime: string;
  headline: string;
  byline: string;
  /** The first summary section's heading and points (the publisher's, when the page has them). */
  summaryKind: string;
  summary: string[];
  /** The second section: key points from the article ('' and [] when hidden). */
  storyKind: string;
  story: string[];
  hiddenTotal: string;
  categories: Array<{ category: string; name: string; count: string; checked: boolean }>;
  hiddenList: string[];
}

export async function readPopup(popup: Page): Promise<PopupContent> {
  return (await popup.evaluate(`(() => {
    const text = (sel) => (document.querySelector(sel)?.textContent ?? '').replace(/\\s+/g, ' ').trim();
    const shown = (sel) => { const el = document.querySelector(sel); return !!el && !el.closest('[hidden]'); };
    return {
      state: document.documentElement.dataset.state ?? '',
      status: text('#status'),
      site: text('#site'),
      published: shown('#published-wrap') ? text('#published') : '',
      readingTime: shown('#reading-wrap') ? text('#reading-time') : '',
      headline: text('#headline'),
      byline: text('#byline'),
      summaryKind: text('#summary-kind'),
      summary: Array.from(document.querySelectorAll('#summary li')).map((li) => (li.textContent ?? '').trim()),
      storyKind: shown('#story-kind') ? text('#story-kind') : '',
      story: shown('#story-points') ? Array.from(document.querySelectorAll('#story-points li')).map((li) => (li.textContent ?? '').trim()) : [],
      hiddenTotal: text('#hidden-total'),
      categories: Array.from(document.querySelectorAll('#categories input[data-category]')).map((input) => ({
        category: input.dataset.category,
        name: (input.nextElementSibling?.textContent ?? '').trim(),
        count: (input.parentElement?.querySelector('.count')?.textContent ?? '').trim(),
        checked: input.checked,
      })),
      hiddenList: Array.from(document.querySelectorAll('#hidden-list > li > span:first-child')).map((s) => (s.textContent ?? '').trim()),
    };
  })()`)) as PopupContent;
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
 * whole article, in ms from the popup page's navigation start (src/popup/render.ts POPUP_MARKS),
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
