import { guard } from '../guard';
import type { ArticleParts } from '../locate/article-locator';
import { DETECTOR_CHROME } from '../site-chrome';
import { NOT_LABEL_PARENT_TAGS } from '../skip-tags';
import { NAME_ATTRS, linkDensity, normalizeSpace, textOf } from '../text';
export { hasMedia } from '../video-evidence';
import type { LayoutProbe } from '../types';

/** A short piece of visible text and the element that holds it (labels, badges, buttons). */
interface ShortText {
  el: Element;
  text: string;
}

/** What every detector gets: the document, where to look, the located article and helpers. */
export interface DetectContext {
  doc: Document;
  scope: Element;
  parts: ArticleParts;
  isArticle: boolean;
  layout?: LayoutProbe;
  /**
   * Elements whose whole text is short (≤ 160 chars), one per text-bearing parent. Cached; out of
   * time, what the scan reached so far (the retry continues it).
   */
  shortTexts(): ShortText[];
  /** Text nodes up to 800 chars, for sentence patterns (cookie notices). Cached. */
  mediumTexts(): ShortText[];
  /** Elements carrying a class or an id. Cached. */
  named(): Element[];
  timeUp(): boolean;
}

/** The engine's handle on a context: which category's detector runs, and that it ran in full. */
interface PassContext extends DetectContext {
  /** The detector of `category` runs next (its lists start where it left them, TextScan.handled). */
  runs(category: string): void;
  /** That detector returned without running out of time: what it was handed is handled. */
  finished(): void;
}

const SHOW_TEXT = 4;
/** Text nodes scanned between two looks at the clock. */
const CLOCK_EVERY = 64;

/**
 * The detectors' text scan of one scope, resumable (issue 11): a pass out of time stops the walk
 * where it is and the retry of that scope continues from there, so a 100,000-node page is scanned
 * across slices instead of from its first node in every slice (Firefox hid none of its label ads
 * when each retry started again). The engine keeps it between a cut pass and its retry.
 */
export interface TextScan {
  walker: TreeWalker;
  short: ShortText[];
  medium: ShortText[];
  seenShort: Set<Element>;
  done: boolean;
  /**
   * Per category, how much of each list its detector has handled in full in an earlier slice:
   * the retry hands it only what the scan found since (a detector cut short starts again).
   */
  handled: Map<string, { short: number; medium: number }>;
}

export function startTextScan(doc: Document, scope: Element): TextScan {
  return { walker: doc.createTreeWalker(scope, SHOW_TEXT), short: [], medium: [], seenShort: new Set(), done: false, handled: new Map() };
}

/** Walks on from where `scan` stopped, until the end of its scope or until `timeUp`. */
function continueScan(scan: TextScan, timeUp: () => boolean): void {
  const { walker, short, medium, seenShort } = scan;
  let count = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const raw = n.nodeValue ?? '';
    const parent = n.parentElement;
    if (raw.length <= 2000 && parent && !NOT_LABEL_PARENT_TAGS.has(parent.tagName)) {
      // Typographic apostrophes match the patterns' plain ones ("Je m’abonne", le-figaro fixture).
      const t = raw.trim().replace(/[’‘]/g, "'");
      if (t && t.length <= 800) medium.push({ el: parent, text: t });
      if (t && t.length <= 160 && !seenShort.has(parent)) {
        seenShort.add(parent);
        // A parent holding only this text node has it as its whole text: no second read of it.
        const only = parent.firstChild === n && !n.nextSibling;
        const whole = (only ? normalizeSpace(raw) : textOf(parent)).replace(/[’‘]/g, "'");
        if (whole.length <= 160) short.push({ el: parent, text: whole });
      }
    }
    // The node just handled is the walker's position: the next call starts after it.
    if (++count % CLOCK_EVERY === 0 && timeUp()) return;
  }
  scan.done = true;
}

export function createContext(
  doc: Document,
  scope: Element,
  parts: ArticleParts,
  isArticle: boolean,
  deadline: number,
  now: () => number,
  layout?: LayoutProbe,
  scan: TextScan = startTextScan(doc, scope),
): PassContext {
  let named: Element[] | null = null;
  const timeUp = (): boolean => now() > deadline;
  const texts = (): TextScan => {
    if (!scan.done && !timeUp()) continueScan(scan, timeUp);
    return scan;
  };
  let category = '';
  let handed = { short: 0, medium: 0 };
  const from = (): { short: number; medium: number } => scan.handled.get(category) ?? { short: 0, medium: 0 };
  // A list from where this category left it; the whole list (no copy) on a first pass.
  const tail = (list: ShortText[], start: number): ShortText[] => (start === 0 ? list : list.slice(start));
  return {
    doc,
    scope,
    parts,
    isArticle,
    layout,
    shortTexts: () => {
      const { short } = texts();
      handed.short = short.length;
      return tail(short, from().short);
    },
    mediumTexts: () => {
      const { medium } = texts();
      handed.medium = medium.length;
      return tail(medium, from().medium);
    },
    runs: (id) => {
      category = id;
      handed = { ...from() };
    },
    finished: () => {
      scan.handled.set(category, handed);
    },
    named: () => (named ??= Array.from(scope.querySelectorAll(`[class], [id], ${NAME_ATTRS.map((a) => `[${a}]`).join(', ')}`))),
    timeUp,
  };
}

