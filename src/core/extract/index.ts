import { locateArticle, type ArticleParts } from '../locate/article-locator';
import type { ArticleInfo } from './article-info';
import { extractBody } from './body';
import { bylineOf } from './byline';
import { cleanedClone } from './clone';
import { publishedOf } from './dates';
import { chooseTitle } from './headline';
import { declaredSiteName, descriptionsOf, excerptOf, imageOf, langOf, siteNameOf } from './metadata';
import { measureText } from './reading-time';
import { chooseSummary } from './summary';

export type { ArticleInfo, ArticleSummary } from './article-info';
export { summaryPoints } from './summary';
export { formatPublished } from './dates';

/**
 * Everything the popup shows about the article. `doc` is the live page: it is only read. The body
 * comes from Readability run on a copy from which the engine's hidden elements are removed.
 * `parts` are the engine's located parts of this same document (located afresh when absent).
 */
export function extractArticle(doc: Document, parts: ArticleParts = locateArticle(doc)): ArticleInfo {
  const siteFromMeta = siteNameOf(doc);
  // A heading equal to a site name only guessed from <title> is still the headline (ietf-1).
  const chosen = chooseTitle(doc, parts.headline, declaredSiteName(doc, siteFromMeta));
  const body = extractBody(cleanedClone(doc), parts, chosen.title);
  const rd = body.readability;
  const title = chosen.title ?? rd?.title ?? null;
  const siteName = siteFromMeta ?? rd?.siteName ?? null;
  const lang = langOf(doc) ?? rd?.lang ?? null;
  const text = body.paragraphs.join('\n\n');
  const length = measureText(text);
  const descriptions = descriptionsOf(doc);
  const summary = chooseSummary({
    parts,
    doc,
    title,
    descriptions,
    paragraphs: body.paragraphs,
    lang,
  });
  return {
    title,
    byline: bylineOf(doc, { element: parts.byline, readability: rd?.byline ?? null, siteName }),
    published: publishedOf(doc, parts.headline, rd?.publishedTime ?? null),
    siteName,
    lang,
    image: imageOf(doc),
    summary,
    text,
    wordCount: length.wordCount,
    readingMinutes: length.readingMinutes,
    excerpt: excerptOf(doc) ?? rd?.excerpt ?? body.paragraphs[0] ?? null,
    titleSource: chosen.title ? chosen.source : rd?.title ? 'readability' : null,
    bodySource: body.source,
  };
}
