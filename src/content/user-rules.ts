import type { UserRule } from '../core/engine';
import type { GuardVerdict } from '../core/guard';
import { snippet } from '../core/text';
import type { CategoryId, HideRecord } from '../core/types';
import { onSettingsChanged, siteKey, updateSettings, type Settings } from '../shared/settings';
import { message, reasonText } from '../shared/ui-strings';
import { selectorFor } from './zapper-selector';

/**
 * The user's own rules for the site (custom selectors from the options page, elements zapped with
 * the picker), handed to the engine, which applies them like site rules: marks and a hide record
 * each (so they show in the popup and undo like any other hide), on load and on late content.
 *
 * They go through the guard like every hide. The user asked, but a rule is kept for the whole
 * site and replayed on its other articles, where a selector (an nth-of-type path above all) can
 * land on the article itself; the guard is what keeps "never a line of the article" true there.
 * The picker says so when the element picked is part of the article and saves nothing; a custom
 * rule's refused matches are listed with the guard's reason in the report (Copy report).
 */

/**
 * The category user rules are counted and switched under. Zaps are mostly boxes the site put
 * there (newsletter asks, sticky bars, promos), and a category is needed for the marks: "Promos"
 * switched off in the popup shows them again with the rest.
 */
export const USER_RULE_CATEGORY: CategoryId = 'promos';
const CUSTOM = 'custom:';
const ZAP = 'zap:';

const isZapRecord = (record: HideRecord | undefined): boolean => !!record?.rule.startsWith(ZAP);

/** The site's rules for the engine; their reasons are `_locales` keys, worded where they are shown (reasonText). */
function userRulesFor(settings: Settings, hostname: string): UserRule[] {
  const site = siteKey(hostname.toLowerCase());
  const custom = (settings.customRules[site] ?? []).map((selector) => ({
    category: USER_RULE_CATEGORY,
    selector,
    rule: `${CUSTOM}${selector}`,
    reason: 'reason_custom_rule',
  }));
  const zaps = (settings.zapRules[site] ?? []).map((z) => ({
    category: USER_RULE_CATEGORY,
    selector: z.selector,
    rule: `${ZAP}${z.selector}`,
    reason: 'reason_zapped',
  }));
  return [...custom, ...zaps];
}

/** What the content script's session offers for user rules (page-session.ts). */
export interface UserRuleHost {
  setUserRules(rules: UserRule[]): void;
  verdict(el: Element): GuardVerdict;
}

/**
 * Gives the session the site's rules (before its first pass), and keeps them in step with the
 * settings afterwards (options page edits, a zap undone in another tab).
 */
export function applyUserRules(session: UserRuleHost, settings: Settings, hostname: string): void {
  const keyOf = (rules: UserRule[]): string => JSON.stringify(rules.map((r) => r.rule));
  let rules = userRulesFor(settings, hostname);
  session.setUserRules(rules);
  onSettingsChanged((next) => {
    const fresh = userRulesFor(next, hostname);
    if (keyOf(fresh) === keyOf(rules)) return;
    rules = fresh;
    session.setUserRules(fresh);
  });
}

/**
 * Saves a zap of `el` as a rule for the site and applies it. Returns null when it is hidden, or
 * what to tell the user when it is not (part of the article, or no selector names it alone).
 */
export async function zapElement(session: UserRuleHost, el: Element, hostname: string): Promise<string | null> {
  const verdict = session.verdict(el);
  if (!verdict.ok) return message('zap_refused', [reasonText(verdict)]);
  const selector = selectorFor(el);
  if (!selector) return message('zap_no_selector');
  const site = siteKey(hostname.toLowerCase());
  const rule = { selector, label: snippet(el, 60), created: Date.now() };
  const next = await updateSettings((s) => {
    const list = (s.zapRules[site] ?? []).filter((z) => z.selector !== selector);
    return { ...s, zapRules: { ...s.zapRules, [site]: [...list, rule] } };
  });
  session.setUserRules(userRulesFor(next, hostname));
  return null;
}

/** "Show" on a zapped element's record undoes the zap for good: its rule is deleted. */
export async function forgetZap(record: HideRecord | undefined, hostname: string): Promise<void> {
  if (!record || !isZapRecord(record)) return;
  const selector = record.rule.slice(ZAP.length);
  const site = siteKey(hostname.toLowerCase());
  await updateSettings((s) => {
    const list = (s.zapRules[site] ?? []).filter((z) => z.selector !== selector);
    const zapRules = { ...s.zapRules, [site]: list };
    if (!list.length) delete zapRules[site];
    return { ...s, zapRules };
  });
}
