import { CHROME_TAGS } from '../site-chrome';
import { textOf, nameTokens } from '../text';
import { isLinkedCard } from './teaser-card';

const MEDIA = 'img, picture, svg, video, [role="img"]';
/** Images tried as a figure without <figure>: the lead image is among a page's first ones, and a gallery page has hundreds. */
const MAX_BARE_IMAGES = 40;
/** How far up from a bare image its caption's box may be (image, its link or frame, the box). */
const MAX_FIGURE_LEVELS = 3;
/** A box with more text than this is a section, not a figure. */
const MAX_FIGURE_CHARS = 500;
/**
 * How many elements (in document order) the lead caption may be from the headline: about a
 * figure's and a byline block's worth of markup. Further on, a captioned image is in the story.
 */
const MAX_LEAD_DISTANCE = 400;
const CREDIT =
  /(\b(photo|photograph|picture|image|foto|bild|credit|crédit|illustration)s?\s*(:|by\b|©)|\((photo|foto)\b|©|\b(AFP|Reuters|AP|Getty Images|EPA|Bloomberg|Xinhua|dpa|Shutterstock|Alamy)\s*\)?\s*\.?$)/i;

function captionOf(fig: Element): Element | null {
  const cap = fig.querySelector('figcaption, [itemprop="caption"]');
  if (cap) return cap;
  for (const el of Array.from(fig.querySelectorAll('p, span, div, small'))) {
    if (el.children.length > 2) continue;
    const t = textOf(el);
    if (t.length >= 15 && t.length <= 400 && (CREDIT.test(t) || nameTokens(el).some((w) => w.includes('caption')))) return el;
  }
  return null;
}

/** A figure-like box: a <figure>, or the closest small container of an image that has a caption. */
function figureCandidates(scope: Element): Element[] {
  const out = new Set<Element>(Array.from(scope.querySelectorAll('figure')));
  for (const media of Array.from(scope.querySelectorAll('img, picture')).slice(0, MAX_BARE_IMAGES)) {
    let box = media.parentElement;
    for (let i = 0; i < MAX_FIGURE_LEVELS && box && box !== scope; i++, box = box.parentElement) {
      if (textOf(box).length > MAX_FIGURE_CHARS) break;
      if (captionOf(box)) {
        out.add(box);
        break;
      }
    }
  }
  return Array.from(out);
}

/**
 * The lead image's caption: the captioned figure closest to the headline, before or after it
 * (seed page: the caption "The headquarters of ByteDance … Photo: AFP" comes before the headline).
 */
export function findLeadCaption(doc: Document, headline: Element | null, bodyRoot: Element | null): Element | null {
  const scope = doc.body;
  if (!scope || (!headline && !bodyRoot)) return null;
  const anchor = headline ?? bodyRoot!;
  let best: Element | null = null;
  let bestDistance = Infinity;
  const distances = distancesAround(scope, anchor, MAX_LEAD_DISTANCE);
  for (const fig of figureCandidates(scope)) {
    const distance = distances.get(fig);
    if (distance === undefined || !fig.querySelector(MEDIA) || fig.closest(CHROME_TAGS)) continue;
    const cap = captionOf(fig);
    if (!cap) continue;
    // A card linking to another story is never the lead image (sueddeutsche: a teaser <figure> in the body).
    const link = cap.closest('a[href]');
    if (link && isLinkedCard(link.parentElement ?? link)) continue;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = cap;
    }
  }
  return best;
}

/**
 * How many elements (in document order) each element within `max` of `anchor` is from it. Only
 * that window is walked: indexing the whole page took 80 ms on a 100,000-node page (issue 10).
 */
function distancesAround(scope: Element, anchor: Element, max: number): Map<Element, number> {
  const distances = new Map<Element, number>();
  const walker = scope.ownerDocument.createTreeWalker(scope, 1);
  // An anchor outside the scope counts from the scope's first element, as an index of it would.
  if (scope.contains(anchor) && anchor !== scope) walker.currentNode = anchor;
  else if (!walker.nextNode()) return distances;
  const start = walker.currentNode as Element;
  distances.set(start, 0);
  for (let d = 1; d <= max && walker.nextNode(); d++) distances.set(walker.currentNode as Element, d);
  walker.currentNode = start;
  for (let d = 1; d <= max && walker.previousNode() && walker.currentNode !== scope; d++) distances.set(walker.currentNode as Element, d);
  return distances;
}

/**
 * A credit line left empty by the template: it names no one, so it proves no photo of the story
 * (heise: the print issue's cover in its promo box, captioned 'Technology Review Juli 2019 (Bild: )').
 */
const EMPTY_CREDIT = /\((photo|foto|bild|image|credit)s?\s*:\s*\)/i;

/** Every image caption with a photo credit: captions are part of the article wherever they are. */
export function findCreditedCaptions(root: Element): Element[] {
  return Array.from(root.querySelectorAll('figcaption, [itemprop="caption"]')).filter((c) => {
    const t = textOf(c);
    return CREDIT.test(t) && !EMPTY_CREDIT.test(t);
  });
}
