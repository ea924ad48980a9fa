/**
 * SAFETY CHECK, not a speed test: no regular expression in src/ may freeze a tab on a hostile page.
 *
 * Every RegExp in src/ is run over adversarial inputs built from its own characters (10,000-char
 * repeats of each character, of each pair of its punctuation/space/class characters, and of its
 * literal words): a pattern that backtracks catastrophically takes seconds to minutes on these,
 * a linear one well under a millisecond. The bound (200 ms per pattern per input) is deliberately
 * generous so a busy machine never trips it; it only catches blow-ups.
 *
 * Patterns come from two places: every regex literal in every src/ file (found with the TypeScript
 * parser, so module-private patterns are covered without exporting them), and every RegExp value
 * reachable from the exports of src/core and src/shared modules (covers `new RegExp(…)` built at
 * module level). Patterns built at run time from page strings (the site name in byline and title
 * cleaning) are checked through their public functions at the end.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Worker } from 'node:worker_threads';
import ts from 'typescript';
import { describe, expect, it, vi } from 'vitest';
import { cleanByline } from '../../../src/core/extract/byline';
import { extractArticle } from '../../../src/core/extract';
import { stripSiteName } from '../../../src/core/locate/title-site';
import { REPO } from '../../helpers/fixtures';
import { page, paragraphs } from '../../helpers/page';

// src/shared imports the extension API, which refuses to load outside a browser.
vi.mock('webextension-polyfill', () => ({ default: { storage: {}, runtime: {}, i18n: { getMessage: () => '' } } }));

const BOUND_MS = 200;
const LENGTH = 10_000;

/**
 * Patterns that blow up in files being changed by other engineers right now (src/core/rules,
 * src/core/categories, src/core/extract/summary), with the input that shows it: reported, not
 * fixed here, and skipped so this check guards everything else. TODO: fix each and remove it.
 * All three are quadratic (not exponential) on a long run of one kind of character; in the
 * extension their inputs are paragraphs and capped descriptions, which bounds the cost.
 */
/** Patterns known to be slow and reported, skipped here until fixed (none now: the summary's three were made linear). */
const KNOWN_EXCEPTIONS: Array<{ file: string; source: string; input: string }> = [];

interface Pattern {
  where: string;
  re: RegExp;
}

const walk = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.ts') ? [p] : [];
  });

/** Every regex literal in src/, by file and line. */
function literalPatterns(): Pattern[] {
  const out: Pattern[] = [];
  for (const file of walk(join(REPO, 'src'))) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(source);
        const end = text.lastIndexOf('/');
        const line = source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1;
        out.push({ where: `${relative(REPO, file)}:${line}`, re: new RegExp(text.slice(1, end), text.slice(end + 1)) });
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return out;
}

/** Every RegExp reachable from the exports of src/core and src/shared (objects, arrays, records). */
async function exportedPatterns(): Promise<Pattern[]> {
  const out: Pattern[] = [];
  const files = [...walk(join(REPO, 'src/core')), ...walk(join(REPO, 'src/shared'))];
  for (const file of files) {
    const mod = (await import(file)) as Record<string, unknown>;
    const seen = new Set<unknown>();
    const collect = (v: unknown, path: string, depth: number): void => {
      if (depth > 6 || !v || typeof v !== 'object' || seen.has(v)) return;
      seen.add(v);
      if (v instanceof RegExp) return void out.push({ where: `${relative(REPO, file)} ${path}`, re: v });
      if (v instanceof Map || v instanceof Set) return [...v.values()].forEach((x, i) => collect(x, `${path}[${i}]`, depth + 1));
      for (const [k, x] of Object.entries(v)) collect(x, `${path}.${k}`, depth + 1);
    };
    for (const [name, value] of Object.entries(mod)) collect(value, name, 0);
  }
  return out;
}

const CLASS_ESCAPES: Record<string, string[]> = {
  s: [' ', '\u00a0', '\n'],
  S: ['a', 'A'],
  w: ['a', '_'],
  W: [' ', '-'],
  d: ['1'],
  D: ['a'],
  p: ['a', 'A'],
  P: ['1', ' '],
  n: ['\n'],
  t: ['\t'],
  r: ['\r'],
};

