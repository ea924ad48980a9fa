import type { ArticleSummary } from '../core/extract/article-info';

/** The `_locales` keys of the summary's section headings: the popup and the CLI show the same. */
export const SUMMARY_LABEL_KEYS = {
  publisher: 'summary_publisher',
  story: 'summary_story',
  none: 'summary_none',
} as const;

export interface SummarySection {
  key: (typeof SUMMARY_LABEL_KEYS)[keyof typeof SUMMARY_LABEL_KEYS];
  /** The publisher's kind ('key-points', 'standfirst', 'description') or 'story'. */
  kind: string;
  points: string[];
}

/** The sections to show, in order: the publisher's, then the story's (or one saying there is none). */
export function summarySections(s: ArticleSummary): SummarySection[] {
  const out: SummarySection[] = [];
  if (s.publisher?.points.length) out.push({ key: SUMMARY_LABEL_KEYS.publisher, kind: s.publisher.kind, points: s.publisher.points });
  if (s.story.length) out.push({ key: SUMMARY_LABEL_KEYS.story, kind: 'story', points: s.story });
  return out;
}
