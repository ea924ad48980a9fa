import { cleanDocument, isItem } from '../core/engine';
import { visibleProse } from '../core/extract/body';
import { CATEGORY_IDS, type CategoryId } from '../core/categories/registry';
import type { HideRecord, RefusedRecord } from '../core/types';
import type { Io } from './io';
import { cliReason } from './messages';
import { forEachPage } from './page';

export interface CleanReport {
  file: string;
  isArticle: boolean;
  kindReason: string;
  hiddenByCategory: Record<CategoryId, number>;
  hidden: HideRecord[];
  refused: RefusedRecord[];
  /** The located prose blocks of the article not inside a hidden element, one per paragraph. */
  text: string;
  elapsedMs: number;
}

function counts(hidden: HideRecord[]): Record<CategoryId, number> {
  const out = Object.fromEntries(CATEGORY_IDS.map((c) => [c, 0])) as Record<CategoryId, number>;
  for (const r of hidden) if (isItem(r)) out[r.category]++;
  return out;
}

function human(r: CleanReport): string {
  const lines = [`== ${r.file}`, `Article:  ${r.isArticle ? 'yes' : 'no'} (${r.kindReason})`, `Hidden:   ${r.hidden.length}`];
  for (const c of CATEGORY_IDS) {
    const list = r.hidden.filter((h) => h.category === c);
    if (!list.length) continue;
    lines.push(`  ${c} (${list.length})`);
    for (const h of list) lines.push(`    - ${h.reason} [${h.rule}]: ${h.text}`);
  }
  lines.push(`Refused by the guard: ${r.refused.length}`);
  for (const f of r.refused) lines.push(`  - ${f.category} [${f.rule}]: ${f.reason}: ${f.text}`);
  const words = r.text.split(/\s+/).filter(Boolean).length;
  lines.push(
    `Visible article text (${words} words):`,
    ...r.text
      .split('\n\n')
      .filter(Boolean)
      .map((p) => `  ${p}`),
    '',
  );
  return lines.join('\n');
}

/** A record with its reason in English, for both outputs (the JSON is read by people too). */
function worded<R extends { reason: string; params?: string[] }>(record: R): Omit<R, 'params'> {
  const { params, ...rest } = record;
  void params;
  return { ...rest, reason: cliReason(record) };
}

/** `tidy-news clean`: what the engine hides, what the guard refused, what text stays. */
export async function runClean(files: string[], opts: { url: string | null; json: boolean }, io: Io): Promise<number> {
  return forEachPage('clean', files, opts, io, (page, file) => {
    const result = cleanDocument(page.doc, { url: page.url });
    const report: CleanReport = {
      file,
      isArticle: result.isArticle,
      kindReason: cliReason(result.state.kind),
      hiddenByCategory: counts(result.hidden),
      hidden: result.hidden.map(worded),
      refused: result.refused.map(worded),
      text: visibleProse(result.state.parts).join('\n\n'),
      elapsedMs: Math.round(result.elapsedMs * 10) / 10,
    };
    io.out(opts.json ? JSON.stringify(report) : human(report));
  });
}
