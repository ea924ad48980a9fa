import type { ArticleParts } from './locate/article-locator';

export type GuardVerdict = { ok: true } | { ok: false; reason: string };

const NEVER = new Set(['HTML', 'HEAD', 'BODY', 'MAIN']);

/**
 * The one gate every hide passes through, whichever category proposed it and whether it came from
 * a document_start selector, a heuristic or a site rule. It refuses anything that contains or sits
 * inside a part of the article: the headline, the summary, the byline, the lead caption, any prose
 * block of the body, or the body itself (a hide may sit inside the body, as ads between paragraphs
 * do, but never contain it).
 */
export function guard(el: Element, parts: ArticleParts): GuardVerdict {
  if (NEVER.has(el.tagName)) return { ok: false, reason: `never hides <${el.tagName.toLowerCase()}>` };
  if (parts.root && el.contains(parts.root)) return { ok: false, reason: 'contains the article body' };
  const named: Array<[Element | null, string]> = [
    [parts.headline, 'headline'],
    [parts.summary, 'summary'],
    [parts.leadCaption, 'lead image caption'],
    [parts.byline, 'byline'],
  ];
  for (const [part, name] of named) {
    if (!part) continue;
    if (el.contains(part)) return { ok: false, reason: `contains the ${name}` };
    if (part.contains(el)) return { ok: false, reason: `is inside the ${name}` };
  }
  for (const block of parts.prose) {
    if (el.contains(block)) return { ok: false, reason: `contains article text: "${preview(block)}"` };
    if (block.contains(el)) return { ok: false, reason: `is inside article text: "${preview(block)}"` };
  }
  for (const holder of parts.holders) {
    if (el.contains(holder)) return { ok: false, reason: `contains article text: "${preview(holder)}"` };
  }
  return { ok: true };
}

function preview(el: Element): string {
  const t = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
  return t.length > 40 ? `${t.slice(0, 39)}…` : t;
}
