/** The markdown report of a news-labelled run: totals per set, then one line per page. */
import type { Split } from './corpus';
import type { PageScore } from './measure';

export interface NewsLabelledRow extends PageScore {
  page: string;
  split: Split;
  /** `[data-tidy-hidden]` elements per category with the extension. */
  hiddenByCategory: Record<string, number>;
  /** The engine's verdict (content script report); null when it did not answer. */
  isArticle: boolean | null;
  kindReason: string | null;
  /** `load` did not fire within the timeout in either browser; the page was read as it stood. */
  loadTimedOut: boolean;
  /** Whatever makes the row suspect (failed document, navigation away, a read that failed), per browser. */
  notes: string[];
}

const MAX_SNIPPET = 60;
const MAX_LEFT = 6;

const pct = (part: number, whole: number): string => (whole ? `${Math.round((100 * part) / whole)}%` : '–');
const ratio = (part: number, whole: number): string => `${pct(part, whole)} (${part}/${whole})`;
const cell = (text: string): string => text.replace(/\|/g, '\\|');
const short = (text: string): string => (text.length > MAX_SNIPPET ? `${text.slice(0, MAX_SNIPPET - 1)}…` : text);
const sum = (rows: NewsLabelledRow[], pick: (row: NewsLabelledRow) => number): number => rows.reduce((n, row) => n + pick(row), 0);
const hiddenTotal = (row: NewsLabelledRow): number => Object.values(row.hiddenByCategory).reduce((a, b) => a + b, 0);

function totalsLine(name: string, rows: NewsLabelledRow[]): string {
  const under80 = rows.filter((r) => r.hideSeen > 0 && r.hideGone / r.hideSeen < 0.8).length;
  const keepLoss = rows.filter((r) => r.lostKeep.length > 0).length;
  const noneGone = rows.filter((r) => r.hideSeen > 0 && r.hideGone === 0).length;
  const noElement = rows.filter((r) => hiddenTotal(r) === 0).length;
  const keep = ratio(
    sum(rows, (r) => r.keepKept),
    sum(rows, (r) => r.keepSeen),
  );
  const hide = ratio(
    sum(rows, (r) => r.hideGone),
    sum(rows, (r) => r.hideSeen),
  );
  return `| ${name} | ${rows.length} | ${keep} | ${hide} | ${under80} | ${keepLoss} | ${noneGone} | ${noElement} |`;
}

function pageLine(row: NewsLabelledRow): string {
  const categories = Object.entries(row.hiddenByCategory)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([category, n]) => `${category} ${n}`)
    .join(', ');
  const left = row.leftVisible.slice(0, MAX_LEFT).map((s) => `“${short(s)}”`);
  if (row.leftVisible.length > MAX_LEFT) left.push(`+${row.leftVisible.length - MAX_LEFT} more`);
  const article = row.isArticle === null ? '?' : row.isArticle ? 'yes' : `no (${row.kindReason ?? ''})`;
  const flags = [row.loadTimedOut ? 'load timed out' : '', ...row.notes, ...row.lostKeep.map((s) => `lost keep: “${short(s)}”`)].filter(
    Boolean,
  );
  return `| ${row.page} | ${row.split} | ${article} | ${row.keepKept}/${row.keepSeen} | ${ratio(row.hideGone, row.hideSeen)} | ${categories || '–'} | ${cell(left.join(' · ') || '–')} | ${cell(flags.join('; '))} |`;
}

export function newsLabelledReport(rows: NewsLabelledRow[]): string {
  const sets: Array<[string, NewsLabelledRow[]]> = [
    ['all', rows],
    ['tune', rows.filter((r) => r.split === 'tune')],
    ['held-out', rows.filter((r) => r.split === 'held-out')],
  ];
  const keepAbsent = sum(rows, (r) => r.keepAbsent);
  const hideAbsent = sum(rows, (r) => r.hideAbsent);
  return [
    '| set | pages | keep | hide | pages under 80% hide | pages with keep loss | pages with 0% hide | pages with no element hidden |',
    '|---|---|---|---|---|---|---|---|',
    ...sets.map(([name, set]) => totalsLine(name, set)),
    '',
    `keep and hide are sums over the set (sentences kept ÷ seen, clutter occurrences gone ÷ seen). Not visible even without the extension, so left out: ${keepAbsent} must_keep and ${hideAbsent} must_hide snippets.`,
    '',
    '| page | split | article | keep | hide | hidden elements | left visible | notes |',
    '|---|---|---|---|---|---|---|---|',
    ...rows.map(pageLine),
  ].join('\n');
}
