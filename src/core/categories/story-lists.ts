import { isAuthorLink } from '../byline-patterns';
import { proseRegion } from '../locate/prose-region';
import { hasCjk } from '../cjk';
import { guard } from '../guard';
import { leadsElsewhere, readsAsTitle } from '../locate/teaser-card';
import { relatedHeadingWords, relatedRules, trackingParams } from '../rules/related';
import { textLongerThan, textOf } from '../text';
import type { Candidate } from '../types';
import { matchesAny } from './category';
import { labelBefore, WIDGET_HEADING_MAX_CHARS } from '../widget-headings';
import { inSiteChrome, type DetectContext } from './context';

/**
 * Lists of story links wherever they sit outside the story's own flow: side rails, "More from …"
 * grids under the article, rivers of teasers (issue 9: real pages label every listed story title as
 * clutter). A list is three or more cards, each holding one story-title link to another page; the
 * site's header, menus and footer are chrome and never lists here (`inSiteChrome`), and menus of
 * section names fail the title test. Lists between the story's first and last paragraph are left to
 * the labelled in-body detectors, so a listicle's items are never taken for a rail.
 */

/** Fewer cards than this is a pair of links, not a list. */
const MIN_CARDS = 3;
/** A card is a link with its kicker, thumbnail and blurb; anything longer holds more than a teaser. */
const CARD_MAX_CHARS = 600;
/** Story titles run long; a menu's items are a word or two (median of the list's titles). */
const MIN_MEDIAN_TITLE_WORDS = 4;
/** In the header, menus and footer, titles must read like stories beyond doubt. */
const MIN_MEDIAN_TITLE_WORDS_IN_CHROME = 5;
/** Most of the list's text must be its cards: a column that also holds prose is not a list. */
const MIN_CARD_SHARE = 0.7;

/**
 * Where a list stops growing: the body, or anything holding the article body. Not the context's
 * `isBoundary`, which stops at every <article>: teaser cards are <article>s on many sites (kxan).
 */
const isTop = (el: Element, ctx: DetectContext): boolean =>
  el === ctx.doc.body || el === ctx.doc.documentElement || (!!ctx.parts.root && el.contains(ctx.parts.root));

interface Card {
  el: Element;
  href: string;
  title: string;
}

/**
 * A short title that is still a card's title: the link is its card's heading, and the card's
 * picture links to the same page (thenassauguardian.com-hikes: the 'Recent' tab's obituaries, '<h3
 * class="post-title"><a>Jeffrey Dean</a></h3>' under the photo linked to it, beside 'Mrs Thora
 * Cynthia Bowe Johnson'). A kicker's heading link to its section has no picture of its own
 * (elnuevoherald.com-miami), and the list's median title must still read like stories
 * (MIN_MEDIAN_TITLE_WORDS), so a menu of short headings never forms a list.
 */
function isHeadingTitle(link: Element, title: string): boolean {
  const heading = link.parentElement;
  if (!/\S\s+\S/.test(title) || !heading?.matches('h2, h3, h4') || textOf(heading) !== title) return false;
  const href = link.getAttribute('href');
  const card = heading.parentElement?.parentElement;
  return (
    !!card &&
    Array.from(card.querySelectorAll('a[href]')).some(
      (a) => a !== link && a.getAttribute('href') === href && !!a.querySelector('img, picture'),
    )
  );
}

function titleLinks(ctx: DetectContext): Array<{ link: Element; href: string; title: string }> {
  const out: Array<{ link: Element; href: string; title: string }> = [];
  for (const link of ctx.query('a[href]')) {
    const href = link.getAttribute('href')!;
    const title = textOf(link);
    if (title.length > 200 || !(readsAsTitle(title) || isHeadingTitle(link, title)) || !leadsElsewhere(href, ctx.doc) || isAuthorLink(link))
      continue;
    out.push({ link, href: withoutTracking(href, ctx.doc), title });
  }
  return out;
}

/** The address without click-tracking parameters (trackingParams), for telling stories apart. */
function withoutTracking(href: string, doc: Document): string {
  try {
    const url = new URL(href, doc.URL);
    if (url.search) for (const key of Array.from(url.searchParams.keys())) if (trackingParams.test(key)) url.searchParams.delete(key);
    url.hash = '';
    return url.href.replace(/\?$/, '');
  } catch {
    return href;
  }
}

/** From a title link up to the largest ancestor that is still this one story's card. */
function cardOf(link: Element, href: string, hrefsIn: (el: Element) => Set<string>, ctx: DetectContext): Element {
  let card = link;
  for (let up = link.parentElement; up && !isTop(up, ctx); up = up.parentElement) {
    if (textLongerThan(up, CARD_MAX_CHARS)) break;
    const hrefs = hrefsIn(up);
    if (hrefs.size > 1 || !hrefs.has(href)) break;
    card = up;
  }
  return card;
}

const wordsOf = (t: string): number => (hasCjk(t) ? Math.floor(t.length / 2) : t.split(/\s+/).length);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? 0;
}

/**
 * Whether `el` lies inside the story's flow: in the element that holds all its paragraphs (a list
 * of links at the end of a post is the post's: firefox-nightly-blog's bug lists), or after its first
 * paragraph and before its last.
 */
