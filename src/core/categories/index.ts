import { ads } from './ads';
import type { Category } from './category';
import { overlays } from './overlays';
import { promos } from './promos';
import { related } from './related';
import { social } from './social';
import { video } from './video';

/** Every category, in the order they run (overlays early: they block reading the most). */
export const CATEGORIES: Category[] = [ads, overlays, promos, video, related, social];
