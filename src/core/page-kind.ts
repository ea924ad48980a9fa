import type { ArticleParts } from './locate/article-locator';
import { hasListingJsonLd, isArticleOgType, jsonLdArticle } from './locate/metadata';

export interface PageKind {
  isArticle: boolean;
  reason: string;
}

/**
 * Article or not. Heuristic hiding runs only on articles; elsewhere (home pages, section fronts,
 * search results, web apps) only the certain `exact` selectors apply. An article needs a body of
 * prose; metadata that says "article" lowers the bar, listing metadata or a URL at a site's root
 * raises it.
 */
export function detectPageKind(doc: Document, parts: ArticleParts, url?: string): PageKind {
  if (!doc.body || !parts.root) return { isArticle: false, reason: 'no body of text' };
  const paragraphs = parts.prose.filter((p) => !/^(H[2-6]|LI|TD|DD|FIGCAPTION)$/.test(p.tagName)).length + parts.holders.length;
  const saysArticle = !!jsonLdArticle(doc) || isArticleOgType(doc);
  const saysListing = hasListingJsonLd(doc) && !jsonLdArticle(doc);
  const rootPath = url ? isSiteRootOrSection(url) : false;
  const teaserHeadings = parts.root.querySelectorAll('h2 a, h3 a, a h2, a h3').length;
  if (teaserHeadings >= 6 && teaserHeadings * 2 >= paragraphs)
    return { isArticle: false, reason: `a list of ${teaserHeadings} story links` };
  let needChars = saysArticle ? 300 : 800;
  if (saysListing || rootPath) needChars *= 3;
  if (parts.proseChars >= needChars && paragraphs >= (saysArticle ? 2 : 3)) {
    return { isArticle: true, reason: `${paragraphs} paragraphs, ${parts.proseChars} characters of prose` };
  }
  return { isArticle: false, reason: `only ${parts.proseChars} characters of prose` };
}

function isSiteRootOrSection(url: string): boolean {
  try {
    const path = new URL(url).pathname.replace(/\/+$/, '');
    const segments = path.split('/').filter(Boolean);
    return segments.length === 0 || (segments.length === 1 && !/[-_\d]/.test(segments[0]));
  } catch {
    return false;
  }
}
