/**
 * Text blocks: the nearest non-inline element of every piece of text, with how much text and how
 * much link text it holds directly (through inline children). Sites write paragraphs as <p>, as
 * bare <div>s (Reuters-style `data-testid="paragraph-0"`), or as one <div> of text split by <br>
 * (Times of India-style); blocks see all three the same way.
 */
import { NOT_PROSE_TAGS, UNSEEN_SELECTOR } from '../skip-tags';

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

export function collectTextBlocks(root: Element): TextBlock[] {
  const doc = root.ownerDocument;
  const blocks = new Map<Element, TextBlock>();
  const skipped = new Set<Element>();
  const walker = doc.createTreeWalker(root, SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
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
      if (NOT_PROSE_TAGS.has(el.tagName) || el.closest(`${UNSEEN_SELECTOR}, button, svg`)) {
        skipped.add(el);
        continue;
      }
      block = { el, chars: 0, linkChars: 0, hasBlockChildren: false, inLink: !!el.closest('a') };
      blocks.set(el, block);
    }
    block.chars += len + 1;
    // Text of a block that sits inside a link (a teaser card's <h3>) is link text too.
    if (inLink || block.inLink) block.linkChars += len + 1;
  }
  for (const block of blocks.values()) {
    block.hasBlockChildren = Array.from(block.el.children).some((c) => !INLINE.has(c.tagName));
  }
  return Array.from(blocks.values());
}

/**
 * `text.replace(/\s+/g, ' ').trim().length` without building the new string when no run of two
 * or more spaces needs collapsing (most text nodes; trim and \s know the same spaces).
 */
function collapsedLength(text: string): number {
  const trimmed = text.trim();
  return /\s\s/.test(trimmed) ? trimmed.replace(/\s+/g, ' ').length : trimmed.length;
}
