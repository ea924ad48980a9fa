import { isMarkedHidden } from '../../marks';
import { CHROME_TAGS } from '../../site-chrome';
import { textOf } from '../../text';
import { isFurniture } from '../clutter-lines';

/** Class or id words that name a dek ("ar-subtitle", "dek margin-16-tb", "subtitle"). */
const DEK_NAME =
  /(^|[-_\s])(dek|deck|standfirst|sub-?title|subhead(line)?|sub-?heading|strapline|summary|excerpt|lede|intro|abstract)([-_\s]|$)/i;

/** A byline, date or author bio under the headline is not its dek. */
export const NOT_DEK =
  /^(by|von|por|par)\s|\b(can be reached at|is (a|the|an) (senior |staff |contributing |deputy |managing )?(writer|reporter|editor|correspondent|journalist)\b)|(?<![\w.+-])[\w.+-]{1,64}@[\w-]+\.[\w.]+/i;

/**
 * A short dek the locator passes over (it wants 40+ characters): an element named as one among
 * the first elements after the headline, before the body's prose starts, visible, not a caption.
 */
export function findNamedDek(headline: Element | null): Element | null {
  if (!headline?.ownerDocument.body) return null;
  const all = Array.from(headline.ownerDocument.body.querySelectorAll('*'));
  const start = all.indexOf(headline);
  if (start < 0) return null;
  let steps = 0;
  for (const el of all.slice(start + 1)) {
    if (headline.contains(el)) continue;
    if (++steps > 40) break;
    const text = textOf(el);
    if (el.tagName === 'P' && text.length > 200) break;
    if (/^H[12]$/.test(el.tagName) || el.closest(`figure, figcaption, ${CHROME_TAGS}`)) continue;
    const name = `${el.getAttribute('class') ?? ''} ${el.id}`;
    if (!DEK_NAME.test(name) || text.length < 10 || text.length > 400 || el.querySelector('p, div, ul, ol, img')) continue;
    if (isMarkedHidden(el) || isFurniture(text) || NOT_DEK.test(text)) continue;
    return el;
  }
  return null;
}
