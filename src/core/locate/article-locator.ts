import { findBodyRoot, proseBlocks } from './body';
import { bylineSteps } from './byline';
import { findHeadline } from './headline';
import { findCreditedCaptions, findLeadCaption } from './lead-figure';
import { findKeyPoints, findStandfirst } from './summary';
import { textOf } from '../text';
import { finish, type Steps } from '../steps';
import { textBlockSteps, type TextBlock } from './text-blocks';

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
function* locateSteps(doc: Document): Steps<ArticleParts> {
  return yield* locateRestSteps(doc, yield* locateBodySteps(doc));
}

/**
 * The parts a page's kind is decided on (page-kind.ts): the headline, the body root and its prose,
 * credited captions included; no summary, lead caption or byline yet. The engine stops here on a
 * page that is no article (engine.ts): on the non-article fixtures those three took 3.3 of the
 * content script's 24 ms a load in Chromium (issue 11).
 */
export interface BodyParts {
  parts: ArticleParts;
  blocks: TextBlock[];
  firstProse: Element | null;
}

export function* locateBodySteps(doc: Document): Steps<BodyParts> {
  const headline = findHeadline(doc);
  yield;
  const blocks = doc.body ? yield* textBlockSteps(doc.body) : [];
  const root = findBodyRoot(doc, blocks);
  yield;
  // A pause after each part: on wikipedia-2 each takes 30–100 ms in Chromium.
  const { blocks: prose, holders } = root ? proseBlocks(root, blocks) : { blocks: [], holders: [] };
  yield;
  // Before the credited captions join the prose: the key points are looked for above the first paragraph.
  const firstProse = prose.find((p) => p.tagName === 'P') ?? prose[0] ?? null;
  if (root) prose.push(...findCreditedCaptions(root));
  yield;
  const parts: ArticleParts = {
    headline,
    summary: null,
    summaryKind: null,
    root,
    leadCaption: null,
    byline: null,
    prose,
    holders,
    proseChars: [...prose, ...holders].reduce((n, p) => n + textOf(p).length, 0),
  };
  return { parts, blocks, firstProse };
}

/** The rest of an article's parts: its summary (key points or standfirst), lead caption and byline. */
export function* locateRestSteps(doc: Document, { parts, blocks, firstProse }: BodyParts): Steps<ArticleParts> {
  const { headline, root } = parts;
  const keyPoints = findKeyPoints(doc, headline, firstProse);
  yield;
  const standfirst = keyPoints ? null : findStandfirst(doc, headline);
  yield;
  const leadCaption = findLeadCaption(doc, headline, root);
  yield;
  const byline = yield* bylineSteps(doc, headline, blocks);
  return {
    ...parts,
    summary: keyPoints ?? standfirst,
    summaryKind: keyPoints ? 'key-points' : standfirst ? 'standfirst' : null,
    leadCaption,
    byline,
  };
}
