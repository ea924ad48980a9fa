/**
 * What the browser tests read from the repo besides the built extension: the sidecar JSON of a
 * page and the site fixtures. The repo root and the builds are scripts/dev/repo.ts's, re-exported
 * here for the many tests that import them with these helpers.
 */
import { existsSync, readdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { REPO } from '../../../scripts/dev/repo';

export { DIST_CHROME, DIST_FIREFOX, REPO } from '../../../scripts/dev/repo';

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