/**
 * Climb from `el` to the highest ancestor for which `ok` still holds, never past `body`, `main`,
 * the article body root or `limit` steps. Used to go from a label to the box it labels.
 */
export function climb(el: Element, ok: (candidate: Element) => boolean, ctx: DetectContext, limit = 8): Element {
  let best = el;
  let cur = el.parentElement;
  for (let i = 0; cur && i < limit; i++, cur = cur.parentElement) {
    // Stop below the first box that would take article text with it (cnn fixture: the share bar's
    // parent also holds the headline); the guard still has the last word on what is returned.
    if (isBoundary(cur, ctx) || !ok(cur) || !guard(cur, ctx.parts).ok) break;
    best = cur;
  }
  return best;
}

function isBoundary(el: Element, ctx: DetectContext): boolean {
  return (
    el === ctx.doc.body ||
    el === ctx.doc.documentElement ||
    el === ctx.parts.root ||
    el.tagName === 'MAIN' ||
    el.tagName === 'ARTICLE' ||
    el.getAttribute('role') === 'main'
  );
}

/** A <header>/<footer> is site chrome when it is the page's (it has navigation or sits in body). */
function isChromeElement(el: Element): boolean {
  if (el.tagName !== 'HEADER' && el.tagName !== 'FOOTER') return true;
  // The article's own header holds its headline (joongang fixture: header.article_header with the
  // byline, a 'subscribe to this reporter' button and the share layer); a logo <h1> is short.
  if (el.tagName === 'HEADER' && Array.from(el.querySelectorAll('h1')).some((h) => textOf(h).length >= 20)) return false;
  if (el.tagName === 'FOOTER') return isPageFooter(el);
  return el.parentElement?.tagName === 'BODY' || !!el.querySelector('nav, [role="navigation"]') || el.querySelectorAll('a').length >= 6;
}

/**
 * The page's own footer: a child of <body>, the contentinfo landmark, or the last <footer> of the
 * document. An earlier one is the article's (sueddeutsche: footer.endofarticle holds "Mehr zum
 * Thema" and "Meistgelesene Artikel" between the story and the site's footer).
 */
function isPageFooter(footer: Element): boolean {
  if (footer.parentElement?.tagName === 'BODY' || footer.getAttribute('role') === 'contentinfo') return true;
  const footers = footer.ownerDocument.getElementsByTagName('footer');
  return footers[footers.length - 1] === footer || footer.contains(footers[footers.length - 1]);
}

/**
 * Site chrome (navigation, masthead, footer) is left alone by the heuristics: hiding a site's
 * "Subscribe" button in its masthead breaks the site (cnn fixture). A <nav> or <footer> inside the
 * article or main column is content-adjacent and is not chrome (nytimes fixture: related links in a
 * <nav aria-label="Related Content"> after the body).
 */
export function inSiteChrome(el: Element): boolean {
  for (let chrome = el.closest(DETECTOR_CHROME); chrome; chrome = chrome.parentElement?.closest(DETECTOR_CHROME) ?? null) {
    if (isChromeElement(chrome) && !chrome.parentElement?.closest('article, main, [role="main"]')) return true;
  }
  return false;
}

/**
 * An element's CSS `position`: computed by the layout probe in a browser; without one (jsdom, the
 * CLI) read from its inline style, where floating boxes usually declare it ('static' otherwise).
 */
export function positionOf(el: Element, layout?: LayoutProbe): string {
  if (layout) return layout.position(el);
  return (el.getAttribute('style') ?? '').match(/position\s*:\s*(fixed|sticky|absolute)/)?.[1] ?? 'static';
}

/** Link density of a block leaving out its heading label; a block inside a link is all link. */
export function densityWithout(el: Element, label: string): number {
  return el.closest('a') ? 1 : linkDensity(el, label.length);
}

/** A list whose items are all links (a "Most read" rail, external links). */
export function isLinkList(el: Element): boolean {
  let items: Element[] = Array.from(el.querySelectorAll('li'));
  if (items.length === 0) {
    // Cards as <article>/<div> items (npr fixture: "More Stories" as <article> teasers).
    const body = Array.from(el.children).filter((c) => !/^H[1-6]$/.test(c.tagName) && textOf(c) !== '');
    items = body.length === 1 && body[0].children.length > 1 ? Array.from(body[0].children) : body;
  }
  return items.length > 0 && items.every((item) => item.querySelector('a[href]') && densityWithout(item, '') >= 0.7);
}

export function distinctHrefs(el: Element): number {
  const set = new Set<string>();
  // In-page links ('Skip next section', dw fixture) lead nowhere else.
  for (const a of Array.from(el.querySelectorAll('a[href]:not([href^="#"])'))) set.add(a.getAttribute('href')!);
  if (el.matches('a[href]:not([href^="#"])')) set.add(el.getAttribute('href')!);
  return set.size;
}

/** Links made by script have no href, only a handler (fiercepharma's webinar box: <a onclick=…>Register Now</a>). */
const INTERACTIVE = 'a[href], a[onclick], button, [role="button"]';

export function isInteractive(el: Element): boolean {
  return !!el.querySelector(`${INTERACTIVE}, input, form`) || el.matches(INTERACTIVE);
}
