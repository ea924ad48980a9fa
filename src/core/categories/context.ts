import { forMatching } from '../confusables';
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
  /**
   * Where this pass looks: the body, or a batch of subtrees the page added later, one pass for the
   * whole batch (a page streaming 25 comments a tick ran 25 passes a tick; issue 11, late-clutter
   * bench). Disjoint: no root holds another.
   */
  roots: readonly Element[];
  /**
   * The elements inside the roots that match `selector` (as querySelectorAll: the roots themselves
   * not). Asked once per pass and selector: several detectors ask for every link or address field,
   * and a pass only sets our marks, which no detector's selector reads.
   */
  query: (selector: string) => readonly Element[];
  parts: ArticleParts;
  isArticle: boolean;
  layout?: LayoutProbe;
  /**
   * Elements whose whole text is short (≤ 160 chars), one per text-bearing parent. Cached; out of
   * time, what the scan reached so far (the retry continues it). Iterate it once per loop: the
   * retry of a cut pass goes on from the item the loop stopped at (TextScan.cursors).
   */
  shortTexts(): Iterable<ShortText>;
  /** Text nodes up to 800 chars, for sentence patterns (cookie notices). Cached; resumable the same way. */
  mediumTexts(): Iterable<ShortText>;
  /** Elements carrying a class or an id. Cached; resumable the same way. */
  named(): Iterable<Element>;
  timeUp(): boolean;
}

/** The engine's handle on a context: which category's detector runs now. */
interface PassContext extends DetectContext {
  /** The detector of `category` runs next (its loops start where they stopped, TextScan.cursors). */
  runs(category: string): void;
  /** timeUp, reading the clock now. */
  pastDeadline(): boolean;
  /** timeUp at a time the caller has just read off the clock (the engine times each category anyway). */
  pastDeadlineAt(time: number): boolean;
}

const SHOW_TEXT = 4;
const NAMED = `[class], [id], ${NAME_ATTRS.map((a) => `[${a}]`).join(', ')}`;
/** Text nodes scanned between two looks at the clock. */
const CLOCK_EVERY = 64;
/** Detector loop steps between two looks at the clock (each step is one element's checks). */
const ASKS_PER_CLOCK_READ = 16;

/**
 * The detectors' text scan of one scope, resumable (issue 11): a pass out of time stops the walk
 * where it is and the retry of that scope continues from there, so a 100,000-node page is scanned
 * across slices instead of from its first node in every slice (Firefox hid none of its label ads
 * when each retry started again). The engine keeps it between a cut pass and its retry.
 */
export interface TextScan {
  roots: readonly Element[];
  /** The walk through roots[rootsWalked - 1]; the roots before it are done. */
  walker: TreeWalker;
  rootsWalked: number;
  short: ShortText[];
  medium: ShortText[];
  seenShort: Set<Element>;
  done: boolean;
  /** The scope's named elements, listed once for the pass and its retries. */
  named: readonly Element[] | null;
  /**
   * How far each detector loop got, by category and the loop's place in its detector (the nth
   * list it asked for): a loop cut short at the deadline goes on from there in the retry, and a
   * loop that finished sees only what the scan found since. A detector longer than one slice
   * still gets to its end (issue 10: slices of a fixed size on a 100,000-node page).
   */
  cursors: Map<string, number>;
  /** The engine's steps finished over this scope (a category's selectors, its detector). */
  finishedSteps: Set<string>;
}

export function startTextScan(doc: Document, roots: readonly Element[]): TextScan {
  return {
    roots,
    walker: doc.createTreeWalker(roots[0] ?? doc, SHOW_TEXT),
    rootsWalked: 1,
    short: [],
    medium: [],
    seenShort: new Set(),
    done: false,
    named: null,
    cursors: new Map(),
    finishedSteps: new Set(),
  };
}

