import { textOf } from '../text';
import type { Candidate } from '../types';
import { climb, isInteractive, type DetectContext } from './context';

/**
 * A subscription offer with its price, wherever it sits (issue 9: harpers' masthead 'Get Access to
 * Print and Digital for $23.99.' over 'Subscribe for Full Access'; raw-story's header 'JOIN RAW
 * STORY FOR JUST $1'). Site chrome is otherwise left alone, but no menu item carries a price: a
 * priced offer is the site selling itself, and hiding it leaves every link of the menu in place.
 * Only the offer's own small box goes, never a menu or a row of links around it.
 */

/** A price: "$23.99", "€ 2", "2 €", "1,99 EUR". */
const PRICE = /(?:[$€£]\s?\d{1,4}(?:[.,]\d{1,2})?|\b\d{1,4}(?:[.,]\d{1,2})?\s?(?:€|£|usd|eur)\b)/i;
/** What a price is for, in a subscription's words. */
const OFFER =
  /\b(subscri\w*|join|access|member\w*|trial|for (just|only)|unlimited|digital|abonn\w*|suscr\w*|assin\w*|acceso ilimitado|zugang|angebot)\b/i;
/** The offer and its button, a line or two: a box with more text is a page section. */
const BOX_MAX_CHARS = 200;
/** The offer's own call to action and perhaps "Log in": more links make it a menu. */
const BOX_MAX_LINKS = 2;

const isPricedOffer = (text: string): boolean => text.length <= BOX_MAX_CHARS && PRICE.test(text) && OFFER.test(text);

export function pricedOffers(ctx: DetectContext, out: Candidate[]): void {
  for (const { el, text } of ctx.shortTexts()) {
    if (!isPricedOffer(text)) continue;
    const box = climb(
      el,
      (c) =>
        textOf(c).length <= BOX_MAX_CHARS &&
        c.querySelectorAll('a[href]').length <= BOX_MAX_LINKS &&
        !c.matches('header, footer, nav, [role="banner"], [role="navigation"]') &&
        !c.querySelector('h1, nav, article'),
      ctx,
    );
    if (!isInteractive(box) && !el.closest('a[href], button')) continue;
    out.push({ element: box, rule: 'priced-offer', reason: 'reason_priced_offer', params: [text.slice(0, 50)] });
  }
}
