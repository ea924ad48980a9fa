import type { ArticleInfo } from '../core/extract/article-info';
import { formatPublished } from '../core/extract/dates';
import { escapeMarkdown, safeUrl, toMarkdown } from '../core/extract/markdown';
import { summarySections } from '../shared/summary-labels';

/**
 * What "Copy summary" and "Copy as Markdown" put on the clipboard. Pure: the words around the
 * article's own text (section headings, "By", "Page:") come in `words`, from _locales.
 */
export interface CopyWords {
  heading: (key: string) => string;
  byline: (byline: string) => string;
  page: (url: string) => string;
  published: (date: string) => string;
}

/** Plain text: the headline, the summary points (each section under its heading), the page's URL. */
export function summaryText(article: ArticleInfo, url: string, words: CopyWords): string {
  const lines = [article.title ?? ''];
  for (const section of summarySections(article.summary))
    lines.push('', words.heading(section.key), ...section.points.map((p) => `• ${p}`));
  lines.push('', words.page(url));
  return `${lines.join('\n').trim()}\n`;
}

/**
 * Markdown: the headline, byline, date and link, the summary, then the cleaned body (`body`, the
 * article's elements; its paragraphs' text where there is none).
 */
export function articleMarkdown(article: ArticleInfo, body: Element | null, url: string, words: CopyWords): string {
  const out = [`# ${escapeMarkdown(article.title ?? '')}`];
  const meta: string[] = [];
  if (article.byline) meta.push(escapeMarkdown(words.byline(article.byline)));
  const date = formatPublished(article.published);
  if (date) meta.push(escapeMarkdown(words.published(date)));
  const link = safeUrl(url, url);
  if (link) meta.push(`<${link}>`);
  if (meta.length) out.push(meta.join('  \n'));
  for (const section of summarySections(article.summary))
    out.push(`## ${escapeMarkdown(words.heading(section.key))}`, section.points.map((p) => `- ${escapeMarkdown(p)}`).join('\n'));
  const text = body
    ? toMarkdown(body, url)
    : article.text
        .split(/\n{2,}/)
        .map(escapeMarkdown)
        .join('\n\n');
  if (text) out.push('---', text);
  return `${out.join('\n\n')}\n`;
}
