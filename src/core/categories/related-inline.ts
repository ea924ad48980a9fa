import { linkLinesHeading } from '../locate/appended-content';
import { inlineRelatedLead, inlineRelatedWords } from '../rules/related';
import { linkDensity, textOf } from '../text';
import type { Candidate } from '../types';
import { distinctHrefs, type DetectContext } from './context';

/**
 * Links to other stories dropped between the body's paragraphs:
 * - "Read more: <a>…</a>", "Go deeper: <a>…</a>", "Lire aussi | <a>…</a>" paragraphs;
 * - Fox News-style all-caps link paragraphs; Washington Post-style "[<a>…</a>]" lines;
 * - NPR/CNN-style teaser cards: one link, a thumbnail, a kicker at most.
 */
export function inlineRelated(ctx: DetectContext, out: Candidate[]): void {
  const scope = ctx.parts.root ?? ctx.scope;
  // What this pass looks through: the article, or only the late subtree of it the pass is about
  // (a batch of late roots must not rescan the whole article once per root).
  const scan = ctx.scope.contains(scope) ? scope : scope.contains(ctx.scope) ? ctx.scope : null;
  if (!scan) return;
  const lines = Array.from(scan.querySelectorAll('p, div'));
  if (scan !== scope && scan.matches('p, div')) lines.unshift(scan);
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
    if (t === t.toUpperCase() && /\p{Lu}{3}/u.test(t) && el.tagName === 'P') {
      out.push({ element: el, rule: 'inline-caps-link', reason: 'reason_inline_caps_link', params: [t.slice(0, 50)] });
    } else if (/^\[.*\]$/.test(t) && el.querySelectorAll('a').length === 1) {
      out.push({ element: el, rule: 'inline-bracket-link', reason: 'reason_inline_bracket_link', params: [t.slice(0, 50)] });
    }
  }
  // Children and grandchildren of the body, whatever their tag (la-times: <ps-promo> cards).
  const flow = Array.from(scope.children)
    .flatMap((c) => [c, ...Array.from(c.children)])
    .filter((el) => scan === scope || scan.contains(el) || el.contains(scan));
  for (const el of flow) {
    if (ctx.timeUp()) break;
    if (/^(P|H\d|UL|OL|LI|A|SPAN|IMG|PICTURE|BLOCKQUOTE|TABLE)$/.test(el.tagName)) continue;
    const t = textOf(el);
    if (t.length < 20 || t.length > 220 || distinctHrefs(el) !== 1 || !el.querySelector('img, picture')) continue;
    if (linkDensity(el) < 0.7 || el.querySelector('figcaption, video, iframe')) continue;
    out.push({ element: el, rule: 'teaser-card', reason: 'reason_teaser_card', params: [t.slice(0, 50)] });
  }
}

/** The block's text without icon words hidden from screen readers (metro-uk: an 'Arrow' span before 'MORE:'). */
function shownText(block: Element): string {
  if (!block.querySelector('[aria-hidden="true"]')) return textOf(block);
  const clone = block.cloneNode(true) as Element;
  for (const x of Array.from(clone.querySelectorAll('[aria-hidden="true"]'))) x.remove();
  return textOf(clone);
}
