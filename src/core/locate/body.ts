import { endsLikeSentence, linkDensity, textOf } from '../text';
import { isClutterLabel } from './clutter-text';

const PARA_SELECTOR = 'p, pre, blockquote';
const MIN_PARA = 40;

/** Text length of an element's paragraphs that read like prose (not links, not labels). */
function proseLength(el: Element): number {
  let total = 0;
  for (const p of Array.from(el.querySelectorAll(PARA_SELECTOR))) {
    const t = textOf(p);
    if (t.length >= MIN_PARA && linkDensity(p) < 0.5) total += t.length;
  }
  return total;
}

/**
 * The element holding the article body: paragraphs vote for their parent (full) and grandparent
 * (half), as Readability does; then the winner widens to an ancestor when its siblings hold more of
 * the story (NYT-style bodies split over several companion columns).
 */
export function findBodyRoot(doc: Document): Element | null {
  const body = doc.body;
  if (!body) return null;
  const scores = new Map<Element, number>();
  for (const p of Array.from(body.querySelectorAll(PARA_SELECTOR))) {
    const t = textOf(p);
    if (t.length < MIN_PARA || linkDensity(p) >= 0.5) continue;
    if (p.closest('nav, footer, aside, header:not(article header)')) continue;
    const parent = p.parentElement;
    if (!parent) continue;
    scores.set(parent, (scores.get(parent) ?? 0) + t.length);
    const grand = parent.parentElement;
    if (grand && grand !== doc.documentElement) scores.set(grand, (scores.get(grand) ?? 0) + t.length / 2);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of scores) {
    if (s > bestScore) {
      bestScore = s;
      best = el;
    }
  }
  if (!best) return null;
  let current = best;
  let currentProse = proseLength(current);
  for (let i = 0; i < 4; i++) {
    const parent = current.parentElement;
    if (!parent || parent === body || parent === doc.documentElement) break;
    const parentProse = proseLength(parent);
    if (parentProse < currentProse * 1.25) break;
    current = parent;
    currentProse = parentProse;
  }
  return current;
}

const PROSE_SELECTOR = 'p, li, blockquote, pre, h2, h3, h4, h5, h6, dd, figcaption, td, [role="listitem"]';

/**
 * The blocks of the body that are the story: sentences a reader must never lose. The guard refuses
 * any hide that contains or sits inside one of them.
 */
export function proseBlocks(root: Element): Element[] {
  const out: Element[] = [];
  for (const el of Array.from(root.querySelectorAll(PROSE_SELECTOR))) {
    const t = textOf(el);
    if (t.length < 20 || isClutterLabel(t)) continue;
    if (linkDensity(el) >= 0.5) continue;
    const isHeading = /^H[2-6]$/.test(el.tagName);
    if (isHeading || endsLikeSentence(t) || t.length >= 100) out.push(el);
  }
  return out;
}
