import { siteKey } from '../core/site-key';

/**
 * What the popup's first module (popup.ts) draws before anything else loads: the status line's
 * state and the headline from the content script's report. Nothing here may import the category
 * registry, the settings or the extraction (render.ts draws the rest). Text goes in through
 * textContent only.
 */
const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

export type PopupState = 'ready' | 'unsupported' | 'paused' | 'error' | 'not-article' | 'loading' | 'stale';

/** The status line; without `state`, the popup stays in the state it is in (a note after an action). */
export function showStatus(message: string, state?: PopupState): void {
  $('status').textContent = message;
  if (state) document.documentElement.dataset.state = state;
}

/** `performance.mark` names, read by the browser tests and the bench (popup open → shown). */
export const POPUP_MARKS = { headline: 'tidy:headline', article: 'tidy:article' } as const;

export const siteOf = (url: string): string => siteKey(new URL(url).hostname);

/**
 * The headline the content script's report carries, shown before the article is extracted.
 * The mark records when, and what (the bench's "popup open → headline" time).
 */
export function renderHeadline(headline: string | null, url: string): void {
  $('article').hidden = !headline;
  if (!headline) return;
  $('headline').textContent = headline;
  $('site').textContent = siteOf(url);
  $('published-wrap').hidden = true;
  $('reading-wrap').hidden = true;
  performance.mark(POPUP_MARKS.headline, { detail: { headline } });
}
