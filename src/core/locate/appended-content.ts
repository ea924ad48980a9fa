import { NOT_HEADLINE } from '../site-chrome';
import { paywallTail } from '../rules/promos';
import { textOf } from '../text';
import { labelBefore } from '../widget-headings';
import { isRelatedHeading } from '../categories/story-lists';
import { distinctHrefs, isLinkList } from '../categories/context';
import { leadsElsewhere } from './teaser-card';
import type { TextBlock } from './text-blocks';

/**
 * What sites append to a story's own text without it being the story: other posts under it, a
 * paywall's pitch between its lead and its last line, a list of other stories written as lines of
one paragraph, the title of a list of other stories. The body's vote and its prose leave them out.
 */

/** Paragraphs left outside follow-on posts before their exclusion is trusted. */
const MIN_OWN_PARAGRAPHS = 3;

/**
 * Drops the paragraphs of other stories appended under the article (see `followOnStories`): they
 * out-voted the story on moderndiplomacy, and a box holding other stories' headlines is never the
 * article's body. Kept as they are when too little prose would be left.
 */
export function withoutFollowOnStories(body: HTMLElement, paragraphs: TextBlock[]): TextBlock[] {
  const stories = followOnStories(body, (region) => paragraphs.some((p) => region.contains(p.el)));
  if (!stories.length) return paragraphs;
  const own = paragraphs.filter((p) => !stories.some((s) => s.contains(p.el)));
  return own.length >= MIN_OWN_PARAGRAPHS ? own : paragraphs;
}

/**
 * Whole posts appended below the article: a run of two or more sibling boxes, each the region of an
 * <h1> of its own, at least two of them holding prose (`holdsProse`), after the page's headline
 * (moderndiplomacy: the theme appends three posts in #mvp-post-add-wrap, one of them only its title
 * and share bar). Returns every box of such runs.
 */
export function followOnStories(body: Element, holdsProse: (region: Element) => boolean): Element[] {
  const h1s = Array.from(body.querySelectorAll('h1'));
  if (h1s.length < 3) return [];
  // How many h1s each ancestor holds, counted once per h1 (no subtree query per level).
  const counts = new Map<Element, number>();
  for (const h1 of h1s) for (let up = h1.parentElement; up && up !== body; up = up.parentElement) counts.set(up, (counts.get(up) ?? 0) + 1);
  const regionsByParent = new Map<Element, Element[]>();
  for (const h1 of h1s) {
    let region: Element = h1;
    while (region.parentElement && region.parentElement !== body && counts.get(region.parentElement) === 1) region = region.parentElement;
    const parent = region.parentElement;
    if (parent && region !== h1) regionsByParent.set(parent, [...(regionsByParent.get(parent) ?? []), region]);
  }
  const stories: Element[] = [];
  for (const regions of regionsByParent.values()) {
    if (regions.length < 2) continue;
    const withProse = regions.filter(holdsProse);
    const first = regions[0];
    // Follow-on posts come after the page's own headline.
    const headlineBefore = h1s.some((h) => !h.closest(NOT_HEADLINE) && !regions.some((r) => r.contains(h)) && precedes(h, first));
    if (withProse.length >= 2 && headlineBefore) stories.push(...regions);
  }
  return stories;
}

const precedes = (a: Node, b: Node): boolean => !!(a.compareDocumentPosition(b) & 4); // Node.DOCUMENT_POSITION_FOLLOWING

/** The most paragraphs, and their size, between a paywall's lead and its last line; the lead's own size. */
export const PAYWALL_LEAD_MAX_CHARS = 400;
const PITCH_MAX_BLOCKS = 8;
const PITCH_MAX_CHARS = 500;

/**
 * The paragraphs between a paywall's lead (`paywallLead`) and its 'already a subscriber' line
 * (`paywallTail`), siblings written into the body by the paywall plugin (haitiantimes: a membership
 * pitch, 'Join now or renew to get:' and a welcome-gift line). Empty when no such line follows
 * within a few short blocks: then the lead stands alone and what follows it is the story's.
 */
export function paywallPitch(lead: Element): Element[] {
  const between: Element[] = [];
  for (let el = lead.nextElementSibling; el && between.length <= PITCH_MAX_BLOCKS; el = el.nextElementSibling) {
    const t = textOf(el);
    if (paywallTail.test(t)) return between;
    if (!/^(P|UL|OL)$/.test(el.tagName) || t.length > PITCH_MAX_CHARS) return [];
    between.push(el);
  }
  return [];
}

/** Lines of a link list: fewer is a sentence broken in two; a line longer than a title is prose. */
const MIN_LINK_LINES = 3;
const LINK_LINE_MAX_CHARS = 200;
const BLOCK_INSIDE = 'p, div, ul, ol, li, table, blockquote, h1, h2, h3, h4, h5, h6';

/**
 * A paragraph whose lines, split by <br>, each hold one link to another page (vanityfair: "— Mary
 * Trump Thinks Her Uncle's <a>Postpresidency Woes</a> Are Just Beginning<br> — There's a <a>Wave
 * of COVID Patients</a> …"). Only the link words are links, so link density does not show it.
 */
function isLinkLines(el: Element): boolean {
  // A container's first block ends the look at once; only a block of text lines is counted.
  if (!/^(P|DIV)$/.test(el.tagName) || el.querySelector(BLOCK_INSIDE)) return false;
  if (el.getElementsByTagName('br').length < MIN_LINK_LINES - 1) return false;
  const lines: Array<{ text: string; hrefs: string[] }> = [{ text: '', hrefs: [] }];
  for (const node of Array.from(el.childNodes)) {
    if (node.nodeName === 'BR') {
      lines.push({ text: '', hrefs: [] });
      continue;
    }
    const line = lines[lines.length - 1];
    line.text += node.textContent ?? '';
    if (node.nodeType !== 1) continue;
    const e = node as Element;
    for (const a of [...(e.matches('a[href]') ? [e] : []), ...Array.from(e.querySelectorAll('a[href]'))])
      line.hrefs.push(a.getAttribute('href')!);
  }
  const shown = lines.filter((l) => l.text.trim() !== '');
  const doc = el.ownerDocument;
  return (
    shown.length >= MIN_LINK_LINES &&
    new Set(shown.flatMap((l) => l.hrefs)).size >= MIN_LINK_LINES &&
    shown.every((l) => l.text.trim().length <= LINK_LINE_MAX_CHARS && l.hrefs.length === 1 && leadsElsewhere(l.hrefs[0], doc))
  );
}

/** The heading over link lines that names them as other stories ("More Great Stories From Vanity Fair"). */
export function linkLinesHeading(el: Element): Element | null {
  if (!isLinkLines(el)) return null;
  const label = labelBefore(el, 1);
  return label && isRelatedHeading(textOf(label)) ? label : null;
}

/** Links a list needs under a related heading: a pair may be the story's own "see also". */
const MIN_LISTED_LINKS = 3;

/**
 * A subhead that names a list of other stories right under it ("Read the latest from Matthew
 * Humphries", pcmag: after the author's bio, in the body's region): the widget's title, not the
 * story's. A subhead followed by its own paragraphs stays prose.
 */
export function headsStoryList(heading: Element): boolean {
  const list = heading.nextElementSibling;
  return (
    /^H[2-6]$/.test(heading.tagName) &&
    !!list?.matches('ul, ol') &&
    isRelatedHeading(textOf(heading)) &&
    distinctHrefs(list) >= MIN_LISTED_LINKS &&
    isLinkList(list)
  );
}
