import type { ArticleInfo } from '../core/extract/article-info';
import { CATEGORY_IDS } from '../core/categories/registry';
import type { CategoryId, HideRecord, RefusedRecord } from '../core/types';

/** What the popup asks the content script, and what the content script tells the background. */
export type Request =
  | { type: 'tidy:report' }
  | { type: 'tidy:show'; id: number }
  | { type: 'tidy:set-category'; category: CategoryId; enabled: boolean }
  | { type: 'tidy:set-paused'; paused: boolean };

export interface PageReport {
  url: string;
  isArticle: boolean;
  kindReason: string;
  paused: boolean;
  disabledCategories: CategoryId[];
  hidden: HideRecord[];
  refused: RefusedRecord[];
  article: ArticleInfo | null;
  elapsedMs: number;
}

export interface BadgeUpdate {
  type: 'tidy:badge';
  count: number;
}

const isId = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;

/**
 * A message from the popup as one of our requests, or null: the content script answers nothing
 * else (another extension or a page-world script may post anything to the runtime).
 */
export function parseRequest(message: unknown): Request | null {
  if (!message || typeof message !== 'object') return null;
  const m = message as Record<string, unknown>;
  switch (m.type) {
    case 'tidy:report':
      return { type: 'tidy:report' };
    case 'tidy:show':
      return isId(m.id) ? { type: 'tidy:show', id: m.id } : null;
    case 'tidy:set-category':
      return (CATEGORY_IDS as readonly unknown[]).includes(m.category) && typeof m.enabled === 'boolean'
        ? { type: 'tidy:set-category', category: m.category as CategoryId, enabled: m.enabled }
        : null;
    case 'tidy:set-paused':
      return typeof m.paused === 'boolean' ? { type: 'tidy:set-paused', paused: m.paused } : null;
    default:
      return null;
  }
}

/** The page's address for a bug report: origin and path only (query strings and fragments carry tokens). */
export function reportUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`;
  } catch {
    return '';
  }
}

/** What "Copy report" puts on the clipboard: the report without the article text, its URL stripped. */
export function reportForClipboard(report: PageReport): Omit<PageReport, 'article' | 'url'> & { url: string; title?: string | null } {
  const { article, url, ...rest } = report;
  return { url: reportUrl(url), ...rest, title: article?.title };
}
