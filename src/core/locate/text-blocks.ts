/**
 * Text blocks: the nearest non-inline element of every piece of text, with how much text and how
 * much link text it holds directly (through inline children). Sites write paragraphs as <p>, as
 * bare <div>s (Reuters-style `data-testid="paragraph-0"`), or as one <div> of text split by <br>
 * (Times of India-style); blocks see all three the same way.
 */
import { NOT_PROSE_TAGS, UNSEEN_TAGS } from '../skip-tags';
import { finish, type Steps } from '../steps';

export interface TextBlock {
  el: Element;
  chars: number;
  linkChars: number;
  /** True when the block also holds other blocks (a <br>-text body with ads between the lines). */
  hasBlockChildren: boolean;
  inLink: boolean;
}

const INLINE = new Set([
  'A',
  'SPAN',
  'B',
  'STRONG',
  'I',
  'EM',
  'U',
  'SMALL',
  'MARK',
  'SUP',
  'SUB',
  'TIME',
  'ABBR',
  'CITE',
  'Q',
  'FONT',
  'CODE',
  'S',
  'DEL',
  'INS',
  'BR',
  'WBR',
  'DFN',
  'KBD',
  'VAR',
  'BDI',
  'BDO',
  'LABEL',
  'DATA',
]);
const SHOW_TEXT = 4;
/** Text nodes (or blocks) handled between two points where the walk may pause (steps.ts). */
const NODES_PER_STEP = 1000;

export function collectTextBlocks(root: Element): TextBlock[] {
  return finish(textBlockSteps(root));
}

/** collectTextBlocks in steps: it pauses every NODES_PER_STEP text nodes. */
export function* textBlockSteps(root: Element): Steps<TextBlock[]> {
  const doc = root.ownerDocument;
  const blocks = new Map<Element, TextBlock>();
  const skipped = new Set<Element>();
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  // Ancestor questions answered once per element for the whole walk: siblings share their
  // ancestors, and `closest` for every block walked the same chain again (a 100,000-node page
  // spent 460 ms here in Chromium, robustness-pages.ts `huge`).
  const unseen = ancestorFlag((el) => UNSEEN_TAGS.has(el.tagName) || el.tagName === 'BUTTON' || el.tagName.toLowerCase() === 'svg');
  const linked = ancestorFlag((el) => el.tagName === 'A');
  let count = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (++count % NODES_PER_STEP === 0) yield;
    const len = collapsedLength(n.nodeValue ?? '');
    if (len === 0) continue;
    let el = n.parentElement;
    let inLink = false;
    while (el && INLINE.has(el.tagName)) {
      if (el.tagName === 'A') inLink = true;
      el = el.parentElement;
    }
    if (!el || skipped.has(el)) continue;
    let block = blocks.get(el);
    if (!block) {
      if (NOT_PROSE_TAGS.has(el.tagName) || unseen(el)) {
        skipped.add(el);
        continue;
      }
      block = { el, chars: 0, linkChars: 0, hasBlockChildren: false, inLink: linked(el) };
      blocks.set(el, block);
    }
    block.chars += len + 1;
    // Text of a block that sits inside a link (a teaser card's <h3>) is link text too.
    if (inLink || block.inLink) block.linkChars += len + 1;
  }
  for (const block of blocks.values()) {
    if (++count % NODES_PER_STEP === 0) yield;
    for (let c = block.el.firstElementChild; c && !block.hasBlockChildren; c = c.nextElementSibling) {
      block.hasBlockChildren = !INLINE.has(c.tagName);
    }
  }
  return Array.from(blocks.values());
}

/**
 * Whether `test` holds for an element or any of its ancestors, remembered for every element on
 * the way up, so a walk in document order asks each element once.
 */
function ancestorFlag(test: (el: Element) => boolean): (el: Element) => boolean {
  const known = new Map<Element, boolean>();
  return (start) => {
    const path: Element[] = [];
    let answer = false;
    for (let el: Element | null = start; el; el = el.parentElement) {
      const hit = known.get(el);
      if (hit !== undefined) {
        answer = hit;
        break;
      }
      path.push(el);
      if (test(el)) {
        answer = true;
        break;
      }
    }
    for (const el of path) known.set(el, answer);
    return answer;
  };
}

/**
 * `text.replace(/\s+/g, ' ').trim().length` without building the new string when no run of two
 * or more spaces needs collapsing (most text nodes; trim and \s know the same spaces).
 */
function collapsedLength(text: string): number {
  const trimmed = text.trim();
  return /\s\s/.test(trimmed) ? trimmed.replace(/\s+/g, ' ').length : trimmed.length;
}
