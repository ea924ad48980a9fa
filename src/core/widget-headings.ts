import { guard } from './guard';
import type { ArticleParts } from './locate/article-locator';
import { isMarkedHidden } from './marks';
import { isRelatedHeading } from './categories/story-lists';
import { endsLikeSentence, textOf } from './text';
import type { Candidate, HideRecord } from './types';

/** A widget's title is short; anything longer is a sentence of its own. */
const HEADING_MAX_CHARS = 60;

/**
 * The title left standing over a widget the pass hid ("Related Articles", "Trending", "Lo + visto",
 * "READ NEXT": salon, spanish_article, pagesix): the nearest earlier sibling with text, when it reads
 * as a related heading, holds one link at most and is not the story's (the guard protects subheads
 * of the body). Without this a hidden rail leaves its heading over an empty space.
 */
export function headingsOfHidden(
  records: HideRecord[],
  elements: Map<number, Element>,
  parts: ArticleParts,
): Array<Candidate & { category: HideRecord['category'] }> {
  const out: Array<Candidate & { category: HideRecord['category'] }> = [];
  for (const record of records) {
    if (record.category !== 'related') continue;
    const el = elements.get(record.id);
    let sibling = el?.previousElementSibling ?? null;
    while (sibling && textOf(sibling) === '') sibling = sibling.previousElementSibling;
    if (!sibling || isMarkedHidden(sibling)) continue;
    const text = textOf(sibling);
    const links = sibling.querySelectorAll('a[href]').length + (sibling.matches('a[href]') ? 1 : 0);
    if (text.length > HEADING_MAX_CHARS || endsLikeSentence(text) || links > 1 || !isRelatedHeading(text)) continue;
    if (!guard(sibling, parts).ok) continue;
    out.push({
      category: record.category,
      element: sibling,
      rule: 'widget-heading',
      reason: `heading "${text.slice(0, 40)}" of a hidden widget`,
    });
  }
  return out;
}
