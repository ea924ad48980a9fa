import type { ArticleParts } from '../../locate/article-locator';
import type { ArticleSummary } from '../article-info';
import { visibleProse } from '../body';
import { captionTexts } from './candidates';
import { extractiveSummary } from './extractive';
import { publisherSummary } from './publisher';

export interface SummaryInput {
  parts: Pick<ArticleParts, 'summary' | 'summaryKind'> & Partial<Pick<ArticleParts, 'headline' | 'leadCaption' | 'prose'>>;
  /** The page (only read): its captions and credits, and a standfirst next to a rejected list. */
  doc?: Document;
  title: string | null;
  descriptions: string[];
  paragraphs: string[];
  lang: string | null;
}

/**
 * The summary in two sections. First the publisher's own words: its key points, else its
 * standfirst, else the meta description when it says more than the headline. Then, unless the
 * publisher's key points already number three or more, key sentences of the story itself that
 * repeat neither the headline nor what the publisher's section shows.
 */
export function chooseSummary(input: SummaryInput): ArticleSummary {
  const publisher = publisherSummary(input);
  const covered = publisher?.kind === 'key-points' && publisher.points.length >= 3;
  const captions = input.doc ? captionTexts(input.doc) : [];
  if (input.parts.leadCaption?.textContent) captions.push(input.parts.leadCaption.textContent.replace(/\s+/g, ' ').trim());
  const opts = { lang: input.lang, title: input.title, shown: publisher?.points ?? [], captions };
  let story = covered ? [] : extractiveSummary(input.paragraphs, opts);
  // A body of lines without one sentence (a list of names Readability took for the story): the
  // located prose blocks the reader sees may still hold the story's sentences.
  if (!covered && !story.length && input.parts.prose?.length) story = extractiveSummary(visibleProse({ prose: input.parts.prose }), opts);
  return { kind: publisher?.kind ?? (story.length ? 'extractive' : 'none'), publisher, story };
}

/** Every point of a summary, the publisher's first. */
export const summaryPoints = (s: ArticleSummary): string[] => [...(s.publisher?.points ?? []), ...s.story];
