import { MIN_OFFER_TERMS, OFFER_BOX_MAX_CHARS, OFFER_CALL, OFFER_TERMS } from '../rules/affiliate-offers';
import { textOf } from '../text';

/** How many of the offer terms (rules/affiliate-offers.ts) a text holds. */
export const offerTerms = (text: string): number => OFFER_TERMS.filter((re) => re.test(text)).length;

/** An offer's own call ("Apply Now", "Terms Apply") among the links and buttons of `box`, outside `except`. */
const hasOfferCall = (box: Element, except?: Element): boolean =>
  Array.from(box.querySelectorAll('a[href], button')).some((c) => !except?.contains(c) && OFFER_CALL.test(textOf(c)));

/**
 * Whether `block` sits in an affiliate offer box under the body root: its largest enclosing box of
 * at most OFFER_BOX_MAX_CHARS, and less than half the root's text, holds an offer's call outside the
 * block and reads as an offer's terms. The sentences of such a box are the offer's, not story
 * (thepointsguy: the featured card's 'More Things to Know' list, inside the body root beside the
 * story, 1,387 characters — more than a sign-up box's 900). A story about credit cards keeps its
 * paragraphs: the box would hold most of the body.
 */
export function inOfferBox(block: Element, root: Element): boolean {
  const limit = Math.min(OFFER_BOX_MAX_CHARS, textOf(root).length / 2);
  let box: Element | null = null;
  for (let cur = block.parentElement; cur && cur !== root; cur = cur.parentElement) {
    if (textOf(cur).length >= limit) break;
    box = cur;
  }
  return !!box && hasOfferCall(box, block) && offerTerms(textOf(box)) >= MIN_OFFER_TERMS;
}
