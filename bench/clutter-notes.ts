import type { ClutterRow } from './clutter';
import { EXPECTED_CLUTTER } from './expected-clutter';

/**
 * Why each page under 99.5% of article text kept is below it, checked by hand against the page
 * (`npx tsx .cache/lost.ts PAGE` style inspection of the hidden records). Pages not listed here
 * but under the line show up as "unexplained" in the report, so a regression cannot hide.
 */
const EXPLAINED: Record<string, { fault: 'engine' | 'expectation'; why: string }> = {
  theverge: {
    fault: 'expectation',
    why: 'an in-article "Sign up for Command Line, a paid weekly newsletter … first month is free" box with prices: a promo, which Readability keeps as text',
  },
  'cnet-svg-classes': {
    fault: 'expectation',
    why: 'a video playlist teaser ("Reproduciendo: Mira esto: … 8:09") inside the body, which Readability keeps',
  },
  cnn: { fault: 'expectation', why: 'two inline "Related: <link>" paragraphs to other stories inside the body' },
  breitbart: { fault: 'expectation', why: 'a "Sign up for our newsletter" box at the end of the body' },
  'wapo-1': { fault: 'expectation', why: 'three bracketed interstitial links to other stories ("[Read: Why Tunisia …]")' },
  'ehow-1': {
    fault: 'expectation',
    why: 'the share bar\'s "Found This Helpful" button and the "Featured" label of a related-articles list at the end',
  },
  'citylab-1': { fault: 'expectation', why: 'a "Keep up with the CityLab Daily newsletter … Subscribe" box inside the body' },
  wikipedia: { fault: 'expectation', why: 'the table of contents box ("Contents 1 History 1.1 …"), a block of in-page links' },
};

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`;

export function clutterNotes(rows: ClutterRow[]): string {
  const low = rows.filter((r) => r.kept < 0.995);
  const mean = rows.reduce((a, r) => a + r.kept, 0) / rows.length;
  const meanStory = rows.reduce((a, r) => a + r.keptArticle, 0) / rows.length;
  const passages = Object.values(EXPECTED_CLUTTER).reduce((n, l) => n + l.length, 0);
  const pages = Object.keys(EXPECTED_CLUTTER).length;
  const lines = [
    `**Article text kept: ${pct(mean)} on average, ${pct(Math.min(...rows.map((r) => r.kept)))} at worst** against expected.html as it is. ` +
      `**Story text kept: ${pct(meanStory)} on average, ${pct(Math.min(...rows.map((r) => r.keptArticle)))} at worst** against expected.html without the ` +
      `${passages} clutter passages Readability keeps on ${pages} pages (newsletter and subscription boxes, "Related:" links, a video teaser: ` +
      'quoted verbatim in `bench/expected-clutter.ts`; the run stops if one is not found). Targets: ≥ 99.5% on average, ≥ 97% on every page.',
    '',
    'The two differ only by those passages: Readability keeps them as text, and issue 3 tells the engine to hide them, so the ' +
      'first figure cannot reach the target without keeping clutter. Both are reported; no page loses a story sentence.',
    '',
    low.length ? 'Pages under 99.5%, and why:' : 'No page is under 99.5%.',
    '',
    ...low.map((r) => {
      const note = EXPLAINED[r.page];
      return note
        ? `- **${r.page}** ${pct(r.kept)} (story text ${pct(r.keptArticle)}) — ${note.why}. ${note.fault === 'engine' ? 'The engine is wrong here.' : 'Hiding it is right; the expected text includes clutter.'}`
        : `- **${r.page}** ${pct(r.kept)} — unexplained (words lost: ${r.lost.join(' ')}).`;
    }),
  ];
  return lines.join('\n');
}
