import {
  GEAR_BOX_MAX_CHARS,
  GEAR_PICKS_LABEL,
  MIN_GEAR_PICKS,
  OFFER_BOX_MAX_CHARS,
  MIN_OFFER_TERMS,
  OFFER_CALL,
} from '../rules/affiliate-offers';
import { offerTerms } from '../locate/offer-box';
import { siteKey } from '../site-key';
import { textOf } from '../text';
import type { Candidate } from '../types';
import { climb, distinctHrefs, inSiteChrome, type DetectContext } from './context';

/**
 * Affiliate offer boxes (rules/affiliate-offers.ts): from an offer's call ("Apply Now", "Terms
 * Apply") up to the largest small box around it, kept only when that box reads as an offer's terms
 * (thepointsguy: the featured card under the story, the sidebar's 'Top offers from our partners').
 * Larger than a promo's box: an offer lists its terms. Inside story paragraphs the guard stops the climb.
 */
export function affiliateOffers(ctx: DetectContext, out: Candidate[]): void {
  const seen: Element[] = [];
  for (const call of ctx.query('a[href], button')) {
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

/** The site of an address (site-key.ts): a shop's link leads to another one. */
const hostOf = (url: string): string => siteKey(new URL(url).hostname);

/** Whether every link of `box` leads to another site than the page's (a shop, an affiliate network). */
function linksOffSite(box: Element, doc: Document): boolean {
  let here: string;
  try {
    here = hostOf(doc.URL);
  } catch {
    return false;
  }
  return Array.from(box.querySelectorAll('a[href]')).every((a) => {
    try {
      return hostOf(new URL(a.getAttribute('href')!, doc.URL).href) !== here;
    } catch {
      return false;
    }
  });
}

/**
 * A writer's or the site's product picks (rules GEAR_PICKS_LABEL): the heading and the small box
 * under it, kept only when the box's every link leads to another site, at least two of them: the
 * site is paid for those clicks (electrek: "Michelle Lewis's favorite gear", NordVPN and a MacBook
 * Air, each a card linked to the shop). A heading like it over the site's own stories (on-site
 * links) or inside a story's prose (the guard stops the climb) stays.
 */
export function gearPicks(ctx: DetectContext, out: Candidate[]): void {
  for (const { el, text } of ctx.shortTexts()) {
    if (ctx.timeUp()) break;
    if (!GEAR_PICKS_LABEL.test(text) || inSiteChrome(el)) continue;
    const box = climb(
      el,
      (c) => textOf(c).length <= GEAR_BOX_MAX_CHARS && !c.querySelector('h1, article, nav, form') && linksOffSite(c, ctx.doc),
      ctx,
    );
    if (box === el || distinctHrefs(box) < MIN_GEAR_PICKS) continue;
    out.push({ element: box, rule: 'gear-picks', reason: 'reason_promotion', params: [text.slice(0, 50)] });
  }
}
