import { hasCjk } from '../src/core/cjk';

/** Word tokens for text comparisons in benchmarks (CJK by character, like reading-time counts). */
export function tokens(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(/[\p{L}\p{N}]+/gu)) {
    const w = m[0];
    if (hasCjk(w)) out.push(...Array.from(w));
    else out.push(w);
  }
  return out;
}

export function counts(words: string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const w of words) m.set(w, (m.get(w) ?? 0) + 1);
  return m;
}

/** Size of the multiset intersection of two token bags. */
export function overlap(a: Map<string, number>, b: Map<string, number>): number {
  let n = 0;
  for (const [w, c] of a) n += Math.min(c, b.get(w) ?? 0);
  return n;
}

export const total = (m: Map<string, number>): number => Array.from(m.values()).reduce((a, b) => a + b, 0);

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE']);

/** The text a reader could see: everything under body, minus hidden subtrees and non-content. */
export function visibleText(root: Element, isHidden: (el: Element) => boolean): string {
  const parts: string[] = [];
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      parts.push(node.nodeValue ?? '');
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (SKIP.has(el.tagName) || isHidden(el)) continue;
    const kids = el.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return parts.join(' ');
}
