import { CATEGORIES } from './categories/registry';
import { OFF_ATTR, SHOWN_ATTR, offAttr } from './marks';
import { siteRulesFor } from './rules/sites';

/**
 * The document_start stylesheet: every category's `exact` selectors, hidden before the page paints
 * (no flash of ads), each switchable by the category's attribute on <html>. Elements the guard
 * vetoes later get `data-tidy-shown` and reappear.
 */
/** The site rules for one host, as CSS the content script adds at document_start. */
export function siteCss(hostname: string): string {
  const rules = siteRulesFor(hostname);
  if (rules.length === 0) return '';
  return rules
    .map(
      (r) => `html:not([${OFF_ATTR}]):not([${offAttr(r.category)}]) :is(${r.selector}):not([${SHOWN_ATTR}]) { display: none !important; }`,
    )
    .join('\n');
}

export function documentStartCss(): string {
  const blocks = CATEGORIES.filter((c) => c.rules.exact.length > 0).map((c) => {
    const scope = `html:not([${OFF_ATTR}]):not([${offAttr(c.id)}])`;
    const list = c.rules.exact.map((s) => `${scope} ${s}:not([${SHOWN_ATTR}])`).join(',\n');
    return `/* ${c.id} */\n${list} { display: none !important; }`;
  });
  return blocks.join('\n\n');
}
