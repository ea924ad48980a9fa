/**
 * The popup's summary on the news-labelled corpus, computed in jsdom the way the CLI does (clutter
 * engine first, then extraction): per page, the summary's sections and points; whether every point
 * is text of the page (a story sentence, the visible standfirst); whether a point carries a labelled
 * must_hide snippet; whether the labelled standfirst is shown; whether a story of 6+ paragraphs
 * gets at least 3 points.
 *
 * Run alone: `npx tsx bench/summary.ts [--pages a,b] [--show]` (--show prints every summary).
 */
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { openPage } from '../src/cli/page';
import { cleanDocument } from '../src/core/engine';
import { extractArticle, type ArticleSummary } from '../src/core/extract';
import { cleanedClone } from '../src/core/extract/clone';
import { descriptionsOf } from '../src/core/extract/metadata';
import { textLines } from '../src/core/extract/text-blocks';
import { corpusDir, listPages, readLabel, splitOf, type Split } from './news-labelled/corpus';

export interface SummaryRow {
  page: string;
  split: Split;
  headline: string | null;
  publisherKind: string | null;
  publisher: string[];
  story: string[];
  paragraphs: number;
  /** Points that are not text of the cleaned page (a meta description is counted apart). */
  notInPage: string[];
  /** The publisher's points that come from metadata, not from the visible page. */
  fromMeta: number;
  /** Points that contain (or are) a labelled must_hide snippet. */
  clutter: string[];
  /** null when the label has no standfirst. */
  standfirstShown: boolean | null;
  /** The story has 6+ paragraphs: at least 3 key points (the publisher's or the story's) are wanted. */
  long: boolean;
  enoughPoints: boolean;
}

const fold = (s: string): string =>
  s.normalize('NFKC').replace(/[‘’]/g, "'").replace(/[“”„]/g, '"').replace(/\s+/g, ' ').trim().toLowerCase();

export async function benchSummary(options: { corpus?: string; pages?: string[] } = {}): Promise<SummaryRow[]> {
  const dir = options.corpus ?? corpusDir();
  const rows: SummaryRow[] = [];
  for (const page of listPages(dir).filter((p) => !options.pages || options.pages.includes(p))) {
    const label = readLabel(dir, page);
    const opened = await openPage(join(dir, `${page}.html`), label.url);
    try {
      const { state } = cleanDocument(opened.doc, { url: opened.url });
      const a = extractArticle(opened.doc, state.parts);
      const meta = descriptionsOf(opened.doc).map(fold);
      rows.push(scoreSummary(page, a.summary, a.title, a.text, visibleText(opened.doc), meta, label));
    } finally {
      opened.close();
    }
  }
  return rows;
}

/** The page as the reader sees it after cleaning: hidden elements gone, lines joined. */
function visibleText(doc: Document): string {
  const clone = cleanedClone(doc);
  return fold(clone.body ? textLines(clone.body).join(' \n ') : '');
}

function scoreSummary(
  page: string,
  s: ArticleSummary,
  title: string | null,
  text: string,
  pageText: string,
  meta: string[],
  label: { standfirst: string | null; must_hide: string[] },
): SummaryRow {
  const publisher = s.publisher?.points ?? [];
  const points = [...publisher, ...s.story];
  const standfirst = label.standfirst ? fold(label.standfirst) : null;
  const onPage = (p: string): boolean => pageText.includes(fold(p)) || (standfirst ?? '').includes(fold(p));
  // A meta description is the publisher's text but not the page's: counted apart.
  const isMeta = (p: string): boolean => meta.some((m) => m.includes(fold(p).replace(/(?<!\s)\s*(\.\.\.|…)$/, '')));
  const fromMeta = publisher.filter((p) => !onPage(p) && isMeta(p)).length;
  const notInPage = points.filter((p) => !onPage(p) && !(publisher.includes(p) && isMeta(p)));
  const snippets = label.must_hide.map(fold).filter((h) => h.length >= 3);
  const clutter = points.filter((p) => snippets.some((h) => fold(p).includes(h) || (h.length >= 20 && h.includes(fold(p)))));
  const shownPublisher = fold(publisher.join(' '));
  const standfirstShown =
    standfirst === null ? null : shownPublisher.includes(standfirst) || standfirst.includes(shownPublisher || '\u0000');
  const paragraphs = text ? text.split('\n\n').length : 0;
  const keyPoints = s.publisher?.kind === 'key-points' ? publisher.length : 0;
  return {
    page,
    split: splitOf(page),
    headline: title,
    publisherKind: s.publisher?.kind ?? null,
    publisher,
    story: s.story,
    paragraphs,
    notInPage,
    fromMeta,
    clutter,
    standfirstShown,
    long: paragraphs >= 6,
    enoughPoints: s.story.length >= 3 || keyPoints >= 3,
  };
}

