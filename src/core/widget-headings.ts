import { guard } from './guard';
import type { ArticleParts } from './locate/article-locator';
import { isMarkedHidden } from './marks';
import { isRelatedHeading } from './categories/story-lists';
import { endsLikeSentence, textOf } from './text';
import type { Candidate, HideRecord } from './types';

/** A widget's title is short; anything longer is a sentence of its own. */
export const WIDGET_HEADING_MAX_CHARS = 80;

/**
 * The short title standing before `el`: the nearest earlier sibling with text, or the parent's when
 * `el` opens its box (up to `levels` parents, none of them `stop`). Short, not a sentence, with one
 * link at most (a "See all" to the section). The caller's guard and context checks come after.
 */
export function labelBefore(el: Element, levels: number, stop: (e: Element) => boolean = () => false): Element | null {
  let cur: Element | null = el;
  for (let up = 0; cur && up < levels && !stop(cur); up++, cur = cur.parentElement) {
    let sibling = cur.previousElementSibling;
    while (sibling && textOf(sibling) === '') sibling = sibling.previousElementSibling;
    if (!sibling) continue;
    const text = textOf(sibling);
    const links = sibling.querySelectorAll('a[href]').length + (sibling.matches('a[href]') ? 1 : 0);
    return text.length <= WIDGET_HEADING_MAX_CHARS && !endsLikeSentence(text) && links <= 1 ? sibling : null;
  }
  return null;
}

/**
 * The title left standing over a widget the pass hid ("Related Articles", "Trending", "Lo + visto",
 * "READ NEXT": salon, spanish_article, pagesix), when it reads as a related heading and is not the
 * story's (the guard protects subheads of the body). Without this a hidden rail leaves its heading
 * over an empty space.
 */
export function headingsOfHidden(
  records: HideRecord[],
  elements: Map<number, Element>,
  parts: ArticleParts,
): Array<Candidate & { category: HideRecord['category'] }> {
  const out: Array<Candidate & { category: HideRecord['category'] }> = [];
  for (const record of records) {
    const el = record.category === 'related' ? elements.get(record.id) : undefined;
    const label = el ? labelBefore(el, 1) : null;
    if (!label || isMarkedHidden(label) || !isRelatedHeading(textOf(label)) || !guard(label, parts).ok) continue;
    const text = textOf(label);
    out.push({
      category: record.category,
      element: label,
      rule: 'widget-heading',
      reason: 'reason_widget_heading',
      params: [text.slice(0, 40)],
    });
  }
  return out;
}
