import { guard } from '../guard';
import { textOf } from '../text';
import type { Candidate } from '../types';
import type { DetectContext } from './context';

/**
 * Sponsored keyword link farms: a long list of short links that all repeat one keyword ("18 Year
 * Old Onlyfans", "Arab Onlyfans", "Asian Onlyfans" … fifty of them in villagevoice's menu drawer,
 * issue 9). They are bought search-engine links, not navigation: a site's own menu names its
 * sections with different words. A list goes when it has many links, each of a few words, and
 * nearly all of them share one word that is not a common one; wherever it sits, menus included,
 * since its links lead nowhere a reader of the site wants to go; never in the story's body.
 */

/** A menu of sections is a dozen items; a farm is dozens. */
const MIN_LINKS = 20;
/** Each farm link is a keyword phrase. */
const MAX_WORDS = 5;
/** Nearly all links repeat the keyword. */
const MIN_SHARE = 0.9;
/** A keyword, not "the", "new", "de", a number or a city's "NY". */
const MIN_KEYWORD_CHARS = 4;
const COMMON = new Set(['news', 'best', 'from', 'with', 'your', 'more', 'latest', 'this', 'that', 'what', 'about', 'guide']);

const wordsOf = (t: string): string[] =>
  t
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);

/** The word nearly every link text repeats, or null. */
function sharedKeyword(texts: string[]): string | null {
  const counts = new Map<string, number>();
  for (const t of texts) for (const w of new Set(wordsOf(t))) counts.set(w, (counts.get(w) ?? 0) + 1);
  for (const [word, n] of counts) {
    if (n >= MIN_SHARE * texts.length && word.length >= MIN_KEYWORD_CHARS && !COMMON.has(word) && !/^\d+$/.test(word)) return word;
  }
  return null;
}

export function linkFarms(ctx: DetectContext, out: Candidate[]): void {
  for (const list of ctx.query('ul, ol')) {
    if (ctx.timeUp()) return;
    const items = Array.from(list.children).filter((li) => li.tagName === 'LI');
    // In the story a list of places or names may share a word ("Albany County", "Allegany County"):
    // the story's lists are its own.
    if (items.length < MIN_LINKS || ctx.parts.root?.contains(list)) continue;
    const texts = items.map((li) => (li.querySelector('a[href]') ? textOf(li) : ''));
    if (texts.some((t) => !t || wordsOf(t).length > MAX_WORDS)) continue;
    const keyword = sharedKeyword(texts);
    if (!keyword || !guard(list, ctx.parts).ok) continue;
    out.push({ element: list, rule: 'link-farm', reason: 'reason_link_farm', params: [String(items.length), keyword] });
  }
}
