import { CATEGORY_IDS } from '../core/categories/registry';
import { SETTINGS_VERSION, parseSettings, type Settings } from './settings';
import { MAX_RULES_PER_SITE, isValidSelector, normalizeSite } from './settings-validate';

/**
 * The settings as a file the user keeps (Export) and brings back (Import). Unlike the loader,
 * which repairs what it can so a corrupt store never switches the extension off, an import is
 * all or nothing: a file with any fault is refused with the reason, and nothing is written.
 */
export const FILE_FORMAT = 'tidy-news-settings';
/** Larger than any real settings file; a bigger one is not ours. */
const MAX_FILE_BYTES = 1_000_000;

export function exportSettings(settings: Settings, now = new Date()): string {
  return `${JSON.stringify({ format: FILE_FORMAT, settingsVersion: SETTINGS_VERSION, exported: now.toISOString(), ...settings }, null, 2)}\n`;
}

/** Why a file was refused: a `_locales` key and its substitutions, so the message is in the user's language. */
interface ImportError {
  key: 'import_error_json' | 'import_error_shape' | 'import_error_version' | 'import_error_selector' | 'import_error_too_big';
  substitutions: string[];
}

export type ImportResult = { ok: true; settings: Settings } | { ok: false; error: ImportError };

const fail = (key: ImportError['key'], ...substitutions: string[]): ImportResult => ({ ok: false, error: { key, substitutions } });
const isPlainObject = (v: unknown): v is Record<string, unknown> => !!v && typeof v === 'object' && !Array.isArray(v);

export function importSettings(text: string): ImportResult {
  if (text.length > MAX_FILE_BYTES) return fail('import_error_too_big');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return fail('import_error_json', error instanceof Error ? error.message : String(error));
  }
  if (!isPlainObject(data) || data.format !== FILE_FORMAT) return fail('import_error_shape', 'format');
  const version = data.settingsVersion;
  // Version 1 had the two lists only; a later version may mean something this build cannot read.
  if (version !== 1 && version !== SETTINGS_VERSION) return fail('import_error_version', JSON.stringify(version) ?? 'undefined');
  return checkFields(data) ?? { ok: true, settings: parseSettings(data) };
}

/** The first fault in the file's fields, or null when every field is exactly as Export writes it. */
function checkFields(data: Record<string, unknown>): ImportResult | null {
  const strings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
  if (!strings(data.disabledCategories) || !data.disabledCategories.every((c) => (CATEGORY_IDS as readonly string[]).includes(c)))
    return fail('import_error_shape', 'disabledCategories');
  if (!strings(data.disabledSites) || !data.disabledSites.every((s) => normalizeSite(s)))
    return fail('import_error_shape', 'disabledSites');
  if (data.settingsVersion === 1) return null;
  if (typeof data.showBadge !== 'boolean') return fail('import_error_shape', 'showBadge');
  for (const field of ['customRules', 'zapRules', 'shownRules'] as const) {
    const map = data[field];
    // The exceptions came later within version 2: a file exported before them has none.
    if (field === 'shownRules' && map === undefined) continue;
    if (!isPlainObject(map)) return fail('import_error_shape', field);
    for (const [site, rules] of Object.entries(map)) {
      if (!normalizeSite(site) || !Array.isArray(rules) || rules.length > MAX_RULES_PER_SITE)
        return fail('import_error_shape', `${field}.${site}`);
      for (const rule of rules as unknown[]) {
        const selector: unknown = field === 'customRules' ? rule : isPlainObject(rule) ? rule.selector : undefined;
        if (field !== 'customRules' && !(isPlainObject(rule) && typeof rule.label === 'string' && typeof rule.created === 'number'))
          return fail('import_error_shape', `${field}.${site}`);
        if (typeof selector !== 'string') return fail('import_error_shape', `${field}.${site}`);
        if (!isValidSelector(selector)) return fail('import_error_selector', selector, site);
      }
    }
  }
  return null;
}
