import type { ArticleInfo } from '../core/extract/article-info';
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
