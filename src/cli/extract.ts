import { cleanDocument } from '../core/engine';
import { extractArticle, formatPublished, type ArticleInfo } from '../core/extract';
import { SUMMARY_LABEL_KEYS, summarySections } from '../shared/summary-labels';
import type { Io } from './io';
import { cliMessage } from './messages';
import { forEachPage } from './page';

/** The summary's sections with the popup's headings ("From the publisher", "Key points from the article"). */
function summaryLines(a: ArticleInfo): string[] {
  const sections = summarySections(a.summary);
  if (!sections.length) return [`${cliMessage(SUMMARY_LABEL_KEYS.none)}.`];
  return sections.flatMap((s) => [`${cliMessage(s.key)}${s.kind === 'story' ? '' : ` (${s.kind})`}:`, ...s.points.map((p) => `  • ${p}`)]);
}

/** The fields `extract --json` prints, in this order. */
function articleJson(file: string, isArticle: boolean, a: ArticleInfo): Record<string, unknown> {
  return {
    file,
    isArticle,
    title: a.title,
    byline: a.byline,
    published: a.published,
    siteName: a.siteName,
    lang: a.lang,
    image: a.image,
    summary: { kind: a.summary.kind, publisher: a.summary.publisher, story: a.summary.story },
    text: a.text,
    wordCount: a.wordCount,
    readingMinutes: a.readingMinutes,
  };
}

function human(file: string, isArticle: boolean, a: ArticleInfo): string {
  const shown = formatPublished(a.published);
  const lines = [
    `== ${file}${isArticle ? '' : '  (not recognised as an article: extracted anyway)'}`,
    `Title:      ${a.title ?? '—'}`,
    `Byline:     ${a.byline ?? '—'}`,
    `Published:  ${a.published ? `${a.published}${shown ? `  (${shown})` : ''}` : '—'}`,
    `Site:       ${a.siteName ?? '—'}`,
    `Language:   ${a.lang ?? '—'}`,
    `Image:      ${a.image ?? '—'}`,
    `Length:     ${a.wordCount} words, ${a.readingMinutes} min read`,
    ...summaryLines(a),
    'Text:',
    ...a.text.split('\n\n').map((p) => `  ${p}`),
    '',
  ];
  return lines.join('\n');
}

/** `tidy-news extract`: one page after the other; a failure is reported and the rest still run. */
export async function runExtract(files: string[], opts: { url: string | null; json: boolean }, io: Io): Promise<number> {
  return forEachPage('extract', files, opts, io, (page, file) => {
    const { isArticle, state } = cleanDocument(page.doc, { url: page.url });
    const info = extractArticle(page.doc, state.parts);
    io.out(opts.json ? JSON.stringify(articleJson(file, isArticle, info)) : human(file, isArticle, info));
  });
}
