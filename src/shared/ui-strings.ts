import browser from 'webextension-polyfill';
import { CATEGORIES, type CategoryId } from '../core/categories/registry';

/** A user-visible string from `_locales` (the key itself if a locale lacks it, so a gap shows). */
export const message = (key: string, substitutions?: string[]): string => browser.i18n.getMessage(key, substitutions) || key;

/** A category's display name, from the message key its registry entry names. */
export function categoryName(id: CategoryId): string {
  const category = CATEGORIES.find((c) => c.id === id);
  return category ? message(category.nameKey) : id;
}
