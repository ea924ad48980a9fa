import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cliMessage, cliReason } from '../../../src/cli/messages';
import { cleanDocument } from '../../../src/core/engine';
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

  it('the CLI words them in English, placeholders filled as browser.i18n fills them', () => {
    expect(cliReason({ reason: 'reason_ad_label', params: ['Advertisement'] })).toBe('ad label "Advertisement"');
    expect(cliReason({ reason: 'reason_ad_iframe_size', params: ['300', '250'] })).toBe('iframe of an ad size 300x250');
    expect(cliReason({ reason: 'reason_wrapper' })).toBe('holds only hidden clutter');
    // The guard's refusals are still text, and pass through as they are.
    expect(cliReason({ reason: 'contains the headline' })).toBe('contains the headline');
    expect(cliMessage('no_such_key')).toBe('no_such_key');
  });
});
