/**
 * The pages a cost run loads, each under its own https:// URL on the local page server: Readability's
 * corpus pages at `https://fakehost/<page>/article.html` (bench/clutter.ts uses the same URLs), the
 * non-article fixtures at their sidecar's URL (the engine's page-kind test reads the URL).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PageRoute } from '../news-labelled/tls-server';

export interface BenchPage {
  page: string;
  url: string;
  file: string;
}

/**
 * `limit` corpus pages: spread evenly over the name-sorted list by default (the first names are
 * Readability's small unit-test pages, 001…005, base-url…, which alone would be no sample), or the
 * first `limit` by name with `first`.
 */
export function corpusPages(dir: string, limit: number, first = false): BenchPage[] {
  const names = readdirSync(dir)
    .sort()
    .filter((name) => existsSync(join(dir, name, 'source.html')));
  const n = Math.min(limit, names.length);
  const picked = first ? names.slice(0, n) : Array.from({ length: n }, (_, i) => names[Math.floor((i * names.length) / n)]);
  return picked.map((name) => ({ page: name, url: `https://fakehost/${name}/article.html`, file: join(dir, name, 'source.html') }));
}

export function nonArticlePages(dir: string): BenchPage[] {
  const out: BenchPage[] = [];
  const walk = (d: string): void => {
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.html')) {
        const sidecar = path.replace(/\.html$/, '.json');
        const url = existsSync(sidecar) ? (JSON.parse(readFileSync(sidecar, 'utf8')) as { url?: string }).url : undefined;
        out.push({ page: entry.name.replace(/\.html$/, ''), url: url ?? `https://non-article.example/${entry.name}`, file: path });
      }
    }
  };
  walk(dir);
  return out;
}

export const routesOf = (pages: BenchPage[]): PageRoute[] => pages.map(({ url, file }) => ({ url, file }));
