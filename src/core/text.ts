/** Small text and attribute helpers shared by the locator, the guard and the detectors. */
import { UNSEEN_SELECTOR, UNSEEN_TAGS } from './skip-tags';

export function normalizeSpace(s: string): string {
  // An ideographic space inside a Japanese headline is typography, kept as written (mainichi fixture).
  // (The callback costs a call per run of spaces: only text that has one takes that path.)
  if (!s.includes('\u3000')) return s.replace(/\s+/g, ' ').trim();
  return s.replace(/\s+/g, (m) => (m === '\u3000' ? m : ' ')).trim();
}

function seenText(node: Node): string {
  let out = '';
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) out += child.nodeValue ?? '';
    else if (child.nodeType === 1 && !UNSEEN_TAGS.has((child as Element).tagName)) out += seenText(child);
  }
  return out;
}

/**
 * An element's text as a reader could see it, whitespace collapsed. Script, style and <noscript>
 * text is left out: in a live page <noscript> holds its markup as text, so a teaser card with a
 * lazy image counted 722 characters in Chromium and 60 in jsdom (breakingbelizenews).
 */
export function textOf(el: Element | null | undefined): string {
  if (!el) return '';
  // Only the page's own elements: a detached clone is edited between asks (headlineText).
  const cache = textCache && el.isConnected ? textCache : null;
  const hit = cache?.get(el);
  if (hit !== undefined) return hit;
  const text = normalizeSpace((el.querySelector(UNSEEN_SELECTOR) ? seenText(el) : el.textContent) ?? '');
  cache?.set(el, text);
  return text;
}

/**
 * textOf's answers while `run` runs (issue 11: "text of a node computed once per pass"). The
 * locator and the detectors ask for the text of the same columns again and again (every ad label
 * climbs through its column; on a 100,000-node page each ask normalised 400 KB). A pass only sets
 * attributes, which textOf does not read, and no page script runs inside it, so the text of an
 * element in the page cannot change while the cache lives (detached clones, which the locator
 * edits, are not cached); it is dropped when the outermost `run` returns.
 */
let textCache: WeakMap<Element, string> | null = null;
/** nameTokens' answers, for the same reason and the same span (only our own marks change in a pass). */
let tokenCache: WeakMap<Element, string[]> | null = null;
/**
 * Answers of pure tests of a text (onceForText), per test, for the same span: the label patterns
 * are asked of the same short texts by the locator and by several categories (nytimes-4: 76,000
 * pattern runs on 28,000 distinct text-and-pattern pairs).
 */
let textAnswers: Map<object, Map<string, unknown>> | null = null;
/** rawLength's answers, for the same reason and the same span. */
let lengthCache: WeakMap<Element, number> | null = null;

export function withTextCache<T>(run: () => T): T {
  if (textCache) return run();
  textCache = new WeakMap();
  tokenCache = new WeakMap();
  textAnswers = new Map();
  lengthCache = new WeakMap();
  try {
    return run();
  } finally {
    textCache = tokenCache = textAnswers = lengthCache = null;
  }
}

/**
 * `test(text)`, run once per text while a `withTextCache` span lives. Only for tests whose answer
 * depends on the text alone (patterns, never the page); `test` itself is the key.
 */
export function onceForText<T>(test: (text: string) => T, text: string): T {
  if (!textAnswers) return test(text);
  let answers = textAnswers.get(test) as Map<string, T> | undefined;
  if (!answers) textAnswers.set(test, (answers = new Map<string, T>()));
  if (answers.has(text)) return answers.get(text) as T;
  const answer = test(text);
  answers.set(text, answer);
  return answer;
}

/**
 * Whether an element's seen text is longer than `max`, cheaply: the raw text length (native, no
 * walk) settles it when it is short, or far longer than any script or style could account for.
 * Size checks on ancestors run for every link or paragraph; textOf on a whole column each time
 * made wikipedia-2 take 1.8 s to locate.
 */
export function textLongerThan(el: Element, max: number): boolean {
  const raw = rawLength(el);
  if (raw <= max) return false;
  if (raw > max * 8) return true;
  return textOf(el).length > max;
}

