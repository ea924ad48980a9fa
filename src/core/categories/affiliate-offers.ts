import { OFFER_BOX_MAX_CHARS, MIN_OFFER_TERMS, OFFER_CALL } from '../rules/affiliate-offers';
import { offerTerms } from '../locate/offer-box';
import { textOf } from '../text';
import type { Candidate } from '../types';
import { climb, inSiteChrome, type DetectContext } from './context';

/**
 * Affiliate offer boxes (rules/affiliate-offers.ts): from an offer's call ("Apply Now", "Terms
 * Apply") up to the largest small box around it, kept only when that box reads as an offer's terms
 * (thepointsguy: the featured card under the story, the sidebar's 'Top offers from our partners').
 * Larger than a promo's box: an offer lists its terms. Inside story paragraphs the guard stops the climb.
 */
export function affiliateOffers(ctx: DetectContext, out: Candidate[]): void {
  const seen: Element[] = [];
  for (const call of Array.from(ctx.scope.querySelectorAll('a[href], button'))) {
    if (ctx.timeUp()) break;
    if (!OFFER_CALL.test(textOf(call)) || inSiteChrome(call) || seen.some((box) => box.contains(call))) continue;
    const box = climb(
      call,
      (c) => textOf(c).length <= OFFER_BOX_MAX_CHARS && !c.matches('header, footer, nav') && !c.querySelector('h1, article, nav, form'),
      ctx,
      12,
    );
    if (box === call || offerTerms(textOf(box)) < MIN_OFFER_TERMS) continue;
    seen.push(box);
    out.push({ element: box, rule: 'affiliate-offer', reason: 'reason_promotion', params: [textOf(box).slice(0, 50)] });
  }
}
