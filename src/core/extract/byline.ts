import { MAX_BYLINE_CHARS, MAX_SITE_NAME_CHARS, jsonLdArticle, metaContent, type JsonLdObject } from '../locate/metadata';
import { nameTokens, normalizeSpace, textOf } from '../text';
import { AUTHOR_HREF, BY_PREFIX } from '../byline-patterns';
import { CHROME } from '../site-chrome';
import { ldResolve } from './json-ld';

// Patterns here run on page text: each is linear (no two quantifiers can share a run of the same
// characters; `(?<!\s)` starts a leading `\s*` only where a run of spaces begins). See
// test/unit/safety/regex-safety.test.ts.
const STOP =
  /(?<!\s)\s*(?:\b(?:updated|published|posted|last updated|modified|edited by|additional reporting|photographs? by|illustrations? by|aktualisiert|veröffentlicht|mis à jour|publié le|actualizado|publicado|aggiornato)\b|\s[|/•·](?:\s|$)|\||\b\d{1,2}[:.]\d{2}\b|\b\d{4}-\d{2}-\d{2}|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\.?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+\d).*$/i;
const ROLE =
  /,\s*(?:(?:senior|chief|staff|deputy|associate|contributing|special|executive|managing|political|foreign|business|science|health|sports?|tech(?:nology)?|environment(?:al)?)\s+)*(?:editor|correspondent|reporter|writer|contributor|technologist|director|professor|columnist|analyst|producer|journalist|critic|fellow|president|officer|manager|at\b|for\b|in\b).*$/i;
const ACTION =
  /^(follow|unfollow|following|profile|feed|rss|e-?mail|contact|subscribe|more|bio|view (all|profile)|twitter|facebook|linkedin|instagram|x)$/i;

/**
 * A JSON-LD `@type` or `name` as text: a string as it is, a list joined with commas, a number as
 * its digits; an object or nothing is ''.
 */
function ldText(v: unknown): string {
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return v.map(ldText).join(',');
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return '';
}

function personNames(v: unknown, doc: Document): string[] {
  const list = Array.isArray(v) ? v : [v];
  const out: string[] = [];
  for (const item of list) {
    const a = ldResolve(doc, item);
    if (typeof a === 'string' && a.trim() && !/^https?:/.test(a)) out.push(normalizeSpace(a));
    else if (a && typeof a === 'object') {
      // An organisation as author ("VandaagNieuws") is no byline.
      if (/Organization/.test(ldText((a as JsonLdObject)['@type']))) continue;
      const name = (a as JsonLdObject).name;
      for (const n of Array.isArray(name) ? name : [name]) if (typeof n === 'string' && n.trim()) out.push(normalizeSpace(n));
    }
  }
  return out;
}

/** A byline's text without "By", handles, e-mail, dates, "Updated …", roles after a comma or bar. */
export function cleanByline(text: string, siteName: string | null = null): string | null {
  // A byline is at most 100 characters once cleaned: more than MAX_BYLINE_CHARS is never needed.
  let t = normalizeSpace(text)
    .slice(0, MAX_BYLINE_CHARS)
    .replace(/<[^<>@]*@[^<>]*>|\(\s*https?:[^()]*\)|(?<!\S)[^\s@]+@[\w-]+(?:\.[\w-]+)+|https?:\/\/\S+|(^|\s)@\w+/g, ' ')
    .replace(/\s+/g, ' ')
    .replace(BY_PREFIX, '');
  t = t
    .replace(STOP, '')
    .replace(ROLE, '')
    .replace(/[,;:–—-]\s*$/, '')
    .trim();
  if (siteName && siteName.length <= MAX_SITE_NAME_CHARS)
    t = t.replace(new RegExp(`(?<![,\\s])[,\\s]+(?:${siteName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})$`, 'i'), '').trim();
  t = t
    .replace(BY_PREFIX, '')
    .replace(/[,;:–—-]\s*$/, '')
    .trim();
  if (t.length < 2 || t.length > 100 || /^https?:/.test(t) || !/\p{L}/u.test(t)) return null;
  return t;
}

