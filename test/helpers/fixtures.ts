import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

interface FixtureExpect {
  model?: string;
  url: string;
  lang?: string;
  isArticle: boolean;
  headline: string | null;
  byline: string | null;
  published: string | null;
  siteName: string | null;
  summary: { kind: string; first: string } | null;
  /** Clutter the engine is known not to hide yet, by the start of its text, with the reason. */
  knownMisses?: Array<{ text: string; why: string }>;
}

export interface Fixture {
  id: string;
  htmlPath: string;
  html: string;
  expect: FixtureExpect;
}

/** Every fixture page with its sidecar: site fixtures, non-article pages, and the demo pages. */
export function listFixtures(...dirs: string[]): Fixture[] {
  const folders = dirs.length ? dirs : ['test/fixtures/sites', 'test/fixtures/non-article', 'test/fixtures/seed', 'demo'];
  const out: Fixture[] = [];
  for (const dir of folders) {
    const abs = join(REPO, dir);
    if (!existsSync(abs)) continue;
    for (const file of readdirSync(abs)
      .filter((f) => f.endsWith('.html'))
      .sort()) {
      const sidecar = join(abs, file.replace(/\.html$/, '.json'));
      if (!existsSync(sidecar)) continue;
      const expect = JSON.parse(readFileSync(sidecar, 'utf8')) as FixtureExpect;
      out.push({
        id: `${basename(dir)}/${file.replace(/\.html$/, '')}`,
        htmlPath: join(abs, file),
        html: readFileSync(join(abs, file), 'utf8'),
        expect,
      });
    }
  }
  return out;
}
