import { BY_NAME } from '../byline-patterns';
import { nameTokens, textOf } from '../text';
import type { TextBlock } from './text-blocks';

const BYLINE_WORDS = new Set(['byline', 'author', 'authors', 'writer', 'contributor', 'dateline']);

/**
 * The visible byline element near the headline ("By Jane Doe"), protected by the guard. Candidates
 * come from the page's text blocks (cheap even on 5,000-deep pages) plus explicit author markup.
 */
export function findBylineElement(doc: Document, headline: Element | null, blocks: TextBlock[]): Element | null {
  const body = doc.body;
  if (!body) return null;
  const candidates: Element[] = Array.from(body.querySelectorAll('[rel="author"], [itemprop="author"], address')).slice(0, 5);
  for (const b of blocks) {
    if (b.chars < 4 || b.chars > 160) continue;
    const t = textOf(b.el);
    if (t.length > 120) continue;
    if (BY_NAME.test(t) || nameTokens(b.el).some((w) => BYLINE_WORDS.has(w))) candidates.push(b.el);
  }
  if (candidates.length === 0) return null;
  if (!headline) return candidates[0];
  // Prefer the candidate closest after the headline.
  const after = candidates.find((c) => (headline.compareDocumentPosition(c) & 4) !== 0);
  return after ?? candidates[0];
}
