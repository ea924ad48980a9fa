import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../../helpers/fixtures';

/**
 * Every locale has every key of English with the same placeholders, every key is used, and the
 * options page holds no text of its own (its strings come from _locales, see options-controls.test.ts).
 */
interface Entry {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
const read = (locale: string): Record<string, Entry> =>
  JSON.parse(readFileSync(join(REPO, '_locales', locale, 'messages.json'), 'utf8')) as Record<string, Entry>;
const en = read('en');
const locales = readdirSync(join(REPO, '_locales')).filter((l) => l !== 'en');
/** `$NAME$` references in a message, as a sorted list of lower-case names. */
const refs = (message: string): string[] => [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1].toLowerCase()).sort();
const placeholders = (e: Entry): Record<string, string> =>
  Object.fromEntries(Object.entries(e.placeholders ?? {}).map(([name, p]) => [name.toLowerCase(), p.content]));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sourceFiles(join(dir, d.name)) : /\.(ts|html)$/.test(d.name) ? [join(dir, d.name)] : [],
  );
}

describe('locales (issue 12)', () => {
  it('ships German, French and Simplified Chinese besides English', () => {
    expect(locales).toEqual(expect.arrayContaining(['de', 'fr', 'zh_CN']));
  });

  it('every English message references exactly the placeholders it defines', () => {
    for (const [key, e] of Object.entries(en)) expect(refs(e.message), key).toEqual(Object.keys(placeholders(e)).sort());
  });

  describe.each(locales)('%s', (locale) => {
    const messages = read(locale);
    it('has every key of en, and no other', () => {
      expect(Object.keys(messages).sort()).toEqual(Object.keys(en).sort());
    });
    it('has the same placeholders (names and $n contents) in every message, each one used', () => {
      for (const [key, e] of Object.entries(en)) {
        const m = messages[key];
        if (!m) continue;
        expect(placeholders(m), key).toEqual(placeholders(e));
        expect(refs(m.message), key).toEqual(refs(e.message));
      }
    });
    it('has no message left empty or in English (the brand, and words spelt the same, excepted)', () => {
      // "Site" is French too.
      // "Options" is French too; "$CATEGORY$: $TEXT$" is punctuation only (German writes it as English does).
      const SAME_WORD = new Set(['extensionName', 'options_rule_site', 'popup_options', 'popup_hidden_item']);
      for (const k of Object.keys(messages)) expect(messages[k].message.trim(), k).not.toBe('');
      expect(Object.keys(en).filter((k) => messages[k]?.message === en[k].message && !SAME_WORD.has(k))).toEqual([]);
    });
  });

  it('every key is used: by the manifest, a data-i18n attribute or a string literal in src/', () => {
    const text = [
      readFileSync(join(REPO, 'manifest.json'), 'utf8'),
      ...sourceFiles(join(REPO, 'src')).map((f) => readFileSync(f, 'utf8')),
    ].join('\n');
    const unused = Object.keys(en).filter((k) => !text.includes(`__MSG_${k}__`) && !text.includes(`'${k}'`) && !text.includes(`"${k}"`));
    expect(unused).toEqual([]);
  });

  it('the manifest takes its user-visible strings from _locales', () => {
    const manifest = JSON.parse(readFileSync(join(REPO, 'manifest.json'), 'utf8')) as Record<string, unknown> & {
      action: { default_title: string };
      commands: Record<string, { description: string }>;
    };
    expect(manifest.name).toMatch(/^__MSG_\w+__$/);
    expect(manifest.description).toMatch(/^__MSG_\w+__$/);
    expect(manifest.action.default_title).toMatch(/^__MSG_\w+__$/);
    for (const command of Object.values(manifest.commands)) expect(command.description).toMatch(/^__MSG_\w+__$/);
  });

  it.each(['src/options/options.html', 'src/popup/popup.html'])('%s has no text of its own in its HTML', (file) => {
    const html = readFileSync(join(REPO, file), 'utf8');
    const body = html.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<[^>]+>/g, '\n');
    // Separators between localized parts (" · ") are not words.
    const words = body
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => /\p{L}/u.test(l));
    expect(words).toEqual([]);
    // Attributes people read (title, aria-label, alt, placeholder) come from _locales too.
    expect([...html.matchAll(/\s(?:title|aria-label|placeholder|alt)="([^"]+)"/g)].map((m) => m[1])).toEqual([]);
  });

  it('the popup sets no English text from its scripts: every string goes through message()', () => {
    const popupFiles = sourceFiles(join(REPO, 'src/popup')).filter((f) => f.endsWith('.ts'));
    const literal = /(?:textContent\s*=|showStatus\(|PageProblem\(|setAttribute\('(?:aria-label|title)',)\s*(['`"])[^'`"]*\p{L}/u;
    for (const file of popupFiles)
      for (const [i, line] of readFileSync(file, 'utf8').split('\n').entries())
        expect(literal.test(line), `${file}:${i + 1}: ${line}`).toBe(false);
  });
});