function inStoryFlow(el: Element, ctx: DetectContext): boolean {
  if (ctx.parts.root && proseRegion(ctx.parts).contains(el)) return true;
  const paragraphs = ctx.parts.prose.filter((p) => p.tagName === 'P');
  const first = paragraphs[0];
  const last = paragraphs[paragraphs.length - 1];
  if (!first || !last) return false;
  const FOLLOWING = 4;
  return (first.compareDocumentPosition(el) & FOLLOWING) !== 0 && (el.compareDocumentPosition(last) & FOLLOWING) !== 0;
}

/** The list with the heading and links that frame it, as long as nothing else comes along. */
function withFrame(list: Element, ctx: DetectContext): Element {
  let box = list;
  const cards = textOf(list).length;
  for (let up = list.parentElement, i = 0; up && i < 3 && !isTop(up, ctx); up = up.parentElement, i++) {
    if (textOf(up).length - cards > WIDGET_HEADING_MAX_CHARS || !guard(up, ctx.parts).ok) break;
    box = up;
  }
  return box;
}

/**
 * The title a widget puts above its list in a box of its own ("LATEST", "More Sixers", "READ NEXT",
 * pcgamer, phillyvoice, pagesix): the nearest earlier sibling with text, or the parent's when the
 * list opens its box. Short, not a sentence, with one link at most (a "See all" to the section).
 */
/** A heading that says "related stories" in some words ("MORE SIXERS", "Lo + visto", "Trending"). */
export const isRelatedHeading = (text: string): boolean => {
  const t = text.replace(/[’‘]/g, "'");
  return !!matchesAny(relatedRules.labels, t) || (t.length <= 50 && relatedHeadingWords.test(t));
};

/** A label inside the list itself, before its cards ("<li>MORE SIXERS</li>", phillyvoice). */
function ownLabel(list: Element, cards: Card[]): Element | null {
  const first = list.firstElementChild;
  return first && !cards.some((c) => c.el === first || c.el.contains(first)) && textOf(first).length <= WIDGET_HEADING_MAX_CHARS
    ? first
    : null;
}

/** A heading inside the list's frame, before the list ("قصص مقترحة" in BBC's recommendations section). */
function frameLabel(box: Element, list: Element): Element | null {
  if (box === list) return null;
  for (const el of Array.from(box.querySelectorAll('h2, h3, h4, h5, h6, strong, p, span'))) {
    if (list.contains(el)) return null;
    if (textOf(el) && textOf(el).length <= WIDGET_HEADING_MAX_CHARS) return el;
  }
  return null;
}

/** The widget's title above its list, outside the site's chrome and not the story's. */
function headingBefore(box: Element, ctx: DetectContext): Element | null {
  const label = labelBefore(box, 2, (e) => isTop(e, ctx));
  return label && guard(label, ctx.parts).ok && !inSiteChrome(label) ? label : null;
}

export function storyLists(ctx: DetectContext, out: Candidate[]): void {
  const links = titleLinks(ctx);
  // The story titles each element holds (an author or section link beside a title is not a story).
  const titlesIn = new Map<Element, Set<string>>();
  for (const { link, href } of links) {
    for (let el: Element | null = link; el && !isTop(el, ctx); el = el.parentElement) {
      const set = titlesIn.get(el) ?? new Set<string>();
      set.add(href);
      titlesIn.set(el, set);
    }
  }
  const hrefsIn = (el: Element): Set<string> => titlesIn.get(el) ?? new Set();
  const groups = new Map<Element, Card[]>();
  for (const { link, href, title } of links) {
    if (ctx.timeUp()) return;
    const card = cardOf(link, href, hrefsIn, ctx);
    const parent = card.parentElement;
    if (!parent || isTop(parent, ctx)) continue;
    const cards = groups.get(parent) ?? [];
    if (!cards.some((c) => c.href === href)) cards.push({ el: card, href, title });
    groups.set(parent, cards);
  }
  for (const [list, cards] of groups) {
    const titleWords = median(cards.map((c) => wordsOf(c.title)));
    if (cards.length < MIN_CARDS || titleWords < MIN_MEDIAN_TITLE_WORDS) continue;
    const total = textOf(list).length;
    const inCards = cards.reduce((n, c) => n + textOf(c.el).length, 0);
    if (total === 0 || inCards / total < MIN_CARD_SHARE) continue;
    // In the site's header, menus or footer only a list of long story titles goes (a "Breaking"
    // ticker, a mega-menu's featured stories, a footer's "Most viewed"; thenassauguardian,
    // villagevoice): a menu of section names stays.
    const chrome = inSiteChrome(list);
    if (chrome && titleWords < MIN_MEDIAN_TITLE_WORDS_IN_CHROME) continue;
    if (!guard(list, ctx.parts).ok) continue;
    const box = withFrame(list, ctx);
    const heading = headingBefore(box, ctx);
    // Inside the story's flow only under a heading that says what it is ("MORE SIXERS", phillyvoice;
    // "Editors' Recommendations:", knowtechie): a listicle's items have no such heading.
    const label = heading ?? ownLabel(list, cards) ?? frameLabel(box, list);
    if (inStoryFlow(list, ctx) && !(label && isRelatedHeading(textOf(label)))) continue;
    out.push({ element: box, rule: 'story-list', reason: 'reason_story_list', params: [String(cards.length)] });
    if (heading && !chrome)
      out.push({
        element: heading,
        rule: 'story-list-heading',
        reason: 'reason_story_list_heading',
        params: [textOf(heading).slice(0, 40)],
      });
  }
}
