import { locateArticle, type ArticleParts } from '../locate/article-locator';
import { metaContent, jsonLdArticle } from '../locate/metadata';
import { textOf } from '../text';
import type { ArticleInfo } from './article-info';

export type { ArticleInfo, SummaryKind } from './article-info';

/**
 * First version: headline, key points or standfirst, site name, from the located parts.
 * (Byline, date, reading time, Readability body and extractive summaries come in issue 4.)
 */
export function extractArticle(doc: Document, parts: ArticleParts = locateArticle(doc)): ArticleInfo {
  const points = !parts.summary
    ? []
    : parts.summaryKind === 'key-points'
      ? Array.from(parts.summary.querySelectorAll('li, [role="listitem"]')).map(textOf).filter(Boolean)
      : [textOf(parts.summary)];
  const text = parts.prose.map(textOf).join('\n\n');
  const wordCount = text.split(/\s+/).filter(Boolean).length;
  const ld = jsonLdArticle(doc);
  return {
    title: parts.headline ? textOf(parts.headline) : metaContent(doc, 'og:title'),
    byline: parts.byline ? textOf(parts.byline).replace(/^by\s+/i, '') : null,
    published: metaContent(doc, 'article:published_time') ?? (typeof ld?.datePublished === 'string' ? ld.datePublished : null),
    siteName: metaContent(doc, 'og:site_name', 'application-name'),
    lang: doc.documentElement?.getAttribute('lang') ?? null,
    image: metaContent(doc, 'og:image'),
    summary: { kind: parts.summaryKind ?? 'none', points },
    text,
    wordCount,
    readingMinutes: Math.max(1, Math.round(wordCount / 230)),
  };
}
