/**
 * The popup for a given tab, for `npm start` and the browser tests: opening it and reading what it
 * shows. Page code is passed as a string (why: load-page.ts).
 */
import type { Page } from 'puppeteer-core';
import type { ExtensionBrowser } from './extension-browser';
import { openPopupPage } from './popup-page';

/** Opens `popup.html?tabId=N` in a new tab and waits until the popup has settled. */
export async function openPopupForTab(
  target: ExtensionBrowser,
  tabId: number,
  beforeLoad?: (page: Page) => Promise<unknown>,
): Promise<{ popup: Page; state: string }> {
  const { page, state } = await openPopupPage(target, `?tabId=${tabId}`, beforeLoad);
  return { popup: page, state };
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