const pct = (part: number, whole: number): string => (whole ? `${Math.round((100 * part) / whole)}%` : '–');
const ratio = (part: number, whole: number): string => `${pct(part, whole)} (${part}/${whole})`;
const cell = (t: string): string => t.replace(/\|/g, '\\|');
const short = (t: string, n = 50): string => (t.length > n ? `${t.slice(0, n - 1)}…` : t);

function totals(rows: SummaryRow[]): string {
  const kinds = new Map<string, number>();
  for (const r of rows) {
    const k = `${r.publisherKind ?? 'none'}${r.story.length ? ' + story' : ''}`;
    kinds.set(k, (kinds.get(k) ?? 0) + 1);
  }
  const points = rows.reduce((n, r) => n + r.publisher.length + r.story.length, 0);
  const withStandfirst = rows.filter((r) => r.standfirstShown !== null);
  const long = rows.filter((r) => r.long);
  const lines = [
    '| measure | result | target |',
    '| --- | --- | --- |',
    `| pages | ${rows.length} | |`,
    `| summary sections | ${[...kinds].map(([k, n]) => `${k}: ${n}`).join(', ')} | |`,
    `| points shown (per page) | ${points} (${(points / Math.max(1, rows.length)).toFixed(1)}) | |`,
    `| pages where every point is page text (story sentence or standfirst; a meta description apart) | ${ratio(
      rows.filter((r) => r.notInPage.length === 0).length,
      rows.length,
    )} | |`,
    `| pages whose publisher section shows a meta description (not page text) | ${rows.filter((r) => r.fromMeta > 0).length} | |`,
    `| pages with a point that is a must_hide snippet | ${rows.filter((r) => r.clutter.length > 0).length} | 0 |`,
    `| labelled standfirst shown | ${ratio(withStandfirst.filter((r) => r.standfirstShown).length, withStandfirst.length)} | all |`,
    `| 6+ paragraphs and at least 3 key points | ${ratio(long.filter((r) => r.enoughPoints).length, long.length)} | all |`,
  ];
  return lines.join('\n');
}

export function summaryReport(rows: SummaryRow[]): string {
  const perPage = rows.map((r) => {
    const issues = [
      ...r.clutter.map((p) => `clutter: “${short(p)}”`),
      ...r.notInPage.map((p) => `not on page: “${short(p)}”`),
      ...(r.standfirstShown === false ? ['standfirst not shown'] : []),
      ...(r.long && !r.enoughPoints ? ['under 3 points'] : []),
    ];
    return `| ${r.page} | ${r.split} | ${r.publisherKind ?? '–'} ${r.publisher.length} | ${r.story.length} | ${r.paragraphs} | ${cell(issues.join('; ') || 'ok')} |`;
  });
  return [
    'The 68 real pages of `../shared/corpus/news-labelled/` in jsdom, as the CLI runs them (clutter engine,',
    'then extraction): the summary the popup shows, its sections (the publisher’s key points, standfirst',
    'or meta description; then key points from the story), whether every point is text of the cleaned',
    'page, whether one carries a labelled must_hide snippet, whether the labelled standfirst is shown,',
    'and whether a story of 6+ paragraphs gets at least 3 key points. Run alone: `npx tsx bench/summary.ts`',
    '(`--show` prints every summary).',
    '',
    totals(rows),
    '',
    '<details><summary>Per page</summary>',
    '',
    '| page | set | publisher (kind, points) | story points | paragraphs | issues |',
    '| --- | --- | --- | --- | --- | --- |',
    ...perPage,
    '',
    '</details>',
  ].join('\n');
}

/** Every page's summary as a reader would see it. */
function summaryTexts(rows: SummaryRow[]): string {
  return rows
    .map((r) =>
      [
        `== ${r.page}: ${r.headline ?? '—'}`,
        ...(r.publisherKind ? [`  From the publisher (${r.publisherKind}):`, ...r.publisher.map((p) => `    • ${p}`)] : []),
        ...(r.story.length ? ['  Key points from the article:', ...r.story.map((p) => `    • ${p}`)] : []),
      ].join('\n'),
    )
    .join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { pages: { type: 'string' }, show: { type: 'boolean', default: false } } });
  const rows = await benchSummary({ pages: values.pages?.split(',').map((p) => p.trim()) });
  if (values.show) console.log(`${summaryTexts(rows)}\n`);
  console.log(summaryReport(rows));
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
