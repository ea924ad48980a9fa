import browser from 'webextension-polyfill';
import { CATEGORY_IDS, type CategoryId } from '../core/categories/registry';

/** Stored in `storage.local` (never synced: the list of sites a user reads stays on the device). */
export interface Settings {
  /** Categories switched off everywhere. */
  disabledCategories: CategoryId[];
  /** Hostnames where Tidy News does nothing. */
  disabledSites: string[];
}

export const DEFAULT_SETTINGS: Settings = { disabledCategories: [], disabledSites: [] };

export async function loadSettings(): Promise<Settings> {
  const stored = (await browser.storage.local.get(['disabledCategories', 'disabledSites'])) as Partial<Settings>;
  return {
    disabledCategories: (stored.disabledCategories ?? []).filter((c) => (CATEGORY_IDS as readonly string[]).includes(c)),
    disabledSites: Array.isArray(stored.disabledSites) ? stored.disabledSites.filter((s) => typeof s === 'string') : [],
  };
}

export async function saveSettings(patch: Partial<Settings>): Promise<void> {
  await browser.storage.local.set(patch);
}

export function isSiteDisabled(settings: Settings, hostname: string): boolean {
  return settings.disabledSites.includes(hostname.replace(/^www\./, ''));
}

export const siteKey = (hostname: string): string => hostname.replace(/^www\./, '');
