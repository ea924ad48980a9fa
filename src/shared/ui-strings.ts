import browser from 'webextension-polyfill';
import { CATEGORIES, type CategoryId } from '../core/categories/registry';
import { isReasonKey } from '../core/reasons';

/** A user-visible string from `_locales` (the key itself if a locale lacks it, so a gap shows). */
export const message = (key: string, substitutions?: string[]): string => browser.i18n.getMessage(key, substitutions) || key;

/** A hide or refusal reason as the UI says it: its message, filled with its parameters. */
export function reasonText(record: { reason: string; params?: string[] }): string {
  return isReasonKey(record.reason) ? message(record.reason, record.params) : record.reason;
}

type Explained = { reason: string; params?: string[] };

/**
 * A report with every record's reason, and why the page is an article or not, as text (Copy report
 * is read by people, in their language).
 */
export function withReasonText<T extends { hidden: Explained[]; refused: Explained[]; kindReason?: string; kindParams?: string[] }>(
  report: T,
): T {
  const worded = <R extends Explained>({ params, ...record }: R): R =>
    ({ ...record, reason: reasonText({ reason: record.reason, params }) }) as R;
  const { kindParams, ...rest } = report;
  const kind = rest.kindReason === undefined ? {} : { kindReason: reasonText({ reason: rest.kindReason, params: kindParams }) };
  return { ...rest, ...kind, hidden: report.hidden.map(worded), refused: report.refused.map(worded) } as T;
}

/** A category's display name, from the message key its registry entry names. */
export function categoryName(id: CategoryId): string {
  const category = CATEGORIES.find((c) => c.id === id);
  return category ? message(category.nameKey) : id;
}

/**
 * Fills an extension page's static text from `_locales`: `data-i18n="key"` sets the text, and
 * `data-i18n-title` / `data-i18n-label` (aria-label) / `data-i18n-placeholder` those attributes.
 * The page's `lang` and `dir` follow the browser's UI language (right-to-left locales too).
 */
export function localize(root: Document): void {
  for (const el of Array.from(root.querySelectorAll<HTMLElement>('[data-i18n]'))) el.textContent = message(el.dataset.i18n!);
  const attrs = { i18nTitle: 'title', i18nLabel: 'aria-label', i18nPlaceholder: 'placeholder' } as const;
  for (const [data, attr] of Object.entries(attrs)) {
    const dashed = data.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
    for (const el of Array.from(root.querySelectorAll<HTMLElement>(`[data-${dashed}]`))) el.setAttribute(attr, message(el.dataset[data]!));
  }
  const lang = browser.i18n.getMessage('@@ui_locale');
  if (lang) root.documentElement.lang = lang.replace('_', '-');
  const dir = browser.i18n.getMessage('@@bidi_dir');
  if (dir === 'rtl' || dir === 'ltr') root.documentElement.dir = dir;
}
