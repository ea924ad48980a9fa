import { nameTokens, textOf } from '../text';

const BYLINE_WORDS = new Set(['byline', 'author', 'authors', 'writer', 'contributor', 'dateline']);

/** The visible byline element near the headline ("By Jane Doe"), protected by the guard. */
export function findBylineElement(doc: Document, headline: Element | null): Element | null {
  const body = doc.body;
  if (!body) return null;
  const explicit = body.querySelector('[rel="author"], [itemprop="author"], address');
  const candidates = explicit ? [explicit] : [];
  for (const el of Array.from(body.querySelectorAll('[class*="yline"], [class*="uthor"], [data-testid*="byline"], p, span, div')).slice(0, 3000)) {
    const t = textOf(el);
    if (t.length < 4 || t.length > 120) continue;
    if (/^(by|von|par|por|di|door)\s+\p{Lu}/u.test(t) || nameTokens(el).some((w) => BYLINE_WORDS.has(w))) candidates.push(el);
  }
  if (candidates.length === 0) return null;
  if (!headline) return candidates[0];
  // Prefer the candidate closest after the headline.
  const after = candidates.find((c) => (headline.compareDocumentPosition(c) & 4) !== 0);
  return after ?? candidates[0];
}
