import { hasCjk } from '../cjk';
import { normalizeSpace, textLongerThan, textOf } from '../text';

/**
 * Teaser cards: a headline link to another story with a one-line blurb under it, the unit of every
 * related rail, "more stories" grid and river of links. The blurb reads like prose ("As Debe
 * grandmother Sita Jagessar was laid to rest yesterday…", trinidadexpress), but it is the card's,
 * not the story's: it neither votes for the body root nor is protected as article text.
 */

/** A card with its blurb is short; a story section with a linked subhead is not. */
const CARD_MAX_CHARS = 600;
/** Text a card may hold besides its title and blurb: kicker, date, author, "Read more". */
const CARD_EXTRA_MAX = 100;
/** How far above the blurb its card may start (card > body > lead > p on most templates). */
const CARD_LEVELS = 4;
/** A title link is at least this share of its own line's text; an inline link in a sentence is less. */
const STANDALONE_SHARE = 0.6;
const HEADINGS = 'h2, h3, h4, h5, h6';
/**
 * A card's picture: AMP pages draw theirs as <amp-img> (standard.co.uk.caribbean: the 'Read more'
 * card between the story's paragraphs, '<aside><a><amp-img>…</amp-img><span>Read more</span>
 * <div>title</div></a></aside>'), where the runtime puts the <img> in only later, if ever.
 */
export const CARD_IMAGE = 'img, picture, amp-img';
const LINE = 'p, li, div, h2, h3, h4, h5, h6, dd, dt, figcaption';
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
    const here = pageAddress(doc.URL);
    return target.origin !== here.origin || target.pathname.replace(/\/+$/, '') !== here.path;
  } catch {
    return false;
  }
}

/** The page's own origin and path, parsed once per address (asked for each of wikipedia-2's 2,000 links). */
let lastPage: { url: string; origin: string; path: string } | null = null;
function pageAddress(url: string): { origin: string; path: string } {
  if (lastPage?.url !== url) {
    const here = new URL(url);
    lastPage = { url, origin: here.origin, path: here.pathname.replace(/\/+$/, '') };
  }
  return lastPage;
}

/**
 * The headline link of a card, outside `block`: a link to another page whose text reads as a title
 * and stands alone (a heading that links, or a link that is most of its own line: twincities puts
 * the title link beside a screen-reader heading). A link inside running text is not a headline.
 */
function headlineLink(card: Element, block: Element): Element | null {
  for (const link of Array.from(card.querySelectorAll('a[href]'))) {
    if (block.contains(link) || link.contains(block)) continue;
    const title = textOf(link);
    if (!readsAsTitle(title) || !leadsElsewhere(link.getAttribute('href'), card.ownerDocument)) continue;
    const line = link.closest(LINE) ?? link;
    if (
      link.matches(HEADING_LINKS) ||
      link.querySelector(HEADINGS) ||
      line.matches(HEADINGS) ||
      title.length >= STANDALONE_SHARE * textOf(line).length
    )
      return link;
  }
  return null;
}

/** Whether the text block `block` is the blurb of a teaser card (never above `stop`). */
export function isTeaserBlurb(block: Element, stop: Element | null = null): boolean {
  let card = block.parentElement;
  for (let level = 0; card && card !== stop && level < CARD_LEVELS; level++, card = card.parentElement) {
    if (card.tagName === 'BODY' || textLongerThan(card, CARD_MAX_CHARS)) return false;
    const link = headlineLink(card, block);
    // The card is its title and this blurb, with a kicker or date at most: not a stretch of story
    // that happens to sit near a related link (caixin's short paywalled body).
    if (link && textOf(card).length - textOf(link).length - textOf(block).length <= CARD_EXTRA_MAX) return true;
  }
  return false;
}

/**
 * A card that is one link from edge to edge: the link to another story holds the card's title
 * heading and its picture (sueddeutsche: '<figure><a href="…/deutsche-bahn-zugunfall-…"> picture,
 * kicker, <h3>Dieser Mann setzt die Deutsche Bahn unter Druck</h3>, blurb, author </a></figure>'
 * between the story's paragraphs). A photo that links to its own large version has no heading.
 */
export function isLinkedCard(el: Element): boolean {
  if (textLongerThan(el, CARD_MAX_CHARS)) return false;
  const links = Array.from(el.querySelectorAll('a[href]'));
  if (links.length !== 1 || !leadsElsewhere(links[0].getAttribute('href'), el.ownerDocument)) return false;
  const [link] = links;
  const heading = link.querySelector(HEADINGS);
  return (
    !!heading &&
    readsAsTitle(textOf(heading)) &&
    !!link.querySelector(CARD_IMAGE) &&
    !el.querySelector('video, iframe') &&
    textOf(link).length >= 0.9 * textOf(el).length
  );
}

/**
 * A card whose one link is an empty layer over it, named by the card's own heading
 * (theguardian.com.academics: <aside> rich links between the paragraphs, an <h2> title, "Read more",
 * and `<a aria-label="the title" href>` with no text): the title is not story, though unlinked.
 */
export function isOverlayCard(el: Element): boolean {
  const links = Array.from(el.querySelectorAll('a[href]:not([href^="#"])'));
  if (links.length !== 1 || textOf(links[0]) || !leadsElsewhere(links[0].getAttribute('href'), el.ownerDocument)) return false;
  const label = normalizeSpace(links[0].getAttribute('aria-label') ?? links[0].getAttribute('title') ?? '');
  if (!readsAsTitle(label)) return false;
  return Array.from(el.querySelectorAll('h2, h3, h4, h5, h6')).some((h) => textOf(h) === label);
}

/** Whether a heading is the title of an overlay card (isOverlayCard) at most CARD_LEVELS up. */
export function inOverlayCard(heading: Element): boolean {
  let card = heading.parentElement;
  for (let level = 0; card && level < CARD_LEVELS; level++, card = card.parentElement) {
    if (card.tagName === 'BODY' || textLongerThan(card, OVERLAY_CARD_MAX_CHARS)) return false;
    if (isOverlayCard(card)) return true;
  }
  return false;
}

/** An overlay card is a title and a "Read more" at most. */
const OVERLAY_CARD_MAX_CHARS = 220;
