/**
 * The news-labelled corpus (../shared/corpus/news-labelled, never copied into the project): real
 * article pages, each `NAME.html` with its label `NAME.json` (format: the corpus README), and the
 * fixed tune / held-out split every consumer of the corpus uses.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The corpus folder: env TIDY_NEWS_LABELLED, else `../shared/corpus/news-labelled` next to the repo. */
export const corpusDir = (): string => process.env.TIDY_NEWS_LABELLED || join(REPO, '../shared/corpus/news-labelled');

export interface PageLabel {
  file: string;
  /** The address the page is loaded under (its canonical URL). */
  url: string;
  headline: string;
  standfirst: string | null;
  /** Article sentences that must stay visible. */
  must_keep: string[];
  /** Clutter snippets; each occurrence in the page's text counts. */
  must_hide: string[];
  notes?: string;
}

/** Names (file name without `.html`) of the pages that have a label, in code-unit order. */
export function listPages(dir: string): string[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith('.html') && existsSync(join(dir, file.replace(/\.html$/, '.json'))))
    .map((file) => file.replace(/\.html$/, ''))
    .sort();
}

export const readLabel = (dir: string, page: string): PageLabel => JSON.parse(readFileSync(join(dir, `${page}.json`), 'utf8')) as PageLabel;

export type Split = 'tune' | 'held-out';

/**
 * The held-out third: every page whose index in the sorted list of the 68 pages is 2 mod 3. Written
 * out rather than recomputed so that pages added to the corpus later do not move pages between the
 * sets (a new page is a tune page until someone decides otherwise).
 */
const HELD_OUT: readonly string[] = [
  'bbc-arabic',
  'breakingbelizenews.com-paho',
  'californiaglobe.com.amazon',
  'corkbeo.ie.level',
  'elnuevoherald.com-miami',
  'fiercepharma',
  'gothamist.com-plagues',
  'harpers.org.justice',
  'infobae.com-ucrania',
  'japanese_article',
  'lanacion.com.ar-jugada',
  'metrotimes.com-Mezcal',
  'nationalgeographic.co.uk.goats',
  'observer.com-LVMH',
  'pcmag.com.platters',
  'raw-story',
  'spiegel.de.albtraum',
  'theguardian.com.academics',
  'thepointsguy.com.alaska',
  'tribune242.com-gunned',
  'vanityfair',
  'wsvn.com-crash',
];

export const splitOf = (page: string): Split => (HELD_OUT.includes(page) ? 'held-out' : 'tune');