/** The characters a pattern talks about: its literals, its classes' members, a sample for each escape. */
function alphabet(source: string): { chars: string[]; words: string[] } {
  const chars = new Set<string>();
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      const e = source[++i];
      if (e === 'u' && source[i + 1] === '{') {
        const close = source.indexOf('}', i);
        chars.add(String.fromCodePoint(parseInt(source.slice(i + 2, close), 16)));
        i = close;
      } else if (e === 'u') {
        chars.add(String.fromCharCode(parseInt(source.slice(i + 1, i + 5), 16)));
        i += 4;
      } else if (e === 'x') {
        chars.add(String.fromCharCode(parseInt(source.slice(i + 1, i + 3), 16)));
        i += 2;
      } else if (e === 'p' || e === 'P') {
        CLASS_ESCAPES[e].forEach((x) => chars.add(x));
        if (source[i + 1] === '{') i = source.indexOf('}', i);
      } else if (CLASS_ESCAPES[e]) CLASS_ESCAPES[e].forEach((x) => chars.add(x));
      else if (!/[bB\d]/.test(e)) chars.add(e);
    } else if (inClass) {
      if (c === ']') inClass = false;
      else if (c !== '^' || source[i - 1] !== '[') chars.add(c);
    } else if (c === '[') inClass = true;
    else if (c === '.') chars.add('a');
    else if (!'()|?*+^${}'.includes(c)) chars.add(c);
  }
  const words = [...new Set(source.replace(/\\[a-zA-Z]/g, ' ').match(/\p{L}{2,}/gu) ?? [])].slice(0, 30);
  return { chars: [...chars], words };
}

/** Long repeats of the pattern's own characters, pairs of its non-letter characters, and its words. */
function adversarialInputs(re: RegExp): Array<[string, string]> {
  const { chars, words } = alphabet(re.source);
  const special = chars.filter((c) => !/\p{L}/u.test(c)).slice(0, 14);
  const pairAtoms = [...new Set([...special, 'a', 'A'])];
  const repeat = (unit: string): string => unit.repeat(Math.ceil(LENGTH / unit.length)).slice(0, LENGTH);
  const out: Array<[string, string]> = [];
  for (const c of chars) out.push([`${JSON.stringify(c)}×`, repeat(c)]);
  for (const a of pairAtoms) for (const b of pairAtoms) if (a !== b) out.push([`${JSON.stringify(a + b)}×`, repeat(a + b)]);
  for (const w of words) {
    out.push([`${JSON.stringify(w)}×`, repeat(w)]);
    out.push([`${JSON.stringify(`${w} `)}×`, repeat(`${w} `)]);
  }
  return out;
}

/**
 * Runs patterns in a worker, the way replace/matchAll does (every start position of the input),
 * so a catastrophic one can be stopped: the worker reports each input's time, and one that takes
 * more than ABORT_MS without reporting is terminated and counted as too slow.
 */
const ABORT_MS = 1000;
const WORKER = `
const { parentPort } = require('node:worker_threads');
parentPort.on('message', ({ source, flags, inputs }) => {
  const re = new RegExp(source, flags.includes('g') ? flags : flags + 'g');
  for (let i = 0; i < inputs.length; i++) {
    const start = performance.now();
    inputs[i].replace(re, '');
    parentPort.postMessage({ i, ms: performance.now() - start });
  }
  parentPort.postMessage({ done: true });
});`;

class Runner {
  private worker = new Worker(WORKER, { eval: true });

  /** Time per input, in ms (ABORT_MS or more for an input that had to be stopped); stops at the first over `bound`. */
  run(re: RegExp, inputs: string[], bound: number): Promise<{ index: number; ms: number } | null> {
    return new Promise((resolve) => {
      let next = 0;
      let timer: ReturnType<typeof setTimeout>;
      const arm = (): void => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          this.worker.removeAllListeners('message');
          void this.worker.terminate();
          this.worker = new Worker(WORKER, { eval: true });
          resolve({ index: next, ms: ABORT_MS });
        }, ABORT_MS);
      };
      this.worker.on('message', (m: { i?: number; ms?: number; done?: boolean }) => {
        if (m.done) {
          clearTimeout(timer);
          this.worker.removeAllListeners('message');
          return resolve(null);
        }
        next = m.i! + 1;
        if (m.ms! > bound) {
          clearTimeout(timer);
          this.worker.removeAllListeners('message');
          void this.worker.terminate();
          this.worker = new Worker(WORKER, { eval: true });
          return resolve({ index: m.i!, ms: m.ms! });
        }
        arm();
      });
      arm();
      this.worker.postMessage({ source: re.source, flags: re.flags, inputs });
    });
  }

  stop(): Promise<number> {
    return this.worker.terminate();
  }
}

const isKnown = (p: Pattern): boolean => KNOWN_EXCEPTIONS.some((k) => p.where.startsWith(k.file) && k.source === p.re.source);

