// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from './fake-browser';

let fake = fakeBrowser();
vi.mock('webextension-polyfill', () => ({
  get default() {
    return fake.browser;
  },
}));

const settings = await import('../../../src/shared/settings');

describe('settings: corrupt storage never disables the extension (issue 10)', () => {
  beforeEach(() => {
    fake = fakeBrowser();
  });

  for (const bad of ['ads', { ads: true }, 42, null, true, [7, null, 'nonsense', 'ads']]) {
    it(`disabledCategories = ${JSON.stringify(bad)} loads without throwing`, async () => {
      fake = fakeBrowser({ disabledCategories: bad, disabledSites: 'example.com' });
      const s = await settings.loadSettings();
      expect(s.disabledCategories).toEqual(Array.isArray(bad) ? ['ads'] : []);
      expect(s.disabledSites).toEqual([]);
    });
  }

  it('an unversioned store (0.1) is read and written back with the schema version', async () => {
    fake = fakeBrowser({ disabledCategories: ['video'], disabledSites: ['www.example.com', 5] });
    expect(await settings.loadSettings()).toEqual({
      ...settings.defaultSettings(),
      disabledCategories: ['video'],
      disabledSites: ['example.com'],
    });
    await settings.updateSettings((s) => s);
    expect(fake.store.get('settingsVersion')).toBe(settings.SETTINGS_VERSION);
  });

  it('two quick writes both land (one queue)', async () => {
    await Promise.all([
      settings.updateSettings((s) => ({ ...s, disabledCategories: [...s.disabledCategories, 'ads'] })),
      settings.updateSettings((s) => ({ ...s, disabledCategories: [...s.disabledCategories, 'video'] })),
    ]);
    expect((await settings.loadSettings()).disabledCategories.sort()).toEqual(['ads', 'video']);
  });

  it('reset goes back to the defaults', async () => {
    fake = fakeBrowser({ disabledCategories: 'garbage', disabledSites: ['example.com'] });
    await settings.resetSettings();
    expect(await settings.loadSettings()).toEqual(settings.defaultSettings());
  });
});

describe('settings v2: rules, zaps and the badge switch (issue 12)', () => {
  beforeEach(() => {
    fake = fakeBrowser();
  });

  const zap = { selector: '#newsletter', label: 'Sign up for our newsletter', created: 1_770_000_000_000 };

  it('a v1 store migrates to v2: its lists kept, the new fields at their defaults, written back as version 2', async () => {
    // Whatever sits under the new names in a v1 store was not written by us: it is left out.
    fake = fakeBrowser({ settingsVersion: 1, disabledCategories: ['ads'], disabledSites: ['example.com'], zapRules: { 'x.com': [zap] } });
    expect(await settings.loadSettings()).toEqual({
      disabledCategories: ['ads'],
      disabledSites: ['example.com'],
      customRules: {},
      zapRules: {},
      shownRules: {},
      showBadge: true,
    });
    await settings.updateSettings((s) => ({ ...s, showBadge: false }));
    expect(fake.store.get('settingsVersion')).toBe(2);
    expect(fake.store.get('showBadge')).toBe(false);
    expect(fake.store.get('disabledCategories')).toEqual(['ads']);
  });

  it('v2 rules round-trip through the write queue', async () => {
    await settings.updateSettings((s) => ({
      ...s,
      customRules: { 'news.example.com': ['.promo-box', 'aside[data-testid="newsletter"]'] },
      zapRules: { 'news.example.com': [zap] },
    }));
    const s = await settings.loadSettings();
    expect(s.customRules).toEqual({ 'news.example.com': ['.promo-box', 'aside[data-testid="newsletter"]'] });
    expect(s.zapRules).toEqual({ 'news.example.com': [zap] });
  });

  it('validates on load: invalid selectors, bad sites and bad entries are dropped one by one, the rest kept', async () => {
    fake = fakeBrowser({
      settingsVersion: 2,
      showBadge: 'yes',
      customRules: {
        'WWW.Example.com': ['.ok', 'div[[', '', 42, '.ok', '  .trimmed  ', 'a{color:red}'],
        'bad site/path': ['.ok'],
        'empty.example': [],
        'notalist.example': '.ok',
        // An own key named __proto__ (as JSON.parse makes one) stays data, and is no site.
        ...(JSON.parse('{"__proto__": [".proto"]}') as object),
      },
      zapRules: {
        'example.com': [zap, { selector: ':::', label: 'x', created: 1 }, { selector: '.no-label' }, 'nonsense', null],
      },
    });
    const s = await settings.loadSettings();
    expect(s.showBadge).toBe(true);
    expect(s.customRules).toEqual({ 'example.com': ['.ok', '.trimmed'] });
    expect(Object.getPrototypeOf(s.customRules)).toBe(Object.prototype);
    expect(s.zapRules).toEqual({ 'example.com': [zap, { selector: '.no-label', label: '', created: 0 }] });
  });

  for (const bad of ['rules', 7, null, [['.a']], true]) {
    it(`customRules = ${JSON.stringify(bad)} / zapRules the same load as empty, without throwing`, async () => {
      fake = fakeBrowser({ settingsVersion: 2, customRules: bad, zapRules: bad, disabledSites: ['ok.example'] });
      const s = await settings.loadSettings();
      expect(s.customRules).toEqual({});
      expect(s.zapRules).toEqual({});
      expect(s.disabledSites).toEqual(['ok.example']);
    });
  }

  it('a store from a later version (a downgrade) is read field by field', async () => {
    fake = fakeBrowser({ settingsVersion: 9, showBadge: false, customRules: { 'a.example': ['.x'] }, future: { anything: 1 } });
    const s = await settings.loadSettings();
    expect(s.showBadge).toBe(false);
    expect(s.customRules).toEqual({ 'a.example': ['.x'] });
  });

  it('reset clears the rules and the badge switch too', async () => {
    await settings.updateSettings((s) => ({
      ...s,
      showBadge: false,
      customRules: { 'a.example': ['.x'] },
      zapRules: { 'a.example': [zap] },
    }));
    await settings.resetSettings();
    expect(await settings.loadSettings()).toEqual(settings.defaultSettings());
  });
});
