import { extractArticle, type ArticleInfo } from '../core/extract';
import type { SnapshotAnswer } from '../shared/messages';
import { readSnapshot } from '../shared/snapshot';

/**
 * The article from the content script's snapshot, or words for the status line when there is
 * none: extraction runs here, in the popup, only when the reader opens it (shared/snapshot.ts).
 */
export function articleFrom(answer: SnapshotAnswer, parser: DOMParser): ArticleInfo | string {
  if ('tooLarge' in answer) {
    const mb = (chars: number): string => (chars / 1_000_000).toFixed(1);
    return `This page is too large to summarise (${mb(answer.chars)} million characters; the limit is ${mb(answer.maxChars)}). Hiding still works.`;
  }
  try {
    const { doc, parts } = readSnapshot(answer, parser);
    return extractArticle(doc, parts);
  } catch (error) {
    return `The summary could not be made for this page (${String(error)}). Hiding still works.`;
  }
}
