import { isRelatedHeading } from './story-lists';
import { textOf } from '../text';
import type { Candidate } from '../types';
import { densityWithout, distinctHrefs, type DetectContext } from './context';

/** A widget the page lets readers skip is a box, never the story (whose skip link is a page's). */
const SKIP_BOX_MAX_CHARS = 1500;
/** The skip link's landing mark closes the box: a word or two ("… end"), not a paragraph. */
const SKIP_TARGET_MAX_CHARS = 80;
/** A labelled region of other stories holds little besides its cards' links and dates. */
const LABELLED_REGION_MAX_CHARS = 600;
const LABELLED_REGION_MIN_DENSITY = 0.5;

/** The lowest element holding both `a` and `b`. */
function commonAncestor(a: Element, b: Element): Element | null {
  for (let up: Element | null = a.parentElement; up; up = up.parentElement) if (up.contains(b)) return up;
  return null;
}

/**
 * Boxes that open with a link skipping to a mark at their own end (bbc-arabic: the podcast promo
 * "تخطى يستحق الانتباه وواصل القراءة" → #end-of-podcasts, "يستحق الانتباه نهاية", between two
 * paragraphs of the story): the page itself says the box is not part of the reading. Structure
 * only, in any language. The page's "skip to content" link spans the whole page, past the size cap.
 */
function skippableBoxes(ctx: DetectContext, out: Candidate[]): void {
  for (const a of ctx.query('a[href^="#"]')) {
    if (ctx.timeUp()) return;
    const id = (a.getAttribute('href') ?? '').slice(1);
    const target = id ? ctx.doc.getElementById(id) : null;
    if (!target || target.contains(a) || a.contains(target) || !(a.compareDocumentPosition(target) & 4)) continue;
    const box = commonAncestor(a, target);
    const linkText = textOf(a);
    const mark = textOf(target);
    if (!box || !linkText || !mark || mark.length > SKIP_TARGET_MAX_CHARS) continue;
    const text = textOf(box);
    if (text.length > SKIP_BOX_MAX_CHARS || !text.startsWith(linkText) || !text.endsWith(mark)) continue;
    out.push({ element: box, rule: 'skippable-box', reason: 'reason_promotion', params: [linkText.slice(0, 40)] });
  }
}

/**
 * A region named for other stories by its aria-label, without a visible heading (bbc-arabic:
 * <section role="region" aria-label="المزيد حول هذه القصة"> around one card in the body).
 */
function labelledRegions(ctx: DetectContext, out: Candidate[]): void {
  for (const el of ctx.query('section[aria-label], aside[aria-label], [role="region"][aria-label]')) {
    if (ctx.timeUp()) return;
    const label = (el.getAttribute('aria-label') ?? '').trim();
    const text = textOf(el);
    if (!label || !isRelatedHeading(label) || !text || text.length > LABELLED_REGION_MAX_CHARS) continue;
    if (distinctHrefs(el) >= 1 && densityWithout(el, '') >= LABELLED_REGION_MIN_DENSITY)
      out.push({ element: el, rule: 'labelled-region', reason: 'reason_related_under_heading', params: [label.slice(0, 40)] });
  }
}

/** Widgets the page's own markup names as such: skippable boxes and labelled regions. */
export function markedWidgets(ctx: DetectContext, out: Candidate[]): void {
  skippableBoxes(ctx, out);
  labelledRegions(ctx, out);
}
