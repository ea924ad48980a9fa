import type { ArticleParts } from '../core/locate/article-locator';

/**
 * The page as the popup extracts it. Extraction (Readability, summary, metadata) is most of what a
 * content script would carry, and it is needed only when the reader opens the popup, so the content
 * script sends this snapshot and the popup extracts from it (issue 11). Measured on the demo page:
 * taking it is a few ms; the popup parses it with DOMParser (`text/html`: nothing runs, nothing
 * loads) and runs the same `extractArticle` on it, with the same result as on the live page.
 *
 * The engine's located parts travel as `data-tidy-part` tokens on the copy only (the page is never
 * touched); the hide marks travel as they are, so the copy reads exactly as the live page does.
 */
export interface PageSnapshot {
  url: string;
  /** The live page's base URL: the copy resolves relative URLs (the lead image) against it. */
  baseURI: string;
  html: string;
  summaryKind: ArticleParts['summaryKind'];
  proseChars: number;
}

export const PART_ATTR = 'data-tidy-part';

/**
 * Larger pages are not sent: a message that size is slow to pass and to parse, and Chrome refuses
 * messages over 64 MiB. The largest Readability corpus page is well under 2 MB.
 */
const SNAPSHOT_MAX_CHARS = 10_000_000;

const SINGLE = ['headline', 'summary', 'root', 'leadCaption', 'byline'] as const;
const LISTS = ['prose', 'holders'] as const;

/** `el`'s child-element indexes from `top` down, or null when it is not under `top`. */
function pathOf(el: Element, top: Element): number[] | null {
  const path: number[] = [];
  for (let node = el; node !== top;) {
    const parent = node.parentElement;
    if (!parent) return null;
    let index = 0;
    for (let s = node.previousElementSibling; s; s = s.previousElementSibling) index++;
    path.push(index);
    node = parent;
  }
  return path.reverse();
}

function follow(top: Element, path: number[]): Element | null {
  let node: Element | undefined = top;
  for (const index of path) node = node?.children[index];
  return node ?? null;
}

/**
 * The page serialized, its parts marked on the copy. The copy lives in a document of its own with
 * no browsing context: cloning there runs none of the page's custom-element code, and <noscript>
 * (raw text in a live page) serializes as text, so the popup's parse reads it as the page does.
 */
export function takeSnapshot(
  doc: Document,
  parts: ArticleParts,
  url: string,
  maxChars = SNAPSHOT_MAX_CHARS,
): PageSnapshot | { tooLarge: true; chars: number; maxChars: number } {
  const top = doc.documentElement;
  const copy = doc.implementation.createHTMLDocument('').importNode(top, true);
  // The page may serve part tokens of its own to steer the popup: only ours count.
  for (const el of Array.from(copy.querySelectorAll(`[${PART_ATTR}]`))) el.removeAttribute(PART_ATTR);
  const mark = (el: Element | null, token: string): void => {
    const path = el && pathOf(el, top);
    const target = path && follow(copy, path);
    if (!target) return;
    const had = target.getAttribute(PART_ATTR);
    target.setAttribute(PART_ATTR, had ? `${had} ${token}` : token);
  };
  for (const name of SINGLE) mark(parts[name], name);
  for (const name of LISTS) parts[name].forEach((el, i) => mark(el, `${name}-${i}`));
  const html = doctypeOf(doc) + copy.outerHTML;
  if (html.length > maxChars) return { tooLarge: true, chars: html.length, maxChars };
  return { url, baseURI: doc.baseURI, html, summaryKind: parts.summaryKind, proseChars: parts.proseChars };
}

/**
 * The doctype in full: its public and system ids decide quirks mode, which changes how the popup
 * parses the copy (HTML serialization would keep the name only).
 */
function doctypeOf(doc: Document): string {
  const d = doc.doctype;
  if (!d) return '';
  const system = d.systemId ? `${d.publicId ? '' : ' SYSTEM'} "${d.systemId}"` : '';
  return `<!DOCTYPE ${d.name}${d.publicId ? ` PUBLIC "${d.publicId}"` : ''}${system}>`;
}

/** The snapshot as a document again, with the engine's parts found in it and their tokens removed. */
export function readSnapshot(snapshot: PageSnapshot, parser: DOMParser): { doc: Document; parts: ArticleParts } {
  const doc = parser.parseFromString(snapshot.html, 'text/html');
  setBase(doc, snapshot.baseURI);
  const parts: ArticleParts = {
    headline: null,
    summary: null,
    summaryKind: snapshot.summaryKind,
    root: null,
    leadCaption: null,
    byline: null,
    prose: [],
    holders: [],
    proseChars: snapshot.proseChars,
  };
  const lists: Record<(typeof LISTS)[number], Element[]> = { prose: [], holders: [] };
  for (const el of Array.from(doc.querySelectorAll(`[${PART_ATTR}]`))) {
    for (const token of (el.getAttribute(PART_ATTR) ?? '').split(' ')) {
      const [name, index] = token.split('-');
      if ((SINGLE as readonly string[]).includes(name)) parts[name as (typeof SINGLE)[number]] = el;
      else if ((LISTS as readonly string[]).includes(name) && /^\d+$/.test(index ?? ''))
        lists[name as (typeof LISTS)[number]][Number(index)] = el;
    }
    el.removeAttribute(PART_ATTR);
  }
  // In the page's order (credited captions come after the body's prose), holes dropped.
  parts.prose = lists.prose.filter(Boolean);
  parts.holders = lists.holders.filter(Boolean);
  return { doc, parts };
}

/** A parsed document's URL is the popup's: relative URLs must resolve against the page's instead. */
function setBase(doc: Document, baseURI: string): void {
  const existing = doc.querySelector('base[href]');
  if (existing) return existing.setAttribute('href', baseURI);
  const base = doc.createElement('base');
  base.setAttribute('href', baseURI);
  doc.head.prepend(base);
}
