import { snippet } from '../core/text';
import type { HideRecord } from '../core/types';
import { onSettingsChanged, siteKey, updateSettings, type Settings } from '../shared/settings';
import { categoryName, message, reasonText } from '../shared/ui-strings';
import { selectorFor } from './zapper-selector';

/**
 * "Why was this hidden?" (issue 12): in show-everything mode every element Tidy News had hidden is
 * outlined on the page with a label saying its category and reason (its hide record); "Keep showing
 * on this site" in the popup turns one into an exception remembered for the site.
 *
 * The label is an attribute read by a stylesheet of ours (`content: attr(…)`): no node of the page
 * is removed and none is added inside it; the text is the page's textContent, never markup.
 */
const WHY_ATTR = 'data-tidy-why';
/** On <html> while the labels are shown, so a page serving `data-tidy-why` itself gets no outline. */
const EXPLAIN_ATTR = 'data-tidy-explain';
const STYLE_ID = 'tidy-news-why-hidden';

const CSS = `html[${EXPLAIN_ATTR}] [${WHY_ATTR}] {
  outline: 2px dashed #b45309 !important; outline-offset: 2px !important; }
html[${EXPLAIN_ATTR}] [${WHY_ATTR}]::before {
  content: attr(${WHY_ATTR}); display: block !important; box-sizing: border-box; max-width: 100%;
  margin: 0 0 4px; padding: 2px 6px; border-radius: 3px; background: #fef3c7; color: #1c1917;
  font: 600 12px/1.4 system-ui, sans-serif; text-align: start; white-space: normal;
  text-transform: none; letter-spacing: normal; }`;

/** Titles we set (on images and frames, which show no ::before): removed again with the labels. */
const titled = new WeakSet<Element>();

export interface Explainable {
  record: HideRecord;
  element: Element | undefined;
}

/** Labels `items` on the page (show-everything on), or takes every label away (`[]`). */
export function explainHidden(doc: Document, items: Explainable[]): void {
  for (const el of Array.from(doc.querySelectorAll(`[${WHY_ATTR}]`))) {
    el.removeAttribute(WHY_ATTR);
    if (titled.has(el)) el.removeAttribute('title');
  }
  doc.documentElement.toggleAttribute(EXPLAIN_ATTR, items.length > 0);
  if (!items.length) return;
  if (!doc.getElementById(STYLE_ID)) {
    const style = doc.createElement('style');
    style.id = STYLE_ID;
    style.textContent = CSS;
    (doc.head ?? doc.documentElement).append(style);
  }
  for (const { record, element } of items) {
    if (!element?.isConnected) continue;
    const label = message('why_hidden_label', [categoryName(record.category), reasonText(record)]);
    element.setAttribute(WHY_ATTR, label);
    if (!element.hasAttribute('title')) {
      element.setAttribute('title', label);
      titled.add(element);
    }
  }
}

/** The site's exceptions, as selectors for the session. */
const shownSelectorsFor = (settings: Settings, hostname: string): string[] =>
  (settings.shownRules[siteKey(hostname.toLowerCase())] ?? []).map((r) => r.selector);

interface ShownHost {
  setShownRules(selectors: string[]): void;
  element(id: number): Element | undefined;
}

/** The selectors the session applies now (one session per document). */
let current: string[] = [];

/** Gives the session the site's exceptions, and keeps them in step with the settings (options page). */
export function applyShownRules(session: ShownHost, settings: Settings, hostname: string): void {
  const apply = (s: Settings): void => {
    const selectors = shownSelectorsFor(s, hostname);
    if (JSON.stringify(selectors) === JSON.stringify(current)) return;
    current = selectors;
    session.setShownRules(selectors);
  };
  apply(settings);
  onSettingsChanged(apply);
}

/**
 * "Keep showing on this site" for record `id`: a selector for its element is saved as an
 * exception for the site and applied at once. False when no selector names the element alone
 * (nothing saved: the popup says so and offers Show).
 */
export async function keepShown(session: ShownHost, id: number, hostname: string): Promise<boolean> {
  const el = session.element(id);
  const selector = el?.isConnected ? selectorFor(el) : null;
  if (!el || !selector) return false;
  const site = siteKey(hostname.toLowerCase());
  const rule = { selector, label: snippet(el, 60), created: Date.now() };
  // Shown at once, before the write: the settings' change event re-applies the stored list after.
  current = [...current.filter((s) => s !== selector), selector];
  session.setShownRules(current);
  await updateSettings((s) => {
    const list = (s.shownRules[site] ?? []).filter((r) => r.selector !== selector);
    return { ...s, shownRules: { ...s.shownRules, [site]: [...list, rule] } };
  });
  return true;
}
