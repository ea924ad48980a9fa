/**
 * Extension pages never parse strings as HTML (issue 10): page-derived text (a headline carrying
 * `<img src=x onerror=…>`) must reach the popup and options only as text. Every module in the
 * import graph of an extension page or the background (from the build's entry points) is searched
 * for HTML sinks: assignments to innerHTML/outerHTML, insertAdjacentHTML, document.write(ln),
 * createContextualFragment. Reading `outerHTML` (serializing, as the content script's snapshot
 * does) parses nothing and is allowed. The pages' HTML may hold no inline script or handler.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../../helpers/fixtures';

const ENTRIES = ['src/popup/popup.ts', 'src/options/options.ts', 'src/background/index.ts'];
const PAGES = ['src/popup/popup.html', 'src/options/options.html'];

const SINKS: Array<[string, RegExp]> = [
  ['innerHTML assignment', /\.innerHTML\s*\+?=(?!=)/],
  ['outerHTML assignment', /\.outerHTML\s*\+?=(?!=)/],
  ['insertAdjacentHTML', /\binsertAdjacentHTML\s*\(/],
  ['document.write', /\bdocument\s*\.\s*write(ln)?\s*\(/],
  ['createContextualFragment', /\bcreateContextualFragment\s*\(/],
];

/** Code without comments, so that a comment saying "never innerHTML" is not a finding. */
const code = (source: string): string => source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

function htmlSinks(source: string): string[] {
  const text = code(source);
  return SINKS.filter(([, re]) => re.test(text)).map(([name]) => name);
}

function resolveImport(from: string, spec: string): string | null {
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, join(base, 'index.ts')])
    if (existsSync(candidate) && candidate.endsWith('.ts')) return candidate;
  return null;
}

/** Every src/ module reachable from `entries` by relative static or dynamic imports. */
function importGraph(entries: string[]): string[] {
  const seen = new Set<string>();
  const todo = entries.map((e) => join(REPO, e));
  while (todo.length) {
    const file = todo.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const source = readFileSync(file, 'utf8');
    for (const m of source.matchAll(/(?:from\s+|import\s*\(\s*)['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const target = resolveImport(file, m[1]);
      if (target) todo.push(target);
    }
  }
  return [...seen].map((f) => relative(REPO, f)).sort();
}

describe('extension pages parse no strings as HTML (issue 10)', () => {
  it('the check itself finds each sink, and not a mention in a comment or a read of outerHTML', () => {
    expect(htmlSinks('el.innerHTML = headline;')).toEqual(['innerHTML assignment']);
    expect(htmlSinks('el.outerHTML += x')).toEqual(['outerHTML assignment']);
    expect(htmlSinks("list.insertAdjacentHTML('beforeend', s)")).toEqual(['insertAdjacentHTML']);
    expect(htmlSinks('document.write(s); document.writeln(s)')).toEqual(['document.write']);
    expect(htmlSinks('range.createContextualFragment(s)')).toEqual(['createContextualFragment']);
    expect(htmlSinks('// never innerHTML = x\n/* el.innerHTML = y */ const html = copy.outerHTML;')).toEqual([]);
    expect(htmlSinks('if (el.innerHTML === "") {}')).toEqual([]);
  });

  it('no module of the popup, the options page or the background writes HTML', () => {
    const files = importGraph(ENTRIES);
    expect(files).toEqual(expect.arrayContaining(ENTRIES));
    expect(files.length).toBeGreaterThan(ENTRIES.length);
    const findings = files.flatMap((f) => htmlSinks(readFileSync(join(REPO, f), 'utf8')).map((sink) => `${f}: ${sink}`));
    expect(findings).toEqual([]);
  });

  it('the extension pages hold no inline script and no inline event handler', () => {
    for (const page of PAGES) {
      const html = readFileSync(join(REPO, page), 'utf8');
      expect(html.match(/<script(?![^>]*\ssrc=)[^>]*>/gi) ?? [], page).toEqual([]);
      expect(html.match(/\son[a-z]+\s*=/gi) ?? [], page).toEqual([]);
      expect(html, page).not.toMatch(/javascript:/i);
    }
  });
});
