import { findBodyRoot, proseBlocks } from './body';
import { bylineSteps } from './byline';
import { findHeadline } from './headline';
import { findCreditedCaptions, findLeadCaption } from './lead-figure';
import { findKeyPoints, findStandfirst } from './summary';
import { textOf } from '../text';
import { finish, type Steps } from '../steps';
import { textBlockSteps } from './text-blocks';

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
  return finish(locateSteps(doc));
}

/** locateArticle in steps (steps.ts): it may pause inside the text walk and between the parts. */
export function* locateSteps(doc: Document): Steps<ArticleParts> {
  const headline = findHeadline(doc);
  yield;
  const blocks = doc.body ? yield* textBlockSteps(doc.body) : [];
  const root = findBodyRoot(doc, blocks);
  yield;
  // A pause after each part: on wikipedia-2 each takes 30–100 ms in Chromium.
  const { blocks: prose, holders } = root ? proseBlocks(root, blocks) : { blocks: [], holders: [] };
  yield;
  const firstProse = prose.find((p) => p.tagName === 'P') ?? prose[0] ?? null;
  const keyPoints = findKeyPoints(doc, headline, firstProse);
  yield;
  const standfirst = keyPoints ? null : findStandfirst(doc, headline);
  const summary = keyPoints ?? standfirst;
  yield;
  const leadCaption = findLeadCaption(doc, headline, root);
  yield;
  if (root) prose.push(...findCreditedCaptions(root));
  yield;
  const byline = yield* bylineSteps(doc, headline, blocks);
  return {
    headline,
    summary,
    summaryKind: keyPoints ? 'key-points' : standfirst ? 'standfirst' : null,
    root,
    leadCaption,
    byline,
    prose,
    holders,
    proseChars: [...prose, ...holders].reduce((n, p) => n + textOf(p).length, 0),
  };
}
