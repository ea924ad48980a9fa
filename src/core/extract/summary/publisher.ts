import { normalizeSpace, textOf } from '../../text';
import { isFurniture } from '../clutter-lines';

/** The bullets of a located key-points list, without furniture and empty items. */
export function keyPointsOf(list: Element): string[] {
  const items = Array.from(list.querySelectorAll('li, [role="listitem"]')).filter(
    (li) => !li.parentElement?.closest('li, [role="listitem"]') || li.parentElement === list,
  );
  return items
    .map((li) => normalizeSpace(textOf(li).replace(/^[•·▪■►\-–—*]\s*/, '')))
    .filter((t) => t.length >= 3 && !isFurniture(t));
}

/** The standfirst as one point, unless it is furniture ("Sign up for our newsletter…"). */
export function standfirstOf(el: Element): string[] {
  const t = textOf(el);
  return t && !isFurniture(t) ? [t] : [];
}