/** Walks on from where `scan` stopped, root after root, until the end of the last or until `timeUp`. */
function continueScan(scan: TextScan, timeUp: () => boolean): void {
  const { short, medium, seenShort } = scan;
  let count = 0;
  for (;;) {
    const n = scan.walker.nextNode();
    if (!n) {
      const next = scan.roots[scan.rootsWalked];
      if (!next) break;
      scan.walker = next.ownerDocument.createTreeWalker(next, SHOW_TEXT);
      scan.rootsWalked++;
      continue;
    }
    const raw = n.nodeValue ?? '';
    const parent = n.parentElement;
    if (raw.length <= 2000 && parent && !NOT_LABEL_PARENT_TAGS.has(parent.tagName)) {
      // Typographic apostrophes and look-alike letters read as the patterns' (confusables.ts).
      const t = forMatching(raw.trim());
      if (t && t.length <= 800) medium.push({ el: parent, text: t });
      if (t && t.length <= 160 && !seenShort.has(parent)) {
        seenShort.add(parent);
        // A parent holding only this text node has it as its whole text: no second read of it.
        const only = parent.firstChild === n && !n.nextSibling;
        const whole = forMatching(only ? normalizeSpace(raw) : textOf(parent));
        if (whole.length <= 160) short.push({ el: parent, text: whole });
      }
    }
    // The node just handled is the walker's position: the next call starts after it.
    if (++count % CLOCK_EVERY === 0 && timeUp()) return;
  }
  scan.done = true;
}

function queryRoots(roots: readonly Element[], selector: string): Element[] {
  if (roots.length === 1) return Array.from(roots[0].querySelectorAll(selector));
  // A batch of small late subtrees: an index loop, no array per root (late-clutter bench).
  const out: Element[] = [];
  for (const root of roots) {
    if (!root.firstElementChild) continue;
    const list = root.querySelectorAll(selector);
    for (let i = 0; i < list.length; i++) out.push(list[i]);
  }
  return out;
}

export function createContext(
  doc: Document,
  roots: readonly Element[],
  parts: ArticleParts,
  isArticle: boolean,
  deadline: number,
  now: () => number,
  layout?: LayoutProbe,
  scan: TextScan = startTextScan(doc, roots),
): PassContext {
  // Asked in every detector loop, once per element: the clock is read every ASKS_PER_CLOCK_READ
  // asks, and once the deadline has passed the answer stays (on a 100,000-node page a million
  // reads of performance.now() took 560 ms in Chromium, robustness-pages.ts `huge`).
  let over = false;
  let asks = 0;
  const pastDeadlineAt = (time: number): boolean => over || (over = time > deadline);
  const pastDeadline = (): boolean => over || pastDeadlineAt(now());
  const timeUp = (): boolean => over || (++asks % ASKS_PER_CLOCK_READ === 0 && pastDeadline());
  const texts = (): TextScan => {
    if (!scan.done && !pastDeadline()) continueScan(scan, pastDeadline);
    return scan;
  };
  let category = '';
  let loops = 0;
  /** The list from where this loop stopped last time; the cursor follows the loop as it goes. */
  function* resumable<T>(list: readonly T[]): Generator<T> {
    const key = `${category}:${loops++}`;
    let i = scan.cursors.get(key) ?? 0;
    // Kept when the loop ends or stops (a `break` closes the generator): the item it stopped at is
    // handed again in the retry. Not at each item: every pass over late content runs every loop (issue 11).
    try {
      for (; i < list.length; i++) yield list[i];
    } finally {
      scan.cursors.set(key, i);
    }
  }
  const found = new Map<string, readonly Element[]>();
  const query = (selector: string): readonly Element[] => {
    let hit = found.get(selector);
    if (!hit) found.set(selector, (hit = queryRoots(roots, selector)));
    return hit;
  };
  return {
    doc,
    roots,
    query,
    parts,
    isArticle,
    layout,
    shortTexts: () => resumable(texts().short),
    mediumTexts: () => resumable(texts().medium),
    runs: (id) => {
      category = id;
      loops = 0;
    },
    pastDeadline,
    pastDeadlineAt,
    named: () => resumable((scan.named ??= query(NAMED))),
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
