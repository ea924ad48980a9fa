import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliMessage, cliReason } from '../../../src/cli/messages';
import { cleanDocument, startEngine } from '../../../src/core/engine';
import { guard } from '../../../src/core/guard';
import type { PageKind } from '../../../src/core/page-kind';
import type { RefusedRecord } from '../../../src/core/types';
import { isReasonKey } from '../../../src/core/reasons';
import { REPO, listFixtures } from '../../helpers/fixtures';
import { loadDocument } from '../../helpers/page';
import { SITE_RULE_FIXTURES } from '../../helpers/site-rule-fixtures';

interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
const EN = JSON.parse(readFileSync(join(REPO, '_locales/en/messages.json'), 'utf8')) as Record<string, Message>;
const placeholderCount = (key: string): number => Object.keys(EN[key]?.placeholders ?? {}).length;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const path = join(dir, f);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('reasons are data: a message key and its parameters', () => {
  it('every reason key core uses has an English message, and every reason message is used', () => {
    const used = new Set(
      sources(join(REPO, 'src/core')).flatMap((f) => Array.from(readFileSync(f, 'utf8').matchAll(/'(reason_\w+)'/g), (m) => m[1])),
    );
    expect([...used].filter((k) => !EN[k])).toEqual([]);
    const coreKeys = Object.keys(EN).filter((k) => k.startsWith('reason_') && !['reason_custom_rule', 'reason_zapped'].includes(k));
    expect(coreKeys.filter((k) => !used.has(k))).toEqual([]);
  });

  it('the engine records keys with as many parameters as their message has placeholders', () => {
    const pages = [...listFixtures('demo'), ...listFixtures('test/fixtures/sites').slice(0, 12)];
    const records = pages.flatMap((f) => cleanDocument(loadDocument(f.html, f.expect.url), { url: f.expect.url }).hidden);
    for (const f of SITE_RULE_FIXTURES) records.push(...cleanDocument(loadDocument(f.html, f.url), { url: f.url }).hidden);
    expect(records.length).toBeGreaterThan(50);
    for (const r of records) {
      expect(isReasonKey(r.reason), r.reason).toBe(true);
      expect(r.params?.length ?? 0, r.reason).toBe(placeholderCount(r.reason));
      expect(cliReason(r), r.reason).not.toMatch(/\$|^reason_/);
    }
    expect(records.map((r) => r.reason)).toContain('reason_site_rule');
  });

  it('the guard’s refusals and the page kind are keys too, with as many parameters as placeholders', () => {
    const pages = [...listFixtures('demo'), ...listFixtures('test/fixtures/sites'), ...listFixtures('test/fixtures/non-article')];
    const refused: RefusedRecord[] = [];
    const kinds: PageKind[] = [];
    for (const f of pages) {
      const { state } = cleanDocument(loadDocument(f.html, f.expect.url), { url: f.expect.url });
      refused.push(...state.refused);
      kinds.push(state.kind);
    }
    const parts = startEngine(loadDocument('<html><body><h1>Ferry</h1><p>Short.</p></body></html>')).parts;
    const tag = guard(loadDocument('<html><body></body></html>').body, parts);
    expect(refused.length).toBeGreaterThan(0);
    for (const r of [...refused, ...kinds, tag as { reason: string; params?: string[] }]) {
      expect(isReasonKey(r.reason), r.reason).toBe(true);
      expect(r.params?.length ?? 0, r.reason).toBe(placeholderCount(r.reason));
      expect(cliReason(r), r.reason).not.toMatch(/\$|^reason_/);
    }
    expect(kinds.map((k) => k.reason)).toEqual(expect.arrayContaining(['reason_page_prose', 'reason_page_short_prose']));
    expect(cliReason(tag as { reason: string })).toBe('never hides <body>');
  });

  it('the CLI words them in English, placeholders filled as browser.i18n fills them', () => {
    expect(cliReason({ reason: 'reason_ad_label', params: ['Advertisement'] })).toBe('ad label "Advertisement"');
    expect(cliReason({ reason: 'reason_ad_iframe_size', params: ['300', '250'] })).toBe('iframe of an ad size 300x250');
    expect(cliReason({ reason: 'reason_wrapper' })).toBe('holds only hidden clutter');
    expect(cliReason({ reason: 'reason_guard_inside_text', params: ['The ferry…'] })).toBe('is inside article text: "The ferry…"');
    expect(cliReason({ reason: 'reason_page_prose', params: ['9', '4210'] })).toBe('9 paragraphs, 4210 characters of prose');
    // Text that is not a key (a reason from before reasons were keys) passes through as it is.
    expect(cliReason({ reason: 'contains the headline' })).toBe('contains the headline');
    expect(cliMessage('no_such_key')).toBe('no_such_key');
  });
});
