// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from './fake-browser';

vi.mock('webextension-polyfill', () => ({ default: fakeBrowser().browser }));

const { defaultSettings } = await import('../../../src/shared/settings');
const { exportSettings, importSettings, FILE_FORMAT } = await import('../../../src/shared/settings-file');

const full = {
  ...defaultSettings(),
  disabledCategories: ['video' as const],
  disabledSites: ['example.org'],
  customRules: { 'news.example.com': ['.promo-box', 'aside[data-testid="newsletter"]'] },
  zapRules: { 'news.example.com': [{ selector: '#newsletter', label: 'Sign up', created: 1_770_000_000_000 }] },
  showBadge: false,
};
const file = (patch: Record<string, unknown>): string => JSON.stringify({ ...JSON.parse(exportSettings(full)), ...patch });

describe('settings file: export and import (issue 12)', () => {
  it('an exported file imports back to the same settings', () => {
    const text = exportSettings(full, new Date('2026-03-04T10:00:00Z'));
    expect(JSON.parse(text)).toMatchObject({ format: FILE_FORMAT, settingsVersion: 2, exported: '2026-03-04T10:00:00.000Z' });
    expect(importSettings(text)).toEqual({ ok: true, settings: full });
  });

  it('a version 1 file (the two lists) imports, with the new fields at their defaults', () => {
    const v1 = JSON.stringify({ format: FILE_FORMAT, settingsVersion: 1, disabledCategories: ['ads'], disabledSites: ['a.example'] });
    expect(importSettings(v1)).toEqual({
      ok: true,
      settings: { ...defaultSettings(), disabledCategories: ['ads'], disabledSites: ['a.example'] },
    });
  });

  const refusals: Array<[string, string, string, string[]?]> = [
    ['bad JSON', '{"format": "tidy-news-settings",', 'import_error_json'],
    ['an empty file', '', 'import_error_json'],
    ['not an object', '[1, 2, 3]', 'import_error_shape', ['format']],
    ['another file format', JSON.stringify({ format: 'ublock', settingsVersion: 2 }), 'import_error_shape', ['format']],
    ['an unknown version', file({ settingsVersion: 3 }), 'import_error_version', ['3']],
    ['no version', file({ settingsVersion: undefined }), 'import_error_version', ['undefined']],
    ['a version as text', file({ settingsVersion: '2' }), 'import_error_version', ['"2"']],
    ['categories not a list', file({ disabledCategories: 'ads' }), 'import_error_shape', ['disabledCategories']],
    ['an unknown category', file({ disabledCategories: ['ads', 'weather'] }), 'import_error_shape', ['disabledCategories']],
    ['a site that is no host', file({ disabledSites: ['not a site/'] }), 'import_error_shape', ['disabledSites']],
    ['the badge switch as text', file({ showBadge: 'no' }), 'import_error_shape', ['showBadge']],
    ['rules as a list', file({ customRules: ['.promo'] }), 'import_error_shape', ['customRules']],
    ['a rule that is a number', file({ customRules: { 'a.example': [42] } }), 'import_error_shape', ['customRules.a.example']],
    [
      'a zap without a label',
      file({ zapRules: { 'a.example': [{ selector: '.x', created: 1 }] } }),
      'import_error_shape',
      ['zapRules.a.example'],
    ],
    [
      'an invalid custom selector',
      file({ customRules: { 'a.example': ['.ok', 'div[['] } }),
      'import_error_selector',
      ['div[[', 'a.example'],
    ],
    [
      'an invalid zap selector',
      file({ zapRules: { 'b.example': [{ selector: 'p:::x', label: 'x', created: 1 }] } }),
      'import_error_selector',
      ['p:::x', 'b.example'],
    ],
    ['a file far too large', ' '.repeat(1_000_001), 'import_error_too_big', []],
  ];
  it.each(refusals)('refuses %s, saying why', (_name, text, key, substitutions) => {
    const result = importSettings(text);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.key).toBe(key);
    if (substitutions) expect(result.error.substitutions).toEqual(substitutions);
    else expect(result.error.substitutions[0]).toMatch(/\S/);
  });
});
