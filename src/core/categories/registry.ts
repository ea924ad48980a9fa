import { ads } from './ads';
import { overlays } from './overlays';
import { promos } from './promos';
import { related } from './related';
import { social } from './social';
import { video } from './video';

/**
 * Every clutter category, one line each, in the order they run (overlays early: they block reading
 * the most). A category is its rules file (data) and its detector file (logic); this list is the one
 * place that names them. Ids, the document_start CSS, clutter text, popup and options derive from it.
 */
export const CATEGORIES = [ads, overlays, promos, video, related, social] as const;

export type CategoryId = (typeof CATEGORIES)[number]['id'];
export const CATEGORY_IDS: readonly CategoryId[] = CATEGORIES.map((c) => c.id);
