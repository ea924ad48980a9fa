/**
 * Extraction on our fixture pages, where the truth is known (each sidecar names the visible
 * headline, byline, date, site and summary kind), for ours and Readability alone. Unlike the
 * corpus comparison, this measures against what the reader sees, not against Readability's output.
 * Run alone: `npx tsx bench/fixture-extraction.ts`.
 */
import { Readability } from '@mozilla/readability';
import { cleanDocument } from '../src/core/engine';
import { extractArticle } from '../src/core/extract';
import { listFixtures } from '../test/helpers/fixtures';
import { loadDocument } from '../test/helpers/page';

interface Fields {
  title: string | null;
  byline: string | null;
  published: string | null;
  siteName: string | null;
}

type Field = keyof Fields;
const FIELDS: Field[] = ['title', 'byline', 'published', 'siteName'];
const fold = (s: string | null | undefined): string => (s ?? '').normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();

/** The same rules as the fixture unit test: exact headline, byline containing the sidecar's, same instant. */
function agrees(field: Field, got: string | null, want: string | null): boolean {
  if (field === 'byline') return want ? !!got && fold(got).includes(fold(want)) : got === null;
  if (field === 'published') return !!got && !!want && Math.abs(Date.parse(got) - Date.parse(want)) < 1000;
  return fold(got) === fold(want);
}

export interface FixtureExtractionRow {
  id: string;
  ours: Record<Field, boolean>;
  readability: Record<Field, boolean>;
  oursSummaryKind: boolean;
}

export function scoreFixtureExtraction(): FixtureExtractionRow[] {
  return listFixtures()
    .filter((f) => f.expect.isArticle)
    .map((f) => {
      const e = f.expect;
      const want: Fields = {
        title: e.headline ?? null,
        byline: e.byline ?? null,
        published: e.published ?? null,
        siteName: e.siteName ?? null,
      };
      const doc = loadDocument(f.html, e.url);
      const r = new Readability(loadDocument(f.html, e.url)).parse();
      const theirs: Fields = {
        title: r?.title ?? null,
        byline: r?.byline ?? null,
        published: r?.publishedTime ?? null,
        siteName: r?.siteName ?? null,
      };
      const { state } = cleanDocument(doc, { url: e.url });
      const a = extractArticle(doc, state.parts);
      const ours: Fields = { title: a.title, byline: a.byline, published: a.published, siteName: a.siteName };
      const score = (x: Fields): Record<Field, boolean> =>
        Object.fromEntries(FIELDS.map((k) => [k, agrees(k, x[k], want[k])])) as Record<Field, boolean>;
      return { id: f.id, ours: score(ours), readability: score(theirs), oursSummaryKind: !e.summary || a.summary.kind === e.summary.kind };
    });
}

export function fixtureExtractionReport(rows: FixtureExtractionRow[]): string {
  const pct = (n: number): string => `${((100 * n) / rows.length).toFixed(1)}% (${n}/${rows.length})`;
  const count = (tool: 'ours' | 'readability', k: Field): number => rows.filter((r) => r[tool][k]).length;
  const misses = rows.filter((r) => FIELDS.some((k) => !r.ours[k]) || !r.oursSummaryKind);
  return [
    `Article fixtures: ${rows.length}. A field agrees when the headline is the visible one exactly, the byline contains the sidecar's names (or both are empty), and the date is the same instant to the second.`,
    '',
    '| tool | headline | byline | published | site name | summary kind |',
    '| --- | --- | --- | --- | --- | --- |',
    `| ours | ${FIELDS.map((k) => pct(count('ours', k))).join(' | ')} | ${pct(rows.filter((r) => r.oursSummaryKind).length)} |`,
    `| readability | ${FIELDS.map((k) => pct(count('readability', k))).join(' | ')} | — |`,
    '',
    misses.length
      ? `Ours differs from a sidecar on: ${misses.map((r) => r.id).join(', ')}.`
      : 'Ours agrees with every sidecar on every field.',
  ].join('\n');
}

if (process.argv[1]?.endsWith('fixture-extraction.ts')) console.log(fixtureExtractionReport(scoreFixtureExtraction()));
