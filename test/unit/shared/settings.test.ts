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
    expect(await settings.loadSettings()).toEqual({ disabledCategories: ['video'], disabledSites: ['example.com'] });
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
    expect(await settings.loadSettings()).toEqual({ disabledCategories: [], disabledSites: [] });
  });
});
