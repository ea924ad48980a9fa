/**
 * Checks for the parts of the settings that users type or pick: site names, CSS selectors and
 * zapper rules. They are data, never code: a selector is only ever handed to querySelectorAll.
 */
import { siteKey } from '../core/site-key';

/** A hostname as stored (no scheme, path or spaces). */
const SITE = /^[^\s/]{1,253}$/;
export const MAX_SELECTOR_LENGTH = 500;
export const MAX_RULES_PER_SITE = 200;
const MAX_LABEL_LENGTH = 80;

export { siteKey };

/** The stored key for a hostname the user typed or the page has, or null when it is not one. */
export function normalizeSite(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const site = siteKey(value.trim().toLowerCase());
  return SITE.test(site) && site !== '__proto__' ? site : null;
}

export type SelectorProblem = 'empty' | 'too-long' | 'invalid';

/**
 * Why `selector` cannot be a rule, or null when it can. Validity is the browser's own selector
 * engine (jsdom's in tests) on an empty fragment: it parses the selector and matches nothing. A
 * service worker has no document: there only the cheap checks run, and the content script checks
 * again before applying (the engine never throws on a rule).
 */
export function selectorProblem(selector: string): SelectorProblem | null {
  const s = selector.trim();
  if (!s) return 'empty';
  if (s.length > MAX_SELECTOR_LENGTH) return 'too-long';
  const doc = (globalThis as { document?: Document }).document;
  if (!doc?.createDocumentFragment) return /[{}]/.test(s) ? 'invalid' : null;
  try {
    doc.createDocumentFragment().querySelector(s);
    return null;
  } catch {
    return 'invalid';
  }
}

export const isValidSelector = (v: unknown): v is string => typeof v === 'string' && selectorProblem(v) === null;

/** A zapped element: its selector, a few words saying what it was, and when it was zapped. */
export interface ZapRule {
  selector: string;
  label: string;
  /** Milliseconds since the epoch. */
  created: number;
}

export function parseZapRule(v: unknown): ZapRule | null {
  if (!v || typeof v !== 'object') return null;
  const r = v as Record<string, unknown>;
  if (!isValidSelector(r.selector)) return null;
  const label = typeof r.label === 'string' ? r.label.replace(/\s+/g, ' ').trim().slice(0, MAX_LABEL_LENGTH) : '';
  const created = typeof r.created === 'number' && Number.isFinite(r.created) && r.created >= 0 ? r.created : 0;
  return { selector: r.selector.trim(), label, created };
}

/**
 * A `{ site: [rule…] }` map as stored, leniently: bad sites and bad rules are dropped one by one,
 * duplicates (by selector) too, and at most MAX_RULES_PER_SITE are kept per site.
 */
export function parseSiteMap<T>(v: unknown, parseRule: (rule: unknown) => T | null, selectorOf: (rule: T) => string): Record<string, T[]> {
  // A Map, then own properties: a site key such as `__proto__` stays data.
  const out = new Map<string, T[]>();
  if (!v || typeof v !== 'object' || Array.isArray(v)) return {};
  for (const [key, rules] of Object.entries(v as Record<string, unknown>)) {
    const site = normalizeSite(key);
    if (!site || !Array.isArray(rules)) continue;
    const list = out.get(site) ?? [];
    for (const raw of rules) {
      const rule = parseRule(raw);
      if (rule && list.length < MAX_RULES_PER_SITE && !list.some((r) => selectorOf(r) === selectorOf(rule))) list.push(rule);
    }
    if (list.length) out.set(site, list);
  }
  return Object.fromEntries(out);
}

export const parseSelector = (v: unknown): string | null => (isValidSelector(v) ? v.trim() : null);
