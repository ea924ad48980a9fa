import { hasCjk } from '../cjk';
import { textOf } from '../text';

/**
 * Teaser cards: a headline link to another story with a one-line blurb under it, the unit of every
 * related rail, "more stories" grid and river of links. The blurb reads like prose ("As Debe
 * grandmother Sita Jagessar was laid to rest yesterday…", trinidadexpress), but it is the card's,
 * not the story's: it neither votes for the body root nor is protected as article text.
 */

/** A card with its blurb is short; a story section with a linked subhead is not. */
const CARD_MAX_CHARS = 600;
/** How far above the blurb its card may start (card > body > lead > p on most templates). */
const CARD_LEVELS = 4;
const HEADING_LINKS = ['h2', 'h3', 'h4', 'h5', 'h6'].flatMap((h) => [`${h} a[href]`, `a[href] ${h}`]).join(', ');

/** A link text that reads as a story title: three words or more, or six CJK characters. */
export function readsAsTitle(text: string): boolean {
  return hasCjk(text) ? text.length >= 6 : text.split(/\s+/).length >= 3;
}

/** Whether `href` leads to another page (not an anchor on this one, not this page's own address). */
export function leadsElsewhere(href: string | null, doc: Document): boolean {
  if (!href || href.startsWith('#') || /^(javascript|mailto|tel):/i.test(href)) return false;
  try {
    const target = new URL(href, doc.URL);
    const here = new URL(doc.URL);
    return target.origin !== here.origin || target.pathname.replace(/\/+$/, '') !== here.pathname.replace(/\/+$/, '');
  } catch {
    return false;
  }
}

/** The headline link of a card: a heading that links (or a link holding a heading) outside `block`. */
function headlineLink(card: Element, block: Element): Element | null {
  for (const el of Array.from(card.querySelectorAll(HEADING_LINKS))) {
    const link = el.matches('a') ? el : el.closest('a');
    if (!link || block.contains(link) || link.contains(block)) continue;
    if (leadsElsewhere(link.getAttribute('href'), card.ownerDocument) && readsAsTitle(textOf(link))) return link;
  }
  return null;
}

/** Whether the text block `block` is the blurb of a teaser card (never above `stop`). */
export function isTeaserBlurb(block: Element, stop: Element | null = null): boolean {
  let card = block.parentElement;
  for (let level = 0; card && card !== stop && level < CARD_LEVELS; level++, card = card.parentElement) {
    if (card.tagName === 'BODY' || textOf(card).length > CARD_MAX_CHARS) return false;
    if (headlineLink(card, block)) return true;
  }
  return false;
}
