import type { ArticleParts } from './locate/article-locator';
import { isArticleOgType, jsonLdArticle, metaContent } from './locate/metadata';
import { wordSimilarity } from './locate/similarity';
import { textOf } from './text';

/** A dated post may be a one-paragraph brief: this much prose under its headline. */
export const DATED_POST_MIN_CHARS = 200;
/** The visible headline agrees with the metadata's title at least this much. */
const TITLE_AGREEMENT = 0.6;

/**
 * A short post that says all of what it is: article metadata with a publication date, a visible
 * headline that is the metadata's title, and its prose after that headline (boingboing.net.millenials:
 * one paragraph of 277 characters under the h1). An archive page with og:type article (as Yoast
 * emits, wp-tag-archive fixture) has no publication date; a front's <h1> is not its og:title.
 */
export function isDatedPost(doc: Document, parts: ArticleParts): boolean {
  const ld = jsonLdArticle(doc);
  if (!ld && !isArticleOgType(doc)) return false;
  const published = metaContent(doc, 'article:published_time') ?? (typeof ld?.datePublished === 'string' ? ld.datePublished : null);
  if (!published || !parts.headline || !parts.root) return false;
  const titles = [metaContent(doc, 'og:title'), typeof ld?.headline === 'string' ? ld.headline : null].filter((t): t is string => !!t);
  const headline = textOf(parts.headline);
  if (!titles.some((t) => wordSimilarity(t, headline) >= TITLE_AGREEMENT)) return false;
  // The prose follows the headline (DOCUMENT_POSITION_FOLLOWING), as a post's body does.
  return !!(parts.headline.compareDocumentPosition(parts.root) & 4) && !parts.headline.contains(parts.root);
}
