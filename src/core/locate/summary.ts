import { CHROME, CHROME_TAGS, PAGE_HEADER } from '../site-chrome';
import { endsLikeSentence, linkDensity, nameTokens, textOf } from '../text';

const KEY_POINT_HEADINGS =
  /^(key points|key takeaways|story highlights|highlights|in brief|in short|at a glance|the big picture|what you need to know|summary|points clés|l'essentiel|en bref|das wichtigste|auf einen blick|lo esencial|claves|in sintesi|要点|ポイント)\s*:?$/i;

function items(list: Element): Element[] {
  if (list.matches('ul, ol')) return Array.from(list.children).filter((c) => c.tagName === 'LI');
  return Array.from(list.querySelectorAll(':scope > [role="listitem"]'));
}

function isKeyPointList(list: Element): boolean {
  const lis = items(list);
  if (lis.length < 1 || lis.length > 7) return false;
  if (linkDensity(list) > 0.4) return false;
  return lis.every((li) => textOf(li).length >= 25);
}

const before = (a: Node, b: Node): boolean => (a.compareDocumentPosition(b) & 4) /* FOLLOWING */ !== 0 && !a.contains(b);

const BULLET = /^[•·▪■►●◦‣\-–—*]$/;

/** An item that starts with a bullet: a "•" span, or an empty styled dot, then the text. */
function bulleted(item: Element): boolean {
  const marker = item.firstElementChild;
  if (!marker || item.children.length < 2) return false;
  const t = textOf(marker);
  return (t === '' && !marker.querySelector('img, svg, picture')) || BULLET.test(t);
}

/**
 * A list drawn without list markup (React/Next "div soup"): 1–7 same-looking children, each a
 * bullet marker and a sentence.
 */
function isPseudoList(el: Element): boolean {
  const kids = Array.from(el.children);
  if (kids.length < 1 || kids.length > 7) return false;
  const sig = (k: Element): string => `${k.tagName}.${k.getAttribute('class') ?? ''}`;
  if (!kids.every((k) => sig(k) === sig(kids[0]) && bulleted(k))) return false;
  if (linkDensity(el) > 0.4 || el.querySelector('img, picture, video, h1, h2, h3, input, button')) return false;
  return kids.every((k) => textOf(k).length >= 25 && textOf(k).length <= 400);
}

/** The items of a key-points list, real or drawn. */
export function keyPointItems(list: Element): Element[] {
  const real = items(list);
  return real.length ? real : Array.from(list.children);
}

/**
 * The publisher's key points: a short list of sentence-long bullets between the headline and the
 * body (seed page: two bullets under the headline), or any list right after a "Key points" heading.
 */
export function findKeyPoints(doc: Document, headline: Element | null, firstProse: Element | null): Element | null {
  const body = doc.body;
  if (!body) return null;
  const lists = Array.from(body.querySelectorAll('ul, ol, [role="list"]'));
  for (const list of lists) {
    const prev =
      list.previousElementSibling ?? (list.parentElement?.firstElementChild === list ? list.parentElement.previousElementSibling : null);
    if (prev && KEY_POINT_HEADINGS.test(textOf(prev)) && isKeyPointList(list)) return list;
  }
  if (!headline) return null;
  for (const list of lists) {
    if (!before(headline, list)) continue;
    if (firstProse && !before(list, firstProse)) break;
    if (list.closest(`${CHROME_TAGS}, ${PAGE_HEADER}`)) continue;
    if (isKeyPointList(list)) return list;
  }
  // Drawn lists: only in the few elements right after the headline, before the body.
  let el: Element | null = headline;
  for (let steps = 0; steps < 6 && el; steps++) {
    el = el.nextElementSibling ?? el.parentElement?.nextElementSibling ?? null;
    if (!el || (firstProse && !before(el, firstProse))) break;
    if (isPseudoList(el)) return el;
  }
  return null;
}

const STANDFIRST_WORDS = new Set([
  'standfirst',
  'dek',
  'deck',
  'subtitle',
  'subheadline',
  'subhead',
  'sub',
  'lede',
  'lead',
  'intro',
  'summary',
  'description',
  'desc',
  'excerpt',
  'strapline',
  'teaser',
  'chapo',
  'chapeau',
  'synopsis',
  'sapo',
  'entradilla',
  'abstract',
  'blurb',
  'kurztext',
  'vorspann',
  'occhiello',
  'sommario',
]);
const MARKED =
  '[data-testid*="standfirst"], [data-component="standfirst"], [data-gu-name="standfirst"], [data-qa="subheadline"], [data-qa*="ContentSummary"], [itemprop="description"]:not(meta)';
const CAPTION = 'figure, figcaption, picture, [itemprop="caption"], [class*="caption"], [class*="Caption"]';

/** A paragraph of the body itself: it sits in a run of three or more prose paragraphs. */
function inBodyRun(el: Element): boolean {
  const parent = el.parentElement;
  if (!parent) return false;
  let run = 0;
  for (const sib of Array.from(parent.children)) {
    if (sib.tagName === 'P' && textOf(sib).length >= 40) run++;
  }
  return run >= 3;
}

function isStandfirstLike(el: Element): boolean {
  const t = textOf(el);
  if (t.length < 40 || t.length > 600) return false;
  if (linkDensity(el) > 0.3 || /^(by|von|par|por|di|door)\s/i.test(t)) return false;
  if (el.closest(CAPTION) || el.querySelector('img, picture, video, ul, ol, form, input, button')) return false;
  // A byline block of name, role and place ends with a full stop too (globe-and-mail fixture: 'Sask.').
  if (
    nameTokens(el).some((w) => /^(byline|bylines|author|authors|contributor|dateline)$/.test(w)) ||
    el.querySelector('a[rel="author"], [itemprop~="author"]')
  )
    return false;
  return true;
}

/**
 * The dek under the headline: the first sentence-length block that follows it closely, before the
 * body starts. Never a caption (the lead image often sits between headline and dek), never the
 * body's first paragraph (pages without a dek: the meta description or an extractive summary is
 * the summary there).
 */
export function findStandfirst(doc: Document, headline: Element | null): Element | null {
  for (const marked of Array.from(doc.body?.querySelectorAll(MARKED) ?? []).slice(0, 5)) {
    if (isStandfirstLike(marked) && !marked.closest(CHROME_TAGS)) return marked;
  }
  if (!headline) return null;
  let el: Element | null = headline;
  for (let steps = 0; steps < 14 && el; steps++) {
    el = nextInDocument(el);
    if (!el) break;
    if (/^H1$/.test(el.tagName) || el.querySelector('h1')) break;
    if (el.closest(CAPTION) || el.matches(`${CHROME}, form`)) continue;
    const named = nameTokens(el).some((w) => STANDFIRST_WORDS.has(w));
    const t = textOf(el);
    if (t.length < 40) continue;
    if (el.tagName === 'P' && !named && inBodyRun(el)) return null;
    const tagOk = /^(P|H2|DIV|SPAN|SECTION)$/.test(el.tagName) || (named && /^(STRONG|B|EM|H3|H4)$/.test(el.tagName));
    if (!tagOk || t.length > 600 || el.children.length > 3) continue;
    if (!isStandfirstLike(el)) continue;
    const textOnly = Array.from(el.children).every((c) => !/^(DIV|P|SECTION|UL|OL|TABLE|FIGURE|H\d)$/.test(c.tagName));
    if (named || el.tagName === 'H2' || el.tagName === 'P' || (textOnly && endsLikeSentence(t))) return el;
  }
  return null;
}

/** No real page wraps its dek in more elements than this. */
const MAX_WRAPPER_DEPTH = 40;

/** Next element in document order that is not inside `el` (skips its subtree). */
function nextInDocument(el: Element): Element | null {
  let cur: Element | null = el;
  while (cur) {
    if (cur.nextElementSibling) {
      let next: Element = cur.nextElementSibling;
      // Descend to the first leaf-ish block so wrappers do not hide the dek from us, but not through
      // a hostile nesting (5,000 divs deep: each step reads its subtree's text).
      for (let depth = 0; depth < MAX_WRAPPER_DEPTH && next.firstElementChild; depth++) {
        if (!(textOf(next).length > 600 || next.children.length > 3 || !textOf(next))) break;
        next = next.firstElementChild;
      }
      return next;
    }
    cur = cur.parentElement;
  }
  return null;
}