/** The stretch of `text` from the first to the last of `names`, keeping the page's "and"/"und". */
function spanOfNames(text: string, names: string[]): string | null {
  const lower = text.toLowerCase();
  let start = Infinity;
  let end = -1;
  for (const n of names) {
    const i = lower.indexOf(n.toLowerCase());
    if (i < 0) return null;
    start = Math.min(start, i);
    end = Math.max(end, i + n.length);
  }
  const span = text.slice(start, end);
  return span.length <= names.join(' and ').length + 12 ? span : null;
}

/** Links to an author page, and itemprop=author names, inside `scope`. */
function authorLinks(scope: Element, limit = Infinity): Element[] {
  const out: Element[] = Array.from(scope.querySelectorAll('[itemprop~="author"] [itemprop="name"]'));
  for (const a of Array.from(scope.querySelectorAll('a[href]'))) {
    if (out.length >= limit) break;
    if (a.getAttribute('rel') === 'author' || AUTHOR_HREF.test(a.getAttribute('href') ?? '')) out.push(a);
  }
  return out.filter((a) => !ACTION.test(textOf(a)));
}

/** The byline element's words as shown: no buttons, icons, "Follow"/"Profile" links. */
function shownText(el: Element): string {
  const clone = el.cloneNode(true) as Element;
  for (const x of Array.from(
    clone.querySelectorAll('button, [role="button"], svg, img, script, style, noscript, time, [aria-hidden="true"]'),
  ))
    x.remove();
  for (const x of Array.from(clone.querySelectorAll('a, span'))) if (ACTION.test(textOf(x))) x.remove();
  // Adjacent blocks ("<h4>Name</h4><a>Profile</a>") must not run together.
  for (const x of Array.from(clone.querySelectorAll('div, p, h1, h2, h3, h4, h5, h6, li, br'))) x.append(' ');
  return textOf(clone);
}

export interface BylineSources {
  element: Element | null;
  readability: string | null;
  siteName: string | null;
}

const MORE_NAMES = /^(?:(?:\s+and|\s*&|\s+und|\s+et|\s+y|\s+e)\s+\p{Lu}[\p{L}'’.-]+(?:\s+\p{Lu}[\p{L}'’.-]+){0,2})+/u;

function fromElement(element: Element, siteName: string | null): string | null {
  const text = shownText(element);
  const links = [
    ...new Set(
      authorLinks(element)
        .map(textOf)
        .filter((t) => t.length > 1 && t.length < 60),
    ),
  ];
  const cleaned = cleanByline(text, siteName);
  if (cleaned && links.length && links.every((l) => cleaned.includes(l))) {
    // Names without links may come before the linked ones ("Stella Kim and <a>Jennifer Jett</a>"),
    // a role after them ("<a>Priya Holloway</a> Environment correspondent"): cut after the last.
    let end = Math.max(...links.map((l) => cleaned.indexOf(l) + l.length));
    // …but keep co-authors named without a link after it ("<a>Dana Whitcombe</a> and Marco Tessier").
    end += MORE_NAMES.exec(cleaned.slice(end))?.[0].length ?? 0;
    return cleanByline(cleaned.slice(0, end), siteName);
  }
  const span = links.length ? spanOfNames(text, links) : null;
  return span ? cleanByline(span, siteName) : cleaned;
}

/**
 * The author(s). JSON-LD names are trusted for spelling, the visible byline for how the names are
 * joined ("A and B"); then <meta name=author> (written for machines, so clean); then the visible
 * byline element's author links or cleaned text; then Readability's guess.
 */
export function bylineOf(doc: Document, src: BylineSources): string | null {
  const found = findByline(doc, src);
  if (!found) return null;
  // A byline that is only the site's name is an organisation, unless the page marks it as a
  // person: on a personal site the author is the site (corpus 001, toc-missing).
  return found.toLowerCase() !== src.siteName?.toLowerCase() || markedAsPerson(doc, found) ? found : null;
}