describe('regex safety (a safety check, not a speed test)', () => {
  it(`every RegExp in src/ stays under ${BOUND_MS} ms on 10k-char adversarial inputs`, async () => {
    const all = [...literalPatterns(), ...(await exportedPatterns())];
    const unique = new Map<string, Pattern>();
    for (const p of all) {
      const key = `/${p.re.source}/${p.re.flags.replace('g', '')}`;
      if (!unique.has(key)) unique.set(key, p);
    }
    expect(unique.size).toBeGreaterThan(200);
    const slow: string[] = [];
    const runner = new Runner();
    try {
      for (const p of [...unique.values()].filter((x) => !isKnown(x))) {
        const inputs = adversarialInputs(p.re);
        // One input is enough to show a pattern is unsafe.
        const hit = await runner.run(
          p.re,
          inputs.map(([, input]) => input),
          BOUND_MS,
        );
        if (hit) slow.push(`${p.where} /${p.re.source}/${p.re.flags}: ${inputs[hit.index][0]} took ${Math.round(hit.ms)}+ ms`);
      }
    } finally {
      await runner.stop();
    }
    expect(slow).toEqual([]);
  });

  // Patterns built from page strings at run time, through the functions that build them.
  const hostileSiteNames = ['a'.repeat(LENGTH), ' '.repeat(LENGTH), ', '.repeat(LENGTH / 2), `x${'\u00a0'.repeat(LENGTH)}`];
  const hostileTexts = [
    'a@'.repeat(LENGTH / 2),
    ' '.repeat(LENGTH),
    ', '.repeat(LENGTH / 2),
    '<a'.repeat(LENGTH / 2),
    '(https:'.repeat(LENGTH / 7),
    '- '.repeat(LENGTH / 2),
    '\u00a0'.repeat(LENGTH),
  ];

  it('byline cleaning is safe on hostile bylines and site names', () => {
    for (const text of hostileTexts) {
      for (const site of [null, ...hostileSiteNames]) {
        const start = performance.now();
        cleanByline(text, site);
        expect(performance.now() - start, `${JSON.stringify(text.slice(0, 8))}… / ${JSON.stringify(site?.slice(0, 8))}`).toBeLessThan(
          BOUND_MS,
        );
      }
    }
  });

  it('title cleaning is safe on hostile titles and site names', () => {
    for (const text of hostileTexts) {
      for (const site of [null, ...hostileSiteNames]) {
        const start = performance.now();
        stripSiteName(`A${text}B`, site);
        expect(performance.now() - start, `${JSON.stringify(text.slice(0, 8))}… / ${JSON.stringify(site?.slice(0, 8))}`).toBeLessThan(
          BOUND_MS,
        );
      }
    }
  });

  // The pages from issue 10: each froze the popup for seconds. The bound is far above a normal
  // extraction of these small pages, far below the freeze.
  const PAGE_BOUND_MS = 1500;
  const article = `<article><h1>Council approves the new flood barrier</h1>${paragraphs()}</article>`;
  const hostilePages: Array<[string, { head?: string; body: string }]> = [
    ['author meta a@a@… (3 KB)', { head: `<meta name="author" content="${'a@'.repeat(1500)}">`, body: article }],
    [
      '[rel=author] a@a@…',
      {
        body: `<article><h1>Council approves the new flood barrier</h1><a rel="author" href="/author/x">${'a@'.repeat(3000)}</a>${paragraphs()}</article>`,
      },
    ],
    [
      '<address> a@a@…',
      {
        body: `<article><h1>Council approves the new flood barrier</h1><address>By ${'a@'.repeat(3000)}</address>${paragraphs()}</article>`,
      },
    ],
    ['<title> with 40,000 no-break spaces', { head: `<title>Council approves${'\u00a0'.repeat(40_000)}| Site</title>`, body: article }],
    ['og:site_name with 40,000 spaces', { head: `<meta property="og:site_name" content="Site${' '.repeat(40_000)}x">`, body: article }],
    [
      'JSON-LD author a@a@…',
      { head: `<script type="application/ld+json">{"@type":"NewsArticle","author":"${'a@'.repeat(20_000)}"}</script>`, body: article },
    ],
  ];
  for (const [name, html] of hostilePages) {
    it(`extraction stays responsive: ${name}`, () => {
      const doc = page(html);
      const start = performance.now();
      extractArticle(doc);
      expect(performance.now() - start).toBeLessThan(PAGE_BOUND_MS);
    });
  }
});
