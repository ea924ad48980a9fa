import type { ArticleParts } from './locate/article-locator';

/** A refusal's reason is a `_locales` key and its parameters, like a hide's (see HideRecord). */
export type GuardVerdict = { ok: true } | { ok: false; reason: string; params?: string[] };

const NEVER = new Set(['HTML', 'HEAD', 'BODY', 'MAIN']);

/**
 * The protected blocks of one `parts`, indexed so that a verdict is an ancestor walk, not a loop
 * over every prose block (a long article has hundreds, and every candidate and every climb step
 * asks): `at` maps each prose block to its place in `parts.prose`, `above` maps each ancestor of a
 * block (and the block) to the first block in that order it holds; the same for the holders.
 */
interface GuardIndex {
  prose: Element[];
  holders: Element[];
  at: Map<Element, number>;
  above: Map<Element, number>;
  holdersAbove: Map<Element, number>;
}

const indexes = new WeakMap<ArticleParts, GuardIndex>();

/** Ancestors-or-self of each element, mapped to the first (lowest) position that reaches them. */
function ancestorsOf(blocks: Element[]): Map<Element, number> {
  const above = new Map<Element, number>();
  blocks.forEach((block, i) => {
    for (let el: Element | null = block; el && !above.has(el); el = el.parentElement) above.set(el, i);
  });
  return above;
}

function firstPlaces(blocks: Element[]): Map<Element, number> {
  const at = new Map<Element, number>();
  blocks.forEach((b, i) => at.has(b) || at.set(b, i));
  return at;
}

function indexOf(parts: ArticleParts): GuardIndex {
  let index = indexes.get(parts);
  // Lists replaced on `parts` (a snapshot restored) make a new index.
  if (!index || index.prose !== parts.prose || index.holders !== parts.holders) {
    index = {
      prose: parts.prose,
      holders: parts.holders,
      at: firstPlaces(parts.prose),
      above: ancestorsOf(parts.prose),
      holdersAbove: ancestorsOf(parts.holders),
    };
    indexes.set(parts, index);
  }
  return index;
}

/**
 * Forget the index of `parts`: the engine calls this at the start of each pass, since the page may
 * have moved its blocks since the last one (nothing changes the DOM during a pass but our marks).
 */
export function refreshGuard(parts: ArticleParts): void {
  indexes.delete(parts);
}

/**
 * The one gate every hide passes through, whichever category proposed it and whether it came from
 * a document_start selector, a heuristic or a site rule. It refuses anything that contains or sits
 * inside a part of the article: the headline, the summary, the byline, the lead caption, any prose
 * block of the body, or the body itself (a hide may sit inside the body, as ads between paragraphs
 * do, but never contain it).
 */
export function guard(el: Element, parts: ArticleParts): GuardVerdict {
  if (NEVER.has(el.tagName)) return { ok: false, reason: 'reason_guard_never_tag', params: [el.tagName.toLowerCase()] };
  if (parts.root && el.contains(parts.root)) return { ok: false, reason: 'reason_guard_contains_body' };
  // Whole keys, not built ones: each part is a noun of its own in every language.
  const named: Array<[Element | null, string, string]> = [
    [parts.headline, 'reason_guard_contains_headline', 'reason_guard_inside_headline'],
    [parts.summary, 'reason_guard_contains_summary', 'reason_guard_inside_summary'],
    [parts.leadCaption, 'reason_guard_contains_caption', 'reason_guard_inside_caption'],
    [parts.byline, 'reason_guard_contains_byline', 'reason_guard_inside_byline'],
  ];
  for (const [part, contains, inside] of named) {
    if (!part) continue;
    if (el.contains(part)) return { ok: false, reason: contains };
    if (part.contains(el)) return { ok: false, reason: inside };
  }
  const index = indexOf(parts);
  // The first block in prose order that `el` holds or sits in, as the loop over the blocks found it.
  const holds = index.above.get(el) ?? Infinity;
  let inside = Infinity;
  for (let up: Element | null = el; up; up = up.parentElement) inside = Math.min(inside, index.at.get(up) ?? Infinity);
  if (holds !== Infinity && holds <= inside)
    return { ok: false, reason: 'reason_guard_contains_text', params: [preview(parts.prose[holds])] };
  if (inside !== Infinity) return { ok: false, reason: 'reason_guard_inside_text', params: [preview(parts.prose[inside])] };
  const holder = index.holdersAbove.get(el);
  if (holder !== undefined) return { ok: false, reason: 'reason_guard_contains_text', params: [preview(parts.holders[holder])] };
  return { ok: true };
}

function preview(el: Element): string {
  const t = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  return t.length > 40 ? `${t.slice(0, 39)}…` : t;
}
