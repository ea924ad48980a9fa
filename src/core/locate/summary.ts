import { linkDensity, nameTokens, textOf } from '../text';

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

const before = (a: Node, b: Node): boolean =>
  (a.compareDocumentPosition(b) & 4 /* FOLLOWING */) !== 0;

/**
 * The publisher's key points: a short list of sentence-long bullets between the headline and the
 * body (seed page: two bullets under the headline), or any list right after a "Key points" heading.
 */
export function findKeyPoints(doc: Document, headline: Element | null, firstProse: Element | null): Element | null {
  const body = doc.body;
  if (!body) return null;
  const lists = Array.from(body.querySelectorAll('ul, ol, [role="list"]'));
  for (const list of lists) {
    const prev = list.previousElementSibling;
    if (prev && KEY_POINT_HEADINGS.test(textOf(prev)) && isKeyPointList(list)) return list;
  }
  if (!headline) return null;
  for (const list of lists) {
    if (!before(headline, list)) continue;
    if (firstProse && !before(list, firstProse)) break;
    if (list.closest('nav, aside, footer, header:not(article header)')) continue;
    if (isKeyPointList(list)) return list;
  }
  return null;
}

const STANDFIRST_WORDS = new Set(['standfirst', 'dek', 'deck', 'subtitle', 'subheadline', 'subhead', 'lede', 'lead', 'intro', 'summary', 'description', 'excerpt', 'strapline', 'teaser', 'chapo', 'chapeau']);

/** The dek under the headline: the first sentence-length block that follows it closely. */
export function findStandfirst(doc: Document, headline: Element | null): Element | null {
  const marked = doc.body?.querySelector('[itemprop="description"], [data-testid*="standfirst"], [data-component="standfirst"]');
  if (marked && textOf(marked).length >= 40) return marked;
  if (!headline) return null;
  let el: Element | null = headline;
  for (let steps = 0; steps < 12 && el; steps++) {
    el = nextInDocument(el);
    if (!el) break;
    if (/^H1$/.test(el.tagName)) break;
    const t = textOf(el);
    const isBlock = /^(P|H2|DIV|SPAN)$/.test(el.tagName);
    if (!isBlock || t.length < 50 || t.length > 500 || el.children.length > 3) continue;
    if (linkDensity(el) > 0.3 || /^by\s/i.test(t)) continue;
    const named = nameTokens(el).some((w) => STANDFIRST_WORDS.has(w));
    if (named || el.tagName === 'H2' || el.tagName === 'P') return el;
  }
  return null;
}

/** Next element in document order that is not inside `el` (skips its subtree). */
function nextInDocument(el: Element): Element | null {
  let cur: Element | null = el;
  while (cur) {
    if (cur.nextElementSibling) {
      let next: Element = cur.nextElementSibling;
      // Descend to the first leaf-ish block so wrappers do not hide the dek from us.
      while (next.firstElementChild && textOf(next).length > 500) next = next.firstElementChild;
      return next;
    }
    cur = cur.parentElement;
  }
  return null;
}
