import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CleanReport } from '../../src/cli/clean';
import { main } from '../../src/cli/main';
import { decodeBytes, decodeHtml, prescanCharset } from '../../src/cli/load-html';
import type { ArticleInfo } from '../../src/core/extract';
import { REPO } from '../helpers/fixtures';

/** Encoders built from the platform's own decoders (the tests make their files; nothing shipped). */
function encoderFor(encoding: string, leads: number[], trails: number[]): (s: string) => Uint8Array {
  const decoder = { decode: (b: Uint8Array) => decodeBytes(b, encoding) };
  const map = new Map<string, number[]>();
  for (let b = 0; b < 0x80; b++) map.set(String.fromCharCode(b), [b]);
  for (const lead of leads) {
    if (trails.length === 0) {
      const ch = decoder.decode(new Uint8Array([lead]));
      if (!map.has(ch)) map.set(ch, [lead]);
      continue;
    }
    for (const trail of trails) {
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && ch !== '\ufffd' && !map.has(ch)) map.set(ch, [lead, trail]);
    }
  }
  return (s) => {
    const out: number[] = [];
    for (const ch of s) {
      const bytes = map.get(ch);
      if (!bytes) throw new Error(`cannot encode ${ch} in ${encoding}`);
      out.push(...bytes);
    }
    return new Uint8Array(out);
  };
}
const range = (a: number, b: number): number[] => Array.from({ length: b - a + 1 }, (_, i) => a + i);
const win1252 = encoderFor('windows-1252', range(0x80, 0xff), []);
const shiftJis = encoderFor('shift_jis', [...range(0x81, 0x9f), ...range(0xe0, 0xfc)], range(0x40, 0xfc));

const FR_TITLE = 'Le café « crème » revient à l’été dans les brasseries';
const FR_BODY = Array.from(
  { length: 5 },
  (_, i) =>
    `<p>Les cafetiers de la région ont décidé, après un été très chaud, de remettre le café crème à la carte ; c’est la ${i + 1}e fois qu’on en parle, déjà.</p>`,
).join('');
const JA_TITLE = '山あいの町、ドローンで積雪を測り除雪を効率化へ';
const JA_BODY = Array.from(
  { length: 6 },
  () =>
    '<p>富山県の湯谷町は今冬から、ドローンで町内の積雪量を測り、除雪車を出す順番を決める取り組みを始めた。高齢化で担い手が減るなか、作業の効率化をねらう。</p>',
).join('');

/** One page of `extract --json` (articleJson in src/cli/extract.ts). */
type ExtractJson = { file: string; isArticle: boolean } & Omit<ArticleInfo, 'excerpt' | 'titleSource' | 'bodySource'>;
/** A line of `--json` output, typed as the command prints it. */
const parseLine = <T>(line: string): T => JSON.parse(line) as T;

let dir = '';
const file = (name: string): string => join(dir, name);

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  return { io: { out: (t: string) => out.push(t), err: (t: string) => err.push(t) }, out, err };
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tidy-cli-'));
  writeFileSync(
    file('fr.html'),
    win1252(
      `<!doctype html><html lang="fr"><head><meta charset="windows-1252"><title>${FR_TITLE} | Le Journal</title></head><body><article><h1>${FR_TITLE}</h1>${FR_BODY}</article></body></html>`,
    ),
  );
  writeFileSync(
    file('ja.html'),
    shiftJis(
      `<html lang="ja"><head><meta http-equiv="Content-Type" content="text/html; charset=Shift_JIS"><title>${JA_TITLE}</title></head><body><article><h1>${JA_TITLE}</h1>${JA_BODY}</article></body></html>`,
    ),
  );
  writeFileSync(
    file('bom.html'),
    Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from(`<html><head><meta charset="iso-8859-1"><title>x</title></head><body><h1>${FR_TITLE}</h1>${FR_BODY}</body></html>`),
    ]),
  );
  writeFileSync(file('image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]));
  writeFileSync(file('notes.txt'), 'Just some notes, no markup at all.\n');
});

