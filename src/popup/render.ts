import type { ArticleInfo, ArticleSummary } from '../core/extract/article-info';
import { formatPublished } from '../core/extract/dates';
import type { HideRecord } from '../core/types';
import { CATEGORY_IDS, type CategoryId } from '../core/categories/registry';
import { SUMMARY_LABEL_KEYS, summarySections } from '../shared/summary-labels';
import { categoryName, message, reasonText } from '../shared/ui-strings';
import type { PageReport } from '../shared/messages';
import { siteOf } from './headline';

/** Rendering only: every page-derived string goes in through textContent, never innerHTML. */
const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

/**
 * The status line for the page's state: show-everything on (the hidden elements are outlined on
 * the page), not an article (nothing hidden, or only what exact rules hide), or nothing to say.
 */
export function pageNote(r: Pick<PageReport, 'paused' | 'isArticle' | 'hidden'>): string {
  if (r.paused) return message('popup_paused_page');
  if (r.isArticle) return '';
  return r.hidden.length ? message('popup_not_article_some', [String(r.hidden.length)]) : message('popup_not_article_nothing');
}

function el(tag: string, text?: string, className?: string): HTMLElement {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

export function renderArticle(a: ArticleInfo | null, url: string): void {
  $('article').hidden = !a;
  if (!a) return;
  $('headline').textContent = a.title ?? message('popup_no_headline');
  $('site').textContent = a.siteName ?? siteOf(url);
  $('byline').textContent = a.byline ? message('popup_byline', [a.byline]) : '';
  // One formatter for popup and CLI: a date without a time stays that day, in the reader's locale.
  const shown = formatPublished(a.published);
  $('published-wrap').hidden = !shown;
  if (shown && a.published) {
    $('published').setAttribute('datetime', a.published);
    $('published').textContent = shown;
  }
  $('reading-time').textContent = message('popup_reading_time', [String(a.readingMinutes)]);
  $('reading-wrap').hidden = a.wordCount === 0;
  renderSummary(a.summary);
}

/**
 * Two labelled sections: the publisher's words (#summary-kind, #summary), then the story's key
 * points (#story-kind, #story-points). Without the publisher's, the story's points come first.
 */
function renderSummary(summary: ArticleSummary): void {
  const sections = summarySections(summary);
  const [first, second] = sections;
  $('summary-section').dataset.kind = first?.kind ?? 'none';
  $('summary-kind').textContent = message(first?.key ?? SUMMARY_LABEL_KEYS.none);
  $('summary').replaceChildren(...(first?.points ?? []).map((p) => el('li', p)));
  $('story-section').hidden = !second;
  $('story-kind').textContent = second ? message(second.key) : '';
  $('story-points').replaceChildren(...(second?.points ?? []).map((p) => el('li', p)));
}

/** What the reader can do with one hidden element (record id): show it here, or on the site for good. */
export interface HiddenActions {
  toggle(category: CategoryId, on: boolean): void;
  show(id: number): void;
  keepShown(id: number): void;
}

export function renderHidden(report: Pick<PageReport, 'hidden' | 'disabledCategories'>, actions: HiddenActions): void {
  // Re-rendered after every switch and Show: the keyboard's place is kept (or moved to the list).
  const focused = (document.activeElement as HTMLElement | null)?.dataset.focusKey;
  $('hidden').hidden = false;
  $('hidden-total').textContent = String(report.hidden.length);
  const counts = new Map<CategoryId, number>();
  for (const r of report.hidden) counts.set(r.category, (counts.get(r.category) ?? 0) + 1);
  $('categories').replaceChildren(
    ...CATEGORY_IDS.map((id) => {
      const input = document.createElement('input');
      input.type = 'checkbox';
      input.dataset.category = id;
      input.dataset.focusKey = `category:${id}`;
      input.checked = !report.disabledCategories.includes(id);
      const count = String(counts.get(id) ?? 0);
      input.setAttribute('aria-label', message('popup_category_count_label', [categoryName(id), count]));
      input.addEventListener('change', () => actions.toggle(id, input.checked));
      const label = el('label');
      label.append(input, el('span', categoryName(id)), el('span', count, 'count'));
      label.lastElementChild!.setAttribute('aria-hidden', 'true');
      const li = el('li');
      li.append(label);
      return li;
    }),
  );
  $('hidden-list').replaceChildren(...report.hidden.map((r) => hiddenItem(r, actions)));
  if (!focused) return;
  const again = Array.from(document.querySelectorAll<HTMLElement>('[data-focus-key]')).find((e) => e.dataset.focusKey === focused);
  (again ?? document.querySelector<HTMLElement>('#hidden-list button') ?? document.querySelector<HTMLElement>('#hidden summary'))?.focus();
}

function hiddenItem(record: HideRecord, actions: HiddenActions): HTMLElement {
  const li = el('li');
  li.dataset.recordId = String(record.id);
  const what = record.text || categoryName(record.category);
  const show = el('button', message('popup_show'), 'show');
  show.setAttribute('aria-label', message('popup_show_label', [what]));
  show.addEventListener('click', () => actions.show(record.id));
  const keep = el('button', message('popup_keep_shown'), 'keep');
  keep.setAttribute('aria-label', message('popup_keep_shown_label', [what]));
  keep.addEventListener('click', () => actions.keepShown(record.id));
  show.dataset.focusKey = `show:${record.id}`;
  keep.dataset.focusKey = `keep:${record.id}`;
  for (const b of [show, keep]) (b as HTMLButtonElement).type = 'button';
  const buttons = el('span', undefined, 'item-actions');
  buttons.append(show, keep);
  li.append(
    el('span', message('popup_hidden_item', [categoryName(record.category), record.text])),
    el('span', reasonText(record), 'why'),
    buttons,
  );
  return li;
}
