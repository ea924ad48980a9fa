import browser from 'webextension-polyfill';
import { CATEGORY_IDS, type CategoryId } from '../core/categories/registry';
import { normalizeSite, parseSelector, parseSiteMap, parseZapRule, siteKey, type ZapRule } from './settings-validate';

export { siteKey };

/** Stored in `storage.local` (never synced: the list of sites a user reads stays on the device). */
export interface Settings {
  /** Categories switched off everywhere. */
  disabledCategories: CategoryId[];
  /** Hostnames where Tidy News does nothing. */
  disabledSites: string[];
  /** The user's own CSS selectors to hide, per site (`siteKey`). */
  customRules: Record<string, string[]>;
  /** Elements hidden with the element picker, per site. */
  zapRules: Record<string, ZapRule[]>;
  /**
   * Exceptions made with "Keep showing on this site" in the popup, per site: elements shown
   * even though a rule or heuristic hides them (stored like the zaps: a selector, label, time).
   */
  shownRules: Record<string, ZapRule[]>;
  /** Whether the toolbar badge shows the count hidden on the tab. */
  showBadge: boolean;
}

/**
 * The stored layout's version. 0 is the unversioned layout of 0.1 (same keys as 1); 2 adds the
 * rules and the badge switch. A version this build does not know yet (a downgrade) is read field
 * by field, like any other stored value.
 */
export const SETTINGS_VERSION = 2;
const VERSION_KEY = 'settingsVersion';
const RULE_KEYS = ['customRules', 'zapRules', 'shownRules', 'showBadge'];
const KEYS = ['disabledCategories', 'disabledSites', ...RULE_KEYS, VERSION_KEY];

export const defaultSettings = (): Settings => ({
  disabledCategories: [],
  disabledSites: [],
  customRules: {},
  zapRules: {},
  shownRules: {},
  showBadge: true,
});

const isCategory = (c: unknown): c is CategoryId => typeof c === 'string' && (CATEGORY_IDS as readonly string[]).includes(c);

/**
 * v0/v1 → v2: the same two lists; the rule keys did not exist, so whatever sits under those names
 * in an older store was not written by us and is left out (the defaults apply).
 */
function migrate(raw: Record<string, unknown>): Record<string, unknown> {
  const version = typeof raw[VERSION_KEY] === 'number' ? raw[VERSION_KEY] : 0;
  if (version >= 2) return raw;
  const out: Record<string, unknown> = { ...raw, [VERSION_KEY]: 2 };
  for (const key of RULE_KEYS) delete out[key];
  return out;
}

/**
 * Whatever is in storage, as Settings: each field is validated on its own, and one that cannot be
 * read (not a list, wrong entries) falls back to its default; a rule that is not a valid selector
 * is dropped alone. Never throws: a corrupt store must not switch the extension off, or hide the
 * options page that repairs it.
 */
export function parseSettings(stored: unknown): Settings {
  return checkSettings(migrate(stored && typeof stored === 'object' ? (stored as Record<string, unknown>) : {}));
}

/** Settings in the current layout, field by field (what is about to be written, or a migrated store). */
function checkSettings(raw: Record<string, unknown>): Settings {
  const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
  return {
    disabledCategories: [...new Set(list(raw.disabledCategories).filter(isCategory))],
    disabledSites: [...new Set(list(raw.disabledSites).map(normalizeSite))].filter((s): s is string => s !== null),
    customRules: parseSiteMap(raw.customRules, parseSelector, (s) => s),
    zapRules: parseSiteMap(raw.zapRules, parseZapRule, (r) => r.selector),
    shownRules: parseSiteMap(raw.shownRules, parseZapRule, (r) => r.selector),
    showBadge: typeof raw.showBadge === 'boolean' ? raw.showBadge : true,
  };
}

export async function loadSettings(): Promise<Settings> {
  try {
    return parseSettings(await browser.storage.local.get(KEYS));
  } catch {
    return defaultSettings();
  }
}

async function write(settings: Settings): Promise<void> {
  await browser.storage.local.set({ ...checkSettings({ ...settings }), [VERSION_KEY]: SETTINGS_VERSION });
}

let queue: Promise<unknown> = Promise.resolve();

/**
 * Every write goes through here: read, change, write, one at a time, so two quick switches never
 * lose one. Within a page the queue is this chain; across the popup and the options page it is a
 * Web Lock where the browser has them.
 */
export function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const step = async (): Promise<Settings> => {
    const next = checkSettings({ ...change(await loadSettings()) });
    await write(next);
    return next;
  };
  const locked = async (): Promise<Settings> => {
    // Extension pages only: in a content script `navigator.locks` is the page's, and Firefox's
    // sandbox denies it our callback's promise ("Permission denied to access property then").
    const extensionPage = typeof location !== 'undefined' && location.protocol.endsWith('-extension:');
    if (typeof navigator === 'undefined' || !navigator.locks || !extensionPage) return step();
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
  return updateSettings(defaultSettings);
}

/** Calls `listener` with the settings as stored whenever another page (or this one) changes them. */
export function onSettingsChanged(listener: (settings: Settings) => void): void {
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !KEYS.some((k) => k in changes)) return;
    void loadSettings().then(listener);
  });
}

export function isSiteDisabled(settings: Settings, hostname: string): boolean {
  return settings.disabledSites.includes(siteKey(hostname.toLowerCase()));
}

/** Replaces every setting at once (the options page's Import), through the same queue. */
export function replaceSettings(next: Settings): Promise<Settings> {
  return updateSettings(() => next);
}
