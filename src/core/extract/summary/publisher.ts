import { keyPointItems } from '../../locate/summary';
import { normalizeSpace, textOf } from '../../text';
import { isFurniture } from '../clutter-lines';
import { textLines } from '../text-blocks';

/** The bullets of a located key-points list, without furniture and empty items. */
export function keyPointsOf(list: Element): string[] {
  return keyPointItems(list)
    .map((li) => normalizeSpace(textOf(li).replace(/^[•·▪■►●◦‣\-–—*]\s*/, '')))
    .filter((t) => t.length >= 3 && !isFurniture(t));
}

/** The standfirst: one point per line (a dek split by <br> is two lines), without furniture. */
export function standfirstOf(el: Element): string[] {
  return textLines(el).filter((t) => !isFurniture(t));
}
