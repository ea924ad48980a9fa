import { guard } from '../guard';
import { followOnStories } from '../locate/appended-content';
import { leadsElsewhere, readsAsTitle } from '../locate/teaser-card';
import { nameTokens, textLongerThan, textOf } from '../text';
import type { Candidate } from '../types';
import { type DetectContext } from './context';

/**
 * Links to the previous and the next post, under or above the story (issue 9: labelled as links to
 * other stories on thenassauguardian, caixin, californiaglobe, knowtechie, threatpost). They are
 * found by what marks them in the markup, not by class names alone: `rel="prev"` / `rel="next"` on
 * the link, a box within two levels named for the previous or next post, or a "上一篇：" label in
 * the link. Only links whose text reads as a story title go: "Next page" and "2 3 4" pagination of
 * a story split over pages stay, and so does a link to a page of this same story.
 */

/** A previous/next card is a title, a thumbnail and a label or date, never a section of text. */
const CARD_MAX_CHARS = 300;
/** How far above the link the box naming it previous or next may sit. */
const NAME_LEVELS = 2;
const NAV_WORDS = new Set(['prev', 'previous', 'next', 'nextpost', 'prevpost']);
/** A previous/next box holds two cards and their labels. */
const NAV_BOX_MAX_CHARS = 2 * CARD_MAX_CHARS;
/**
 * A book's or a serial's next chapter or part, and a story's next page, continue what the reader is
 * reading (readability corpus: archive-of-our-own 'Next Chapter →', google-sre-book 'Next Chapter 7
 * - …'): they stay.
 */
const CONTINUATION = /\b(chapters?|pages?|parts?|kapitel|seite|teil|chapitre|partie|capítulo|página|parte)\b|章|页/i;
/** Caixin, and sites in Chinese generally, write the label into the link: "上一篇：福特汽车…". */
const CJK_LABEL = /^(上一篇|下一篇|上一篇文章|下一篇文章)\s*[:：]/;

function marksPrevNext(link: Element): boolean {
  if (/\b(prev|next)\b/i.test(link.getAttribute('rel') ?? '')) return true;
  if (CJK_LABEL.test(textOf(link))) return true;
  let el: Element | null = link.parentElement;
  // A small box only: Next.js names the whole page's root `__next` (nbc-news fixture's footer links).
  // The name first, the size only of a box so named: sizing every link's ancestors is quadratic on a
  // page of 20,000 cards (bad-input test).
  for (let level = 0; el && level < NAME_LEVELS; level++, el = el.parentElement) {
    if (nameTokens(el).some((w) => NAV_WORDS.has(w))) return !textLongerThan(el, NAV_BOX_MAX_CHARS);
  }
  return false;
}

/** Page 2 of this story (a path that starts with this page's path) is the story, not another post. */
function samePageFamily(href: string, doc: Document): boolean {
  try {
    const here = new URL(doc.URL).pathname.replace(/\/+$/, '');
    const there = new URL(href, doc.URL).pathname;
    return here.length > 1 && there.startsWith(here);
  } catch {
    return true;
  }
}

/** From the link up to the largest ancestor that holds only this link's story. */
function cardOf(link: Element, href: string, ctx: DetectContext): Element {
  let card = link;
  for (let up = link.parentElement; up && up !== ctx.doc.body; up = up.parentElement) {
    if (textLongerThan(up, CARD_MAX_CHARS)) break;
    const others = Array.from(up.querySelectorAll('a[href]')).some((a) => a.getAttribute('href') !== href);
    if (others) break;
    card = up;
  }
  return card;
}

export function postNavigation(ctx: DetectContext, out: Candidate[]): void {
  for (const link of ctx.query('a[href]')) {
    if (ctx.timeUp()) return;
    const title = textOf(link).replace(CJK_LABEL, '');
    if (!readsAsTitle(title) || title.length > 200 || CONTINUATION.test(title)) continue;
    // The markup's own mark before any URL is parsed: nearly every title link fails it.
    if (!marksPrevNext(link)) continue;
    const href = link.getAttribute('href')!;
    if (!leadsElsewhere(href, ctx.doc) || samePageFamily(href, ctx.doc)) continue;
    const card = cardOf(link, href, ctx);
    if (!guard(card, ctx.parts).ok) continue;
    out.push({ element: card, rule: 'post-navigation', reason: 'reason_post_navigation', params: [title.slice(0, 40)] });
  }
}

/** A post's paragraph: the body locator's minimum, in a <p> of its own. */
const POST_PARAGRAPH_CHARS = 40;

/**
 * Whole next posts the theme appends under the story, each with its own <h1> (moderndiplomacy:
 * three posts in #mvp-post-add-wrap, their titles, sentences and share bars labelled as clutter).
 * The body locator leaves them out of the story; here they go, each through the guard.
 */
export function followOnPosts(ctx: DetectContext, out: Candidate[]): void {
  const root = ctx.parts.root;
  // Only in the pass over the whole body (a late root is not the page's end).
  if (!root || ctx.roots[0] !== ctx.doc.body) return;
  const holdsProse = (region: Element): boolean =>
    Array.from(region.querySelectorAll('p')).some((p) => textLongerThan(p, POST_PARAGRAPH_CHARS - 1));
  for (const post of followOnStories(ctx.doc.body, holdsProse)) {
    if (post.contains(root) || root.contains(post) || !guard(post, ctx.parts).ok) continue;
    const title = textOf(post.querySelector('h1'));
    out.push({ element: post, rule: 'follow-on-post', reason: 'reason_post_navigation', params: [title.slice(0, 40)] });
  }
}