/**
 * The length of an element's raw text, once per element per pass: every paragraph's card check
 * asks it of the same column, whose textContent is built anew each time (wikipedia-2: 730 ms of
 * a 1.8 s pass in Chromium).
 */
function rawLength(el: Element): number {
  const cache = lengthCache && el.isConnected ? lengthCache : null;
  const hit = cache?.get(el);
  if (hit !== undefined) return hit;
  const length = el.textContent?.length ?? 0;
  cache?.set(el, length);
  return length;
}

/**
 * Share of an element's text that sits inside links (0 for an empty element). `notCounted`
 * characters of its text (a widget's heading label) are left out of the total.
 */
export function linkDensity(el: Element, notCounted = 0): number {
  const total = textOf(el).length - notCounted;
  if (total <= 0) return 0;
  let inLinks = 0;
  for (const a of Array.from(el.querySelectorAll('a'))) inLinks += textOf(a).length;
  return Math.min(1, inLinks / total);
}

/** Attributes that name a component on real sites (data-testid="SignUpPromo", data-area="social_bar"). */
export const NAME_ATTRS = [
  'data-testid',
  'data-test-id',
  'data-test',
  'data-qa',
  'data-component',
  'data-component-name',
  'data-area',
  'data-module',
];

/**
 * The words of an element's class, id and component-naming data attributes, split on separators and camelCase:
 * `ad-slot__top` → ad, slot, top; `adContainer` → ad, container. Hashed classes (`css-1xdhyk6`)
 * yield nothing useful, which is why detection never relies on these alone.
 */
export function nameTokens(el: Element): readonly string[] {
  // Every detector asks this of every named element: once per element per pass (ten attribute
  // reads each; 33,000 rows of the 100,000-node page took 230 ms in Chromium).
  const cache = tokenCache && el.isConnected ? tokenCache : null;
  const hit = cache?.get(el);
  if (hit) return hit;
  const tokens = readNameTokens(el);
  cache?.set(el, tokens);
  return tokens;
}

function readNameTokens(el: Element): string[] {
  // One call for the names present, then reads of only those (most elements carry one or two).
  const present = el.getAttributeNames();
  if (present.length === 0) return [];
  const read = (attr: string): string => (present.includes(attr) ? (el.getAttribute(attr) ?? '') : '');
  let raw = `${read('class')} ${read('id')}`;
  for (const attr of NAME_ATTRS) raw += ` ${read(attr)}`;
  if (!raw.trim()) return [];
  return raw
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

export function snippet(el: Element, max = 80): string {
  const t = textOf(el);
  if (t) return t.length > max ? `${t.slice(0, max - 1)}…` : t;
  const tag = el.tagName.toLowerCase();
  const id = el.id ? `#${el.id}` : '';
  return `<${tag}${id}>`;
}

const SENTENCE_END = /[.!?…。！？"”»’)\]]$/;
export function endsLikeSentence(s: string): boolean {
  return SENTENCE_END.test(s);
}

/**
 * A sentence of reported speech or a running clause ("Follow us, the protesters chanted.", "Listen
 * to the podcast and you will understand why."): never a label, however it begins. Label patterns
 * match whole texts, so without this a one-line story paragraph can read as a call to action.
 */
export function readsAsStorySentence(text: string): boolean {
  return onceForText(storySentenceShape, text);
}

/**
 * ", the minister said", ", a spokesman told". Tested on the lower-cased text, without the `i`
 * flag: with `iu`, V8 closes `\p{L}` under case folding when it compiles the pattern, which is
 * most of its cost (2.6 against 1.1 ms, Chromium 156), paid afresh in every tab (issue 11).
 * `\p{M}`: lower-casing 'İ' leaves 'i' and a combining dot.
 */
const SAID_CLAUSE =
  /,\s*(?:(?:the|a|an|his|her|their|its|our)\s+)?(?:[\p{L}\p{M}’'-]+\s+){0,3}?(?:said|says|told|urged|warned|added|argued|wrote|noted|explained|asked|found|chanted|recalled|insisted|replied|announced|reported|claimed|shouted|admitted|agreed)\b/u;

function storySentenceShape(text: string): boolean {
  return SAID_CLAUSE.test(text.toLowerCase()) || /\b(?:and|but|so) you (?:will|would|can|could|may|might)\b|\baccording to\b/i.test(text);
}
