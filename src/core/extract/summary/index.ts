import type { ArticleParts } from '../../locate/article-locator';
import type { SummaryKind } from '../article-info';
import { usefulDescription } from './description';
import { extractiveSummary } from './extractive';
import { keyPointsOf, standfirstOf } from './publisher';

export interface SummaryInput {
  parts: Pick<ArticleParts, 'summary' | 'summaryKind'>;
  title: string | null;
  descriptions: string[];
  paragraphs: string[];
  lang: string | null;
}

export interface Summary {
  kind: SummaryKind;
  points: string[];
}

/**
 * The summary, by trust: the publisher's key points; else its standfirst; else the meta
 * description when it says more than the headline; else 2–4 key sentences of the body.
 */
export function chooseSummary(input: SummaryInput): Summary {
  const { parts } = input;
  if (parts.summary && parts.summaryKind === 'key-points') {
    const points = keyPointsOf(parts.summary);
    if (points.length) return { kind: 'key-points', points };
  }
  if (parts.summary && parts.summaryKind === 'standfirst') {
    const points = standfirstOf(parts.summary);
    if (points.length) return { kind: 'standfirst', points };
  }
  const description = usefulDescription(input.descriptions, input.title, input.paragraphs.join('\n'));
  if (description) return { kind: 'description', points: [description] };
  const sentences = extractiveSummary(input.paragraphs, { lang: input.lang, title: input.title });
  if (sentences.length) return { kind: 'extractive', points: sentences };
  return { kind: 'none', points: [] };
}
