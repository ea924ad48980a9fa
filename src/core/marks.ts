import { CATEGORY_IDS, type CategoryId } from './categories/registry';

/**
 * Hiding is done with attributes and one stylesheet, never by removing the site's nodes
 * (removal breaks sites and makes undo impossible).
 *
 * - `data-tidy-hidden="<category>"` on an element hides it.
 * - `data-tidy-off` on <html> switches Tidy News off for the page;
 *   `data-tidy-off-<category>` switches one category off (the Refined GitHub pattern).
 * - `data-tidy-shown` on an element keeps it visible (per-element undo, and the guard's veto
 *   for elements matched by the document_start CSS).
 * - `data-tidy-unlock` on <html> undoes scroll locks left by a hidden overlay.
 */
export const HIDDEN_ATTR = 'data-tidy-hidden';
export const SHOWN_ATTR = 'data-tidy-shown';
export const OFF_ATTR = 'data-tidy-off';
export const UNLOCK_ATTR = 'data-tidy-unlock';
export const offAttr = (category: CategoryId): string => `${OFF_ATTR}-${category}`;

/** The stylesheet that turns marks into hiding. */
export function markStylesheet(): string {
  const rules = CATEGORY_IDS.map((id) => `html:not([${OFF_ATTR}]):not([${offAttr(id)}]) [${HIDDEN_ATTR}="${id}"]:not([${SHOWN_ATTR}])`);
  return [
    `${rules.join(',\n')} { display: none !important; }`,
    // A hidden cookie wall or modal leaves `overflow: hidden` / `position: fixed` on html/body.
    `html[${UNLOCK_ATTR}]:not([${OFF_ATTR}]):not([${offAttr('overlays')}]),`,
    `html[${UNLOCK_ATTR}]:not([${OFF_ATTR}]):not([${offAttr('overlays')}]) > body {`,
    '  overflow: auto !important; position: static !important; height: auto !important; }',
  ].join('\n');
}

/**
 * The elements whose marks we set. A page can serve its own markup with `data-tidy-shown` (to
 * exempt its ads from the rule stylesheet and the engine) or `data-tidy-hidden`: marks not set
 * by us are stripped before each pass (`stripForeignMarks`).
 */
const ours = new WeakSet<Element>();

export function markHidden(el: Element, category: CategoryId): void {
  ours.add(el);
  el.setAttribute(HIDDEN_ATTR, category);
}

/** Keep `el` visible: the user's undo ('user') or the guard's veto of a stylesheet match ('guard'). */
export function markShown(el: Element, why: 'user' | 'guard'): void {
  ours.add(el);
  el.setAttribute(SHOWN_ATTR, why);
}

/** Remove hide/show marks that the page itself put on `scope` or inside it. */
export function stripForeignMarks(scope: Element): void {
  const selector = `[${HIDDEN_ATTR}],[${SHOWN_ATTR}]`;
  const marked = Array.from(scope.querySelectorAll(selector));
  if (scope.matches(selector)) marked.push(scope);
  for (const el of marked) {
    if (ours.has(el)) continue;
    el.removeAttribute(HIDDEN_ATTR);
    el.removeAttribute(SHOWN_ATTR);
  }
}

/** Whether the element or an ancestor carries a hide mark (ignores per-category switches). */
export function isMarkedHidden(el: Element): boolean {
  return el.closest(`[${HIDDEN_ATTR}]:not([${SHOWN_ATTR}])`) !== null;
}

/** Undo everything the engine did on this document, exactly. */
export function clearMarks(doc: Document): void {
  for (const el of Array.from(doc.querySelectorAll(`[${HIDDEN_ATTR}],[${SHOWN_ATTR}]`))) {
    el.removeAttribute(HIDDEN_ATTR);
    el.removeAttribute(SHOWN_ATTR);
  }
  doc.documentElement?.removeAttribute(UNLOCK_ATTR);
}
