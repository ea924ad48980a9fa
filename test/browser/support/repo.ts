/**
 * Where the browser tests and `npm start` find things in the repo: its root, the built extension,
 * the sidecar JSON of a page and the site fixtures.
 */
import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
/** The built extension; env TIDY_DIST_CHROME / TIDY_DIST_FIREFOX point the tests at another build. */
export const DIST_CHROME = process.env.TIDY_DIST_CHROME || join(REPO, 'dist/chrome');
export const DIST_FIREFOX = process.env.TIDY_DIST_FIREFOX || join(REPO, 'dist/firefox');

/** What a page's sidecar JSON holds (written with the fixtures; read as it is, not checked). */
interface Sidecar {
  headline: string | null;
  summary: { kind: string; first: string } | null;
  siteName?: string | null;
  byline?: string | null;
}

/** The sidecar JSON next to a fixture or demo page (`demo/article.html` → `demo/article.json`). */
export async function readSidecar(repoPath: string): Promise<Sidecar> {
  return JSON.parse(await readFile(join(REPO, repoPath.replace(/\.html$/, '.json')), 'utf8')) as Sidecar;
}

/**
 * Up to `count` site fixtures (`test/fixtures/sites/<id>.html`, repo-relative paths): the preferred
 * ids that exist now, then others in name order. Missing ones are skipped.
 */
export function pickSiteFixtures(preferred: string[], count: number): string[] {
  const dir = join(REPO, 'test/fixtures/sites');
  if (!existsSync(dir)) return [];
  const ids = preferred.filter((id) => existsSync(join(dir, `${id}.html`)));
  for (const file of readdirSync(dir).sort()) {
    const id = file.replace(/\.html$/, '');
    if (ids.length >= count) break;
    if (file.endsWith('.html') && !ids.includes(id)) ids.push(id);
  }
  return ids.slice(0, count).map((id) => `test/fixtures/sites/${id}.html`);
}