describe('decoding saved pages as a browser would', () => {
  it('reads <meta charset> and http-equiv in the first 1024 bytes', () => {
    expect(prescanCharset(new TextEncoder().encode('<meta charset="windows-1252">'))).toBe('windows-1252');
    expect(prescanCharset(new TextEncoder().encode('<meta http-equiv="content-type" content="text/html; charset=shift_jis">'))).toBe(
      'shift_jis',
    );
    expect(prescanCharset(new TextEncoder().encode(`${' '.repeat(1100)}<meta charset="windows-1252">`))).toBeNull();
    expect(prescanCharset(new TextEncoder().encode('<meta charset="utf-16">'))).toBe('utf-8');
  });

  it('decodes windows-1252 as browsers do (curly quotes, dashes, euro), not as ISO-8859-1', () => {
    expect(decodeBytes(new Uint8Array([0x93, 0x41, 0x94, 0x96, 0x80, 0x92, 0xe9]), 'windows-1252')).toBe('“A”–€’é');
  });

  it('a BOM wins over <meta charset>', () => {
    const decoded = decodeHtml(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('<meta charset="iso-8859-1"><p>é</p>')]));
    expect(decoded).toMatchObject({ encoding: 'utf-8', source: 'bom' });
    expect(decoded.html).toContain('<p>é</p>');
  });

  it('extracts a windows-1252 page without garbling a word', async () => {
    const c = capture();
    expect(await main(['extract', file('fr.html'), '--json'], c.io)).toBe(0);
    const page = parseLine<ExtractJson>(c.out[0]);
    expect(page.title).toBe(FR_TITLE);
    expect(page.text).toContain('c’est la 1e fois qu’on en parle, déjà');
    expect(page.text).not.toMatch(/\ufffd|Ã/);
  });

  it('extracts a Shift_JIS page, counting CJK by characters', async () => {
    const c = capture();
    expect(await main(['extract', file('ja.html'), '--json'], c.io)).toBe(0);
    const page = parseLine<ExtractJson>(c.out[0]);
    expect(page.title).toBe(JA_TITLE);
    expect(page.text).toContain('ドローンで町内の積雪量を測り');
    expect(page.lang).toBe('ja');
    expect(page.wordCount).toBeGreaterThan(300);
  });

  it('a binary or non-HTML file is a clear error; the other files still run; exit code 1', async () => {
    const c = capture();
    const code = await main(['extract', file('image.png'), file('fr.html'), file('notes.txt'), file('missing.html')], c.io);
    expect(code).toBe(1);
    expect(c.err.join('\n')).toMatch(/image\.png: this is a PNG image, not an HTML page/);
    expect(c.err.join('\n')).toMatch(/notes\.txt: no HTML markup found/);
    expect(c.err.join('\n')).toMatch(/missing\.html: cannot read \(no such file\)/);
    expect(c.out.join('\n')).toContain(FR_TITLE);
  });
});

describe('tidy-news extract and clean', () => {
  it('extract --json prints one object per page with every field', async () => {
    const c = capture();
    await main(['extract', join(REPO, 'demo/article.html'), '--json', '--url', 'https://www.scmp.com/tech/article/3104131/x'], c.io);
    const page = parseLine<ExtractJson>(c.out[0]);
    expect(Object.keys(page)).toEqual([
      'file',
      'isArticle',
      'title',
      'byline',
      'published',
      'siteName',
      'lang',
      'image',
      'summary',
      'text',
      'wordCount',
      'readingMinutes',
    ]);
    expect(page.summary.kind).toBe('key-points');
    expect(page.summary.publisher).toMatchObject({ kind: 'key-points' });
    expect(page.summary.publisher?.points).toHaveLength(2);
    // The story's own key points follow, as in the popup: whole sentences of the article's text.
    expect(page.summary.story.length).toBeGreaterThanOrEqual(1);
    for (const point of page.summary.story) expect(page.text).toContain(point);
    expect(page.title).toBe('Brain behind TikTok’s AI engine quits to join the University of California as professor');
    expect(typeof page.readingMinutes).toBe('number');
  });

  it('extract prints the popup’s summary sections under the popup’s headings', async () => {
    const c = capture();
    await main(['extract', join(REPO, 'demo/article.html'), '--url', 'https://www.scmp.com/tech/article/3104131/x'], c.io);
    const out = c.out.join('\n');
    const messages = JSON.parse(readFileSync(join(REPO, '_locales/en/messages.json'), 'utf8')) as Record<string, { message: string }>;
    const publisherAt = out.indexOf(`${messages.summary_publisher.message} (key-points):`);
    const storyAt = out.indexOf(`${messages.summary_story.message}:`);
    expect(publisherAt).toBeGreaterThan(0);
    expect(storyAt).toBeGreaterThan(publisherAt);
    expect(out.slice(publisherAt, storyAt)).toMatch(/• Li Lei, former director of ByteDance AI Lab tweeted on Sunday/);
  });

  it('clean --json reports hides by category with reasons, refusals, and the visible text', async () => {
    const c = capture();
    expect(await main(['clean', join(REPO, 'demo/article.html'), '--json'], c.io)).toBe(0);
    const r = parseLine<CleanReport>(c.out[0]);
    expect(r.isArticle).toBe(true);
    expect(r.hiddenByCategory.ads).toBeGreaterThan(0);
    // expect.any() returns `any`; `as unknown` keeps that `any` out of the expected object's type.
    expect(r.hidden[0]).toMatchObject({
      category: expect.any(String) as unknown,
      rule: expect.any(String) as unknown,
      reason: expect.any(String) as unknown,
    });
    expect(Array.isArray(r.refused)).toBe(true);
    expect(r.text).toContain('Neither ByteDance nor Li immediately responded to requests for comment.');
    expect(r.text).not.toMatch(/^Advertisement$/m);
  });

  it('prints usage on no arguments and --help; bad usage exits 2', async () => {
    const c = capture();
    expect(await main([], c.io)).toBe(0);
    expect(c.out[0]).toMatch(/^Usage:/);
    expect(await main(['--help'], c.io)).toBe(0);
    expect(await main(['frobnicate', 'x.html'], c.io)).toBe(2);
    expect(await main(['extract'], c.io)).toBe(2);
    expect(await main(['extract', 'x.html', '--url', 'not a url'], c.io)).toBe(2);
  });

  it('runs as bin/tidy-news.mjs', async () => {
    const { stdout } = await promisify(execFile)(process.execPath, [join(REPO, 'bin/tidy-news.mjs'), 'extract', file('fr.html')], {
      cwd: REPO,
    });
    expect(stdout).toContain(`Title:      ${FR_TITLE}`);
    expect(stdout).toMatch(/Length: +\d+ words, 1 min read/);
  });
});