/** JSON-LD or microdata says `name` is a Person. */
function markedAsPerson(doc: Document, name: string): boolean {
  const lower = name.toLowerCase();
  const ld = jsonLdArticle(doc);
  for (const a of [ld?.author ?? ld?.creator].flat()) {
    const o = ldResolve(doc, a);
    if (
      o &&
      typeof o === 'object' &&
      /Person/.test(ldText((o as JsonLdObject)['@type'])) &&
      ldText((o as JsonLdObject).name)
        .trim()
        .toLowerCase() === lower
    )
      return true;
  }
  return Array.from(doc.querySelectorAll('[itemtype*="schema.org/Person"] [itemprop="name"]')).some(
    (n) => textOf(n).toLowerCase() === lower,
  );
}

/** A user handle, not a name ("CC7567", "jdoe_42"): one word with digits or underscores. */
const isHandle = (n: string): boolean => !/\s/.test(n) && /[\d_]/.test(n);

function findByline(doc: Document, src: BylineSources): string | null {
  const ld = jsonLdArticle(doc);
  const siteLower = src.siteName?.toLowerCase();
  const notSite = (n: string): boolean => n.toLowerCase() !== siteLower || markedAsPerson(doc, n);
  const names = personNames(ld?.author ?? ld?.creator, doc).filter(notSite);
  const element = src.element ?? authorLinkNear(doc);
  if (names.length && names.every(isHandle) && element) {
    // JSON-LD names a user handle, the byline shows the person's name (corpus wikia).
    const shown = fromElement(element, src.siteName);
    if (shown && /\s/.test(shown) && !isHandle(shown)) return shown;
  }
  if (names.length) {
    // The visible byline names more people than the JSON-LD does (nbc-news fixture: JSON-LD has
    // the first author only): the visible one, when it holds every JSON-LD name.
    const visibleAll = element ? fromElement(element, src.siteName) : null;
    if (visibleAll && visibleAll.length <= 100 && names.every((n) => visibleAll.toLowerCase().includes(n.toLowerCase()))) return visibleAll;
    for (let el = element, up = 0; el && up < 4; el = el.parentElement, up++) {
      const visible = textOf(el);
      if (visible.length > 300) break;
      const span = spanOfNames(visible, names);
      if (span) return span;
    }
    return names.join(', ');
  }
  const author = metaContent(
    doc,
    'dc.creator',
    'dc:creator',
    'dcterm:creator',
    'dcterms.creator',
    'author',
    'parsely-author',
    'sailthru.author',
    'byl',
    'article:author',
  );
  const fromMeta = author && !/^https?:/.test(author) ? cleanByline(author, src.siteName) : null;
  if (fromMeta && notSite(fromMeta)) return fromMeta;
  // JSON-LD that names only organisations as authors says: no personal byline.
  const ldOrgOnly = !!ld?.author && personNames(ld.author, doc).length === 0;
  const fromVisible = element && !ldOrgOnly ? fromElement(element, src.siteName) : null;
  if (fromVisible) return fromVisible;
  return src.readability ? cleanByline(src.readability, src.siteName) : null;
}

/** Pages whose byline has no byline-ish markup: the first author link outside the site's chrome. */
function authorLinkNear(doc: Document): Element | null {
  for (const a of doc.body ? authorLinks(doc.body, 20) : []) {
    const t = textOf(a);
    if (t.length >= 3 && t.length <= 60 && !a.closest(CHROME) && !inMenu(a)) return a;
  }
  return null;
}

/** Inside a site menu built without <nav> ("ul.nav > li.menu-dropdown > a Write", corpus royal-road). */
function inMenu(el: Element): boolean {
  let up = 0;
  for (let p = el.parentElement; p && up < 6; p = p.parentElement, up++) {
    if (nameTokens(p).some((w) => /^(nav|navbar|navigation|menu|dropdown|menubar)$/.test(w))) return true;
  }
  return false;
}
