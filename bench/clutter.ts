/**
 * Clutter benchmark over the Readability corpus: for each page, the share of the article's words
 * (expected.html) still visible after cleaning, what was hidden per category, and the share of the
 * page's other words that was hidden. Run alone: `npx tsx bench/clutter.ts`.
 */
import { JSDOM, VirtualConsole } from 'jsdom';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { cleanDocument, isItem } from '../src/core/engine';
import { HIDDEN_ATTR } from '../src/core/marks';
import { CATEGORY_IDS, type CategoryId } from '../src/core/categories/registry';
import { withoutExpectedClutter } from './expected-clutter';
import { counts, overlap, tokens, total, visibleText } from './text-tokens';

export interface ClutterRow {
  page: string;
  isArticle: boolean;
  kept: number;
  /** The same, with the clutter passages inside Readability's output set aside (expected-clutter.ts). */
  keptArticle: number;
  clutterHidden: number;
  hidden: Record<CategoryId, number>;
  refused: number;
  ms: number;
  lost: string[];
}

const quiet = new VirtualConsole();

function clutterPage(dir: string, page: string): ClutterRow {
  const html = readFileSync(join(dir, page, 'source.html'), 'utf8');
  const expectedHtml = readFileSync(join(dir, page, 'expected.html'), 'utf8');
  const url = `http://fakehost/${page}/article.html`;
  const doc = new JSDOM(html, { url, virtualConsole: quiet }).window.document;
  const expectedDoc = new JSDOM(expectedHtml, { virtualConsole: quiet }).window.document;
  const expectedText = visibleText(expectedDoc.body, () => false);
  const article = counts(tokens(expectedText));
  const story = counts(withoutExpectedClutter(page, tokens(expectedText)));
  const before = counts(tokens(visibleText(doc.body, () => false)));
  const t0 = performance.now();
  const result = cleanDocument(doc, { url });
  const ms = performance.now() - t0;
  const after = counts(tokens(visibleText(doc.body, (el) => el.hasAttribute(HIDDEN_ATTR))));
  const articleTotal = total(article);
  const keptArticle = overlap(article, after);
  const clutterBefore = total(before) - overlap(article, before);
  const clutterAfter = total(after) - keptArticle;
  const hidden = Object.fromEntries(CATEGORY_IDS.map((c) => [c, 0])) as Record<CategoryId, number>;
  for (const r of result.hidden) if (isItem(r)) hidden[r.category]++;
  // Which article words went missing, for the report's explanations.
  const lost: string[] = [];
  for (const [w, c] of article) if ((after.get(w) ?? 0) < Math.min(c, before.get(w) ?? 0)) lost.push(w);
  return {
    page,
    isArticle: result.isArticle,
    kept: articleTotal ? keptArticle / Math.min(articleTotal, overlap(article, before)) : 1,
    keptArticle: total(story) ? overlap(story, after) / Math.min(total(story), overlap(story, before)) : 1,
    clutterHidden: clutterBefore > 0 ? Math.max(0, (clutterBefore - clutterAfter) / clutterBefore) : 0,
    hidden,
    refused: result.refused.length,
    ms,
    lost: lost.slice(0, 12),
  };
}

export function benchClutter(dir: string): ClutterRow[] {
  return readdirSync(dir)
    .filter((p) => existsSync(join(dir, p, 'source.html')) && existsSync(join(dir, p, 'expected.html')))
    .sort()
    .map((p) => clutterPage(dir, p));
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

export function clutterReport(rows: ClutterRow[]): string {
  const mean = (f: (r: ClutterRow) => number): number => rows.reduce((a, r) => a + f(r), 0) / rows.length;
  const lines = [
    `Pages: ${rows.length}. Article text kept: mean ${pct(mean((r) => r.kept))}, minimum ${pct(Math.min(...rows.map((r) => r.kept)))} ` +
      `(without the clutter inside Readability's output: mean ${pct(mean((r) => r.keptArticle))}, minimum ${pct(Math.min(...rows.map((r) => r.keptArticle)))}). ` +
      `Non-article text hidden: mean ${pct(mean((r) => r.clutterHidden))}. Heuristics ran on ${rows.filter((r) => r.isArticle).length} pages judged articles. ` +
      `Engine time per page (jsdom): mean ${mean((r) => r.ms).toFixed(0)} ms.`,
    '',
    `| page | article | kept | kept (story) | other text hidden | ${CATEGORY_IDS.join(' | ')} | refused | ms |`,
    `|---|---|---|---|---|${CATEGORY_IDS.map(() => '---').join('|')}|---|---|`,
    ...rows.map(
      (r) =>
        `| ${r.page} | ${r.isArticle ? 'yes' : 'no'} | ${pct(r.kept)} | ${pct(r.keptArticle)} | ${pct(r.clutterHidden)} | ${CATEGORY_IDS.map((c) => r.hidden[c]).join(' | ')} | ${r.refused} | ${r.ms.toFixed(0)} |`,
    ),
  ];
  return lines.join('\n');
}

if (process.argv[1]?.endsWith('clutter.ts')) {
  const dir = process.argv[2] ?? join(import.meta.dirname, '../../shared/corpus/readability');
  const rows = benchClutter(dir);
  console.log(clutterReport(rows));
  for (const r of rows.filter((x) => x.kept < 0.995)) console.log(`LOW ${r.page} ${pct(r.kept)} lost: ${r.lost.join(' ')}`);
}
