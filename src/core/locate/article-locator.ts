import { findBodyRoot, proseBlocks } from './body';
import { findBylineElement } from './byline';
import { findHeadline } from './headline';
import { findCreditedCaptions, findLeadCaption } from './lead-figure';
import { findKeyPoints, findStandfirst } from './summary';
import { textOf } from '../text';
import { collectTextBlocks } from './text-blocks';

/** The parts of the article that must never be hidden. */
export interface ArticleParts {
  headline: Element | null;
  /** The publisher's key points or standfirst. */
  summary: Element | null;
  summaryKind: 'key-points' | 'standfirst' | null;
  /** The element holding the body paragraphs. */
  root: Element | null;
  leadCaption: Element | null;
  byline: Element | null;
  /** Body blocks that read as prose; with the parts above, the guard's protected set. */
  prose: Element[];
  /** Blocks with story text of their own that also hold other blocks: never contained by a hide. */
  holders: Element[];
  /** Total characters of prose, for page-kind decisions. */
  proseChars: number;
}

export function locateArticle(doc: Document): ArticleParts {
  const headline = findHeadline(doc);
  const blocks = doc.body ? collectTextBlocks(doc.body) : [];
  const root = findBodyRoot(doc, blocks);
  const { blocks: prose, holders } = root ? proseBlocks(root, blocks) : { blocks: [], holders: [] };
  const firstProse = prose.find((p) => p.tagName === 'P') ?? prose[0] ?? null;
  const keyPoints = findKeyPoints(doc, headline, firstProse);
  const standfirst = keyPoints ? null : findStandfirst(doc, headline);
  const summary = keyPoints ?? standfirst;
  const leadCaption = findLeadCaption(doc, headline, root);
  if (root) prose.push(...findCreditedCaptions(root));
  return {
    headline,
    summary,
    summaryKind: keyPoints ? 'key-points' : standfirst ? 'standfirst' : null,
    root,
    leadCaption,
    byline: findBylineElement(doc, headline, blocks),
    prose,
    holders,
    proseChars: [...prose, ...holders].reduce((n, p) => n + textOf(p).length, 0),
  };
}
