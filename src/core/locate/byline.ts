import { BY_NAME } from '../byline-patterns';
import { nameTokens, textOf } from '../text';
import type { Steps } from '../steps';
import type { TextBlock } from './text-blocks';

const BYLINE_WORDS = new Set(['byline', 'author', 'authors', 'writer', 'contributor', 'dateline']);

/** Blocks read between two points where the search may pause (steps.ts). */
const BLOCKS_PER_STEP = 500;

/**
 * The visible byline element near the headline ("By Jane Doe"), protected by the guard. Candidates
 * come from the page's text blocks (cheap even on 5,000-deep pages) plus explicit author markup.
 * In steps (steps.ts): a page without a byline has every short block read for its text (33,000
 * rows of a 100,000-node page: 300 ms in Chromium, issue 10).
 */
export function* bylineSteps(doc: Document, headline: Element | null, blocks: TextBlock[]): Steps<Element | null> {
  const body = doc.body;
  if (!body) return null;
  const marked: Element[] = Array.from(body.querySelectorAll('[rel="author"], [itemprop="author"], address')).slice(0, 5);
  const after = (c: Element): boolean => !!headline && (headline.compareDocumentPosition(c) & 4) !== 0;
  // The candidate closest after the headline, author markup first; else the first candidate.
  // Text blocks come in document order, so the scan stops at the first one after the headline
  // (every block of a 100,000-node page was read for its text; issue 10).
  const markedAfter = marked.find(after);
  if (markedAfter) return markedAfter;
  let first: Element | null = marked[0] ?? null;
  let count = 0;
  for (const b of blocks) {
    if (++count % BLOCKS_PER_STEP === 0) yield;
    if (b.chars < 4 || b.chars > 160) continue;
    // Before the headline, a block only matters as the fallback, and only if none was found yet.
    const isAfter = after(b.el);
    if (first && !isAfter) continue;
    if (!isBylineBlock(b.el)) continue;
    // After the headline; or, with no headline, the first candidate of all (none came before).
    if (isAfter || !headline) return b.el;
    first ??= b.el;
  }
  return first;
}

function isBylineBlock(el: Element): boolean {
  const t = textOf(el);
  return t.length <= 120 && (BY_NAME.test(t) || nameTokens(el).some((w) => BYLINE_WORDS.has(w)));
}
