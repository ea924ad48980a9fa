import { textOf, nameTokens } from '../text';
import { jsonLdArticle, metaContent } from './metadata';
import { wordSimilarity } from './similarity';

/** What the page says its headline is, in its metadata (may differ from the visible one). */
export function headlineHints(doc: Document): string[] {
  const ld = jsonLdArticle(doc);
  const hints = [
    typeof ld?.headline === 'string' ? ld.headline : null,
    typeof ld?.name === 'string' ? ld.name : null,
    metaContent(doc, 'og:title', 'twitter:title'),
    titleWithoutSiteName(doc),
  ];
  return hints.filter((h): h is string => !!h && h.trim().length > 0);
}

/** `<title>` with a trailing or leading " | Site Name" removed. */
export function titleWithoutSiteName(doc: Document): string | null {
  const title = doc.title?.trim();
  if (!title) return null;
  const parts = title.split(/\s+[|–—·•:-]\s+/);
  if (parts.length < 2) return title;
  // The longest part is the headline; site names are short.
  return parts.reduce((a, b) => (b.length > a.length ? b : a));
}

const NOT_HEADLINE_WORDS = new Set(['logo', 'brand', 'masthead', 'site', 'sitename', 'navbar', 'nav', 'menu']);

function inChrome(el: Element): boolean {
  return !!el.closest('nav, footer, aside, [role="navigation"], [role="banner"], [role="contentinfo"], a[rel="home"]');
}

/**
 * The visible headline element. Candidates are h1s (then headline-ish h2s and itemprop=headline);
 * each is scored by agreement with the metadata hints and penalised when it looks like a logo,
 * section name or banner (trap: an earlier <h1> holding the site logo).
 */
export function findHeadline(doc: Document): Element | null {
  const body = doc.body;
  if (!body) return null;
  const hints = headlineHints(doc);
  let candidates = Array.from(body.querySelectorAll('h1, [itemprop="headline"]'));
  if (candidates.length === 0) {
    candidates = Array.from(body.querySelectorAll('h2')).filter((h) =>
      nameTokens(h).some((w) => /title|headline|heading/.test(w)),
    );
  }
  let best: Element | null = null;
  let bestScore = -Infinity;
  for (const el of candidates.slice(0, 50)) {
    const text = textOf(el);
    if (text.length < 3) continue;
    let score = Math.max(0, ...hints.map((h) => wordSimilarity(text, h))) * 3;
    if (text.length >= 20) score += 0.5;
    if (el.tagName === 'H1') score += 0.5;
    if (el.closest('article, main, [role="main"], [itemprop="articleBody"]')) score += 0.5;
    if (inChrome(el)) score -= 2;
    if (nameTokens(el).some((w) => NOT_HEADLINE_WORDS.has(w))) score -= 2;
    if (el.querySelector('img, svg') && text.length < 30) score -= 1.5;
    if (score > bestScore) {
      bestScore = score;
      best = el;
    }
  }
  return best;
}
