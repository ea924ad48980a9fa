/**
 * Our fixtures scored the way the held-out check is described: every kept (labelled) element of
 * the article visible, and the share of labelled clutter hidden. Run alone: `npx tsx bench/fixture-score.ts`.
 */
import { cleanDocument } from '../src/core/engine';
import { HIDDEN_ATTR, SHOWN_ATTR } from '../src/core/marks';
import { listFixtures } from '../test/helpers/fixtures';
import { loadDocument } from '../test/helpers/page';

export interface FixtureScore {
  id: string;
  keep: number;
  keepLost: number;
  hide: number;
  hidden: number;
  missed: string[];
}

const HIDDEN = `[${HIDDEN_ATTR}]:not([${SHOWN_ATTR}])`;

export function scoreFixtures(): FixtureScore[] {
  return listFixtures().map((f) => {
    const doc = loadDocument(f.html, f.expect.url);
    cleanDocument(doc, { url: f.expect.url });
    const keeps = Array.from(doc.querySelectorAll('[data-expect="keep"]'));
    const hides = Array.from(doc.querySelectorAll('[data-expect="hide"]'));
    const lost = keeps.filter(
      (k) => k.closest(HIDDEN) || Array.from(k.querySelectorAll(HIDDEN)).some((h) => !h.closest('[data-expect="hide"]')),
    );
    const missed = hides.filter((h) => !h.closest(HIDDEN));
    return {
      id: f.id,
      keep: keeps.length,
      keepLost: lost.length,
      hide: hides.length,
      hidden: hides.length - missed.length,
      missed: missed.map((m) => (m.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 50) || `<${m.tagName.toLowerCase()}>`),
    };
  });
}

export function fixtureReport(rows: FixtureScore[]): string {
  const sum = (f: (r: FixtureScore) => number): number => rows.reduce((a, r) => a + f(r), 0);
  const pct = (a: number, b: number): string => `${((100 * a) / Math.max(1, b)).toFixed(1)}%`;
  return [
    `Fixture pages: ${rows.length}. Kept elements hidden: **${sum((r) => r.keepLost)} of ${sum((r) => r.keep)}**. ` +
      `Labelled clutter hidden: **${pct(
        sum((r) => r.hidden),
        sum((r) => r.hide),
      )}** (${sum((r) => r.hidden)} of ${sum((r) => r.hide)}).`,
    '',
    '| fixture | keep lost | clutter hidden | missed |',
    '|---|---|---|---|',
    ...rows.map(
      (r) => `| ${r.id} | ${r.keepLost}/${r.keep} | ${r.hidden}/${r.hide} | ${r.missed.map((m) => m.replace(/\|/g, '/')).join('; ')} |`,
    ),
  ].join('\n');
}

if (process.argv[1]?.endsWith('fixture-score.ts')) console.log(fixtureReport(scoreFixtures()));
