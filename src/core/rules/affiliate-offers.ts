/**
 * Affiliate product offers: a credit card's (or a loan's, a plan's) box with its terms and an "Apply
 * Now" button, which the site is paid for (thepointsguy: the featured card under the story,
 * 'Chase Sapphire Preferred® Card / WELCOME OFFER: 80,000 Points / … / Apply Now / More Things to
 * Know / … Annual Fee $95', and the sidebar's 'Top offers from our partners', each card with
 * 'Learn More' and 'Terms Apply'). Data for categories/affiliate-offers.ts.
 */

/** The offer's own call: a button or link, whole text. */
export const OFFER_CALL = /^(apply now|apply online|apply here|terms apply|learn more\s*terms apply|see rates (and|&) fees)$/i;

/**
 * What only an offer's terms say: a box is an offer when it holds at least MIN_OFFER_TERMS distinct
 * ones (a story about credit cards may name one, in a paragraph the guard protects anyway).
 */
export const OFFER_TERMS: RegExp[] = [
  /\bwelcome offer\b/i,
  /\b(sign-up|signup|intro(ductory)?) bonus\b/i,
  /\b\d[\d,.]* bonus (points|miles)\b/i,
  /\b(regular|intro(ductory)?|variable) apr\b|\bapr on purchases\b/i,
  /\bannual fee\b/i,
  /\bbalance transfer fee\b/i,
  /\brecommended credit\b/i,
  /\bterms apply\b/i,
  /\bcash ?back\b/i,
  /\bapply now\b/i,
];
export const MIN_OFFER_TERMS = 3;

/**
 * The most text an offer box holds: the featured card with its five highlights and its terms table
 * is ~1,400 characters, the sidebar's four cards ~1,000; more is a page section.
 */
export const OFFER_BOX_MAX_CHARS = 2500;

/**
 * The heading of a writer's or the site's product picks, each a link to a shop (electrek: the
 * author box's "Michelle Lewis's favorite gear" over 'NordVPN / Because I don't want to wait…' and
 * 'MacBook Air / Light, durable, quick…', linked to the vendor with utm_medium=affiliate and to
 * Amazon). Whole heading text; "'s" names the writer.
 */
export const GEAR_PICKS_LABEL =
  /^((my|our|[^.!?:]{1,40}'s) )?(favou?rite|recommended|must-have|essential) (gear|gadgets|products|tools|kit|picks|tech)$|^(gear|products|tools) (we|i) (love|use|recommend)$/i;

/** A picks box is its heading and a few products with a line each; more is a page section. */
export const GEAR_BOX_MAX_CHARS = 800;
/** Two products make a list of picks; one linked product could be a story's own. */
export const MIN_GEAR_PICKS = 2;
