import { linkLinesHeading } from '../locate/appended-content';
import { inlineRelatedLead, inlineRelatedWords } from '../rules/related';
import { linkDensity, textOf } from '../text';
import type { Candidate } from '../types';
import { distinctHrefs, type DetectContext } from './context';
import { CARD_IMAGE, isLinkedCard, isOverlayCard, readsAsTitle } from '../locate/teaser-card';

/**
 * Links to other stories dropped between the body's paragraphs:
 * - "Read more: <a>…</a>", "Go deeper: <a>…</a>", "Lire aussi | <a>…</a>" paragraphs;
 * - Fox News-style all-caps link paragraphs; Washington Post-style "[<a>…</a>]" lines;
 * - NPR/CNN-style teaser cards: one link, a thumbnail, a kicker at most.
 */
export function inlineRelated(ctx: DetectContext, out: Candidate[]): void {
  // Story links are the article's: on a page without a located body nothing here applies.
  const scope = ctx.parts.root;
  if (!scope) return;
  // What this pass looks through: the article, or only the late subtrees of it the pass is about
  // (a batch of late roots must not rescan the whole article once per root).
  const whole = ctx.roots.some((r) => r.contains(scope));
  const scans = whole ? [scope] : ctx.roots.filter((r) => scope.contains(r));
  if (!scans.length) return;
  const lines = scans.flatMap((scan) => [
    ...(scan !== scope && scan.matches('p, div') ? [scan] : []),
    ...Array.from(scan.querySelectorAll('p, div')),
  ]);
  // From the label's own text node up to its block: "Read more:" in a <strong> inside a <p>.
  const seen = new Set<Element>();
  for (const { el, text } of ctx.mediumTexts()) {
    if (ctx.timeUp()) break;
    if (!inlineRelatedWords.test(text) || !scope.contains(el)) continue;
    const block = el.closest('p, div, li, aside, h2, h3, h4, h5, section');
    if (!block || seen.has(block) || !scope.contains(block)) continue;
    seen.add(block);
    const t = shownText(block);
    if (t.length > 300 || !inlineRelatedLead.test(t) || linkDensity(block) < 0.35) continue;
    out.push({ element: block, rule: 'inline-read-more', reason: 'reason_inline_link', params: [t.slice(0, 50)] });
  }
  for (const el of lines) {
    if (ctx.timeUp()) break;
    // Other stories as lines of one paragraph, under the heading that names them (vanityfair).
    const heading = linkLinesHeading(el);
    if (heading) {
      out.push({ element: el, rule: 'link-lines', reason: 'reason_related_after_heading', params: [textOf(heading).slice(0, 40)] });
      continue;
    }
    // Cheap filters first: a one-link line has few children and little text.
    if (el.childElementCount > 3 || (el.textContent?.length ?? 0) > 400) continue;
    const t = textOf(el);
    if (t.length < 15 || t.length > 160 || linkDensity(el) < 0.85) continue;
    // …or a <div> round one link, the same line as a button (lanacion.com.ar-jugada: a capitalised
    // headline in a <div> > <a> > <button> after the first paragraph).
    const oneLinkLine = el.tagName === 'P' || (el.tagName === 'DIV' && el.querySelectorAll('a[href]').length === 1);
    if (t === t.toUpperCase() && /\p{Lu}{3}/u.test(t) && oneLinkLine) {
      out.push({ element: el, rule: 'inline-caps-link', reason: 'reason_inline_caps_link', params: [t.slice(0, 50)] });
    } else if (/^\[.*\]$/.test(t) && el.querySelectorAll('a').length === 1) {
      out.push({ element: el, rule: 'inline-bracket-link', reason: 'reason_inline_bracket_link', params: [t.slice(0, 50)] });
    }
  }
  // Children and grandchildren of the body, whatever their tag (la-times: <ps-promo> cards).
  // …and the cards after it, beside the body's own wrapper (futurezone.at.lyft: <teaserparagraph>s
  // between the <paragraph>s that hold the story).
  const flow = [...Array.from(scope.children), ...laterSiblings(scope), ...laterSiblings(scope.parentElement)]
    .flatMap((c) => [c, ...Array.from(c.children)])
    .filter((el) => whole || scans.some((scan) => scan.contains(el) || el.contains(scan)));
  for (const el of flow) {
    if (ctx.timeUp()) break;
    if (/^(P|H\d|UL|OL|LI|A|SPAN|IMG|PICTURE|BLOCKQUOTE|TABLE)$/.test(el.tagName)) continue;
    const t = textOf(el);
    if (isLinkedCard(el) || isSmallCard(el, t) || isAsideLink(el, t))
      out.push({ element: el, rule: 'teaser-card', reason: 'reason_teaser_card', params: [t.slice(0, 50)] });
  }
}

/** A small card of one story: an overlay card (one empty named link), or a linked picture and title. */
function isSmallCard(el: Element, t: string): boolean {
  if (t.length < 20 || t.length > 220 || storyHrefs(el) !== 1) return false;
  if (isOverlayCard(el)) return true;
  return !!el.querySelector(CARD_IMAGE) && linkDensity(el) >= 0.7 && !el.querySelector('figcaption, video, iframe');
}

/**
 * An <aside> between the story's paragraphs that is one link to another story and nothing else
 * (kxan.com-Voters: '<aside class="promo-link"><a href="…/changes-coming-to-texas-teacher-…/?ipid=
 * promo-link-block1">PREVIOUS Cost-of-living adjustment for retired Texas teachers passes</a>
 * </aside>'). The tag says the block stands beside the story; a pull quote has no link, a note
 * with a source link has text of its own.
 */
function isAsideLink(el: Element, t: string): boolean {
  return el.tagName === 'ASIDE' && t.length >= 15 && t.length <= 220 && readsAsTitle(t) && storyHrefs(el) === 1 && linkDensity(el) >= 0.95;
}

/** The block's text without icon words hidden from screen readers (metro-uk: an 'Arrow' span before 'MORE:'). */
function shownText(block: Element): string {
  if (!block.querySelector('[aria-hidden="true"]')) return textOf(block);
  const clone = block.cloneNode(true) as Element;
  for (const x of Array.from(clone.querySelectorAll('[aria-hidden="true"]'))) x.remove();
  return textOf(clone);
}

/** Cards after the body sit in its next few siblings, each a small wrapper. */
const MAX_LATER = 30;

/** The elements after `el` under its parent (none for the body or a missing element). */
function laterSiblings(el: Element | null): Element[] {
  const out: Element[] = [];
  if (!el || el.tagName === 'BODY') return out;
  for (let s = el.nextElementSibling; s && out.length < MAX_LATER; s = s.nextElementSibling) {
    // A card's wrapper holds the card; a list of thousands (bad-input's 100,000 nodes) is no card.
    if (s.childElementCount <= MAX_LATER) out.push(s);
  }
  return out;
}

/**
 * The stories a card links to: its title, blurb and image links, not a kicker link to its section
 * ("Digital Life" over the title, futurezone.at.lyft), whose text is too short to be a title.
 */
function storyHrefs(el: Element): number {
  if (distinctHrefs(el) === 1) return 1;
  const set = new Set<string>();
  for (const a of Array.from(el.querySelectorAll('a[href]:not([href^="#"])'))) {
    const t = textOf(a);
    if (!t || readsAsTitle(t) || a.querySelector('h2, h3, h4, p')) set.add(a.getAttribute('href')!);
  }
  return set.size;
}
