import { CATEGORY_IDS } from '../categories/registry';
import { HIDDEN_ATTR, OFF_ATTR, SHOWN_ATTR, offAttr } from '../marks';

/**
 * A copy of the page as the reader sees it after cleaning: the elements the engine hides are
 * removed from the copy (unless the user switched Tidy News or that category off, or showed the
 * element again). The live document is only read, never changed.
 */
export function cleanedClone(doc: Document): Document {
  const clone = doc.cloneNode(true) as Document;
  const root = doc.documentElement;
  if (!root || root.hasAttribute(OFF_ATTR)) return clone;
  const active = CATEGORY_IDS.filter((id) => !root.hasAttribute(offAttr(id)));
  if (active.length === 0) return clone;
  const selector = active.map((id) => `[${HIDDEN_ATTR}="${id}"]:not([${SHOWN_ATTR}])`).join(',');
  for (const el of Array.from(clone.querySelectorAll(selector))) el.remove();
  return clone;
}
