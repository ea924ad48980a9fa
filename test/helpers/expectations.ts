import { HIDDEN_ATTR, SHOWN_ATTR } from '../../src/core/marks';

const HIDDEN = `[${HIDDEN_ATTR}]:not([${SHOWN_ATTR}])`;

/** Checks a cleaned document against its `data-expect` markers; returns failures as sentences. */
export function checkMarkers(doc: Document): string[] {
  const failures: string[] = [];
  for (const el of Array.from(doc.querySelectorAll('[data-expect="hide"]'))) {
    if (!el.closest(HIDDEN)) failures.push(`should be hidden: ${describe(el)}`);
  }
  for (const el of Array.from(doc.querySelectorAll('[data-expect="keep"]'))) {
    const hiddenAncestor = el.closest(HIDDEN);
    if (hiddenAncestor) {
      failures.push(`must stay but is hidden (${hiddenAncestor.getAttribute(HIDDEN_ATTR)}): ${describe(el)}`);
      continue;
    }
    for (const inner of Array.from(el.querySelectorAll(HIDDEN))) {
      if (!inner.closest('[data-expect="hide"]'))
        failures.push(`part of a kept block is hidden (${inner.getAttribute(HIDDEN_ATTR)}): ${describe(inner)} in ${describe(el)}`);
    }
  }
  return failures;
}

function describe(el: Element): string {
  const t = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  return `<${el.tagName.toLowerCase()}> "${t.slice(0, 70)}"`;
}
