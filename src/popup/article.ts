import { Readability } from '@mozilla/readability';
import { extractArticle, type ArticleInfo } from '../core/extract';
import { cleanedClone } from '../core/extract/clone';
import type { SnapshotAnswer } from '../shared/messages';
import { readSnapshot } from '../shared/snapshot';

/** Why there is no article to show: a `_locales` key and its substitutions (worded by the popup). */
export interface ArticleProblem {
  problem: 'popup_too_large' | 'popup_extract_failed';
  params: string[];
}

/**
 * The article from the content script's snapshot, or why there is none: extraction runs here, in
 * the popup, only when the reader opens it (shared/snapshot.ts). `keep` receives the parsed copy
 * of the page, for "Copy as Markdown" (articleBody) later.
 */
export function articleFrom(answer: SnapshotAnswer, parser: DOMParser, keep?: (doc: Document) => void): ArticleInfo | ArticleProblem {
  if ('tooLarge' in answer) {
    const mb = (chars: number): string => (chars / 1_000_000).toFixed(1);
    return { problem: 'popup_too_large', params: [mb(answer.chars), mb(answer.maxChars)] };
  }
  try {
    const { doc, parts } = readSnapshot(answer, parser);
    keep?.(doc);
    return extractArticle(doc, parts);
  } catch (error) {
    return { problem: 'popup_extract_failed', params: [String(error)] };
  }
}

export const isProblem = (a: ArticleInfo | ArticleProblem): a is ArticleProblem => 'problem' in a;

/**
 * The cleaned article body as elements, for Markdown: Readability's content on the copy without
 * the hidden clutter (the same input extraction reads). Run only when the reader asks for it:
 * extraction keeps text alone, and a second Readability run costs as much as the first.
 */
export function articleBody(doc: Document): Element | null {
  try {
    return (new Readability<Node>(cleanedClone(doc), { serializer: (n) => n }).parse()?.content as Element | undefined) ?? null;
  } catch {
    return null;
  }
}
