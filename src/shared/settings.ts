import browser from 'webextension-polyfill';
import { CATEGORY_IDS, type CategoryId } from '../core/categories/registry';

/** Stored in `storage.local` (never synced: the list of sites a user reads stays on the device). */
export interface Settings {
  /** Categories switched off everywhere. */
  disabledCategories: CategoryId[];
  /** Hostnames where Tidy News does nothing. */
  disabledSites: string[];
}

/**
 * The stored layout's version. 0 is the unversioned layout of 0.1 (same keys); a version this
 * build does not know yet (a downgrade) is read field by field, like any other stored value.
 */
export const SETTINGS_VERSION = 1;
const VERSION_KEY = 'settingsVersion';
const KEYS = ['disabledCategories', 'disabledSites', VERSION_KEY];

export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({ disabledCategories: [], disabledSites: [] });

const isCategory = (c: unknown): c is CategoryId => typeof c === 'string' && (CATEGORY_IDS as readonly string[]).includes(c);
const SITE = /^[^\s/]{1,253}$/;

/**
 * Whatever is in storage, as Settings: each field is validated on its own, and one that cannot be
 * read (not a list, wrong entries) falls back to its default. Never throws: a corrupt store must
 * not switch the extension off, or hide the options page that repairs it.
 */
export function parseSettings(stored: unknown): Settings {
  const raw = stored && typeof stored === 'object' ? (stored as Record<string, unknown>) : {};
  const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
  return {
    disabledCategories: [...new Set(list(raw.disabledCategories).filter(isCategory))],
    disabledSites: [
      ...new Set(
        list(raw.disabledSites)
          .filter((s): s is string => typeof s === 'string' && SITE.test(s))
          .map((s) => siteKey(s.toLowerCase())),
      ),
    ],
  };
}

export async function loadSettings(): Promise<Settings> {
  try {
    return parseSettings(await browser.storage.local.get(KEYS));
  } catch {
    return { disabledCategories: [], disabledSites: [] };
  }
}

async function write(settings: Settings): Promise<void> {
  await browser.storage.local.set({ ...parseSettings(settings), [VERSION_KEY]: SETTINGS_VERSION });
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Every write goes through here: read, change, write, one at a time, so two quick switches never
 * lose one. Within a page the queue is this chain; across the popup and the options page it is a
 * Web Lock where the browser has them.
 */
export function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const step = async (): Promise<Settings> => {
    const next = parseSettings(change(await loadSettings()));
    await write(next);
    return next;
  };
  const locked = async (): Promise<Settings> => {
    if (typeof navigator === 'undefined' || !navigator.locks) return step();
    let out!: Settings;
    await navigator.locks.request('tidy-news-settings', async () => {
      out = await step();
    });
    return out;
  };
  const result = queue.then(locked, locked);
  queue = result.catch(() => undefined);
  return result;
}

/** Back to the defaults, in the current layout (the options page's "Reset settings"). */
export function resetSettings(): Promise<Settings> {
  return updateSettings(() => ({ disabledCategories: [], disabledSites: [] }));
}

/** Calls `listener` with the settings as stored whenever another page (or this one) changes them. */
export function onSettingsChanged(listener: (settings: Settings) => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !KEYS.some((k) => k in changes)) return;
    void loadSettings().then(listener);
  });
}

export function isSiteDisabled(settings: Settings, hostname: string): boolean {
  return settings.disabledSites.includes(siteKey(hostname));
}

export const siteKey = (hostname: string): string => hostname.replace(/^www\./, '');
