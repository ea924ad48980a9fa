import { jsonLdArticle, metaContent, type JsonLdObject } from '../locate/metadata';
import { normalizeSpace, textOf } from '../text';

const BY = /^(?:(?:written|words|text|reporting|story|posted|photos?)\s+)?(?:by|von|par|por|di|door|av|af|przez|από|tekst|texto|texte)\s*[:\s]\s*/i;
const AUTHOR_LINK = 'a[rel="author"], [itemprop="author"] [itemprop="name"], a[href*="/author"], a[href*="/authors/"], a[href*="/people/"], a[href*="/profile/"], a[href*="/profiles/"], a[href*="/person/"], a[href*="/journalist"], a[href*="/reporter"], a[href*="/autor"], a[href*="/auteur"], a[href*="/by/"], a[href*="/staff/"], a[href*="/writers/"], a[href*="/contributors/"]';
const STOP = /\s*(?:\b(?:updated|published|posted|last updated|modified|aktualisiert|veröffentlicht|mis à jour|publié le|actualizado|publicado|aggiornato)\b|\s[|/•·]\s|\||\b\d{1,2}[:.]\d{2}\b|\b\d{4}-\d{2}-\d{2}|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b).*$/i;

function personNames(v: unknown): string[] {
  const list = Array.isArray(v) ? v : [v];
  const out: string[] = [];
  for (const a of list) {
    if (typeof a === 'string' && a.trim() && !/^https?:/.test(a)) out.push(normalizeSpace(a));
    else if (a && typeof a === 'object') {
      const name = (a as JsonLdObject).name;
      if (typeof name === 'string' && name.trim()) out.push(normalizeSpace(name));
    }
  }
  return out;
}

/** A byline's text without "By", dates, "Updated …", roles after a slash or bar. */
export function cleanByline(text: string, siteName: string | null = null): string | null {
  let t = normalizeSpace(text).replace(BY, '');
  t = t.replace(STOP, '').replace(/[,;:–—-]\s*$/, '').trim();
  if (siteName) t = t.replace(new RegExp(`[,\\s]+(?:${siteName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})$`, 'i'), '').trim();
  t = t.replace(BY, '').replace(/[,;:–—-]\s*$/, '').trim();
  if (t.length < 2 || t.length > 120 || /^https?:/.test(t)) return null;
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
  if (end < 0) return null;
  const span = text.slice(start, end);
  return span.length <= names.join(' and ').length + 12 ? span : null;
}

export interface BylineSources {
  element: Element | null;
  readability: string | null;
  siteName: string | null;
}

/**
 * The author(s). JSON-LD names are trusted for spelling; the visible byline for how the names are
 * joined ("A and B"). Then the byline element's author links, then its cleaned text, then
 * <meta name=author>, then Readability's guess.
 */
export function bylineOf(doc: Document, src: BylineSources): string | null {
  const ld = jsonLdArticle(doc);
  const siteLower = src.siteName?.toLowerCase();
  const names = personNames(ld?.author ?? ld?.creator).filter((n) => n.toLowerCase() !== siteLower);
  if (names.length) {
    for (let el = src.element ?? authorLinkNear(doc), up = 0; el && up < 4; el = el.parentElement, up++) {
      const visible = textOf(el);
      if (visible.length > 300) break;
      const span = spanOfNames(visible, names);
      if (span) return span;
    }
    return names.join(', ');
  }
  const element = src.element ?? authorLinkNear(doc);
  if (element) {
    const links = Array.from(element.querySelectorAll(AUTHOR_LINK)).map(textOf).filter((t) => t.length > 1 && t.length < 60);
    const text = textOf(element);
    const span = links.length ? spanOfNames(text, [...new Set(links)]) : element.matches('a') ? text : null;
    if (span) return cleanByline(span, src.siteName);
    const cleaned = cleanByline(text, src.siteName);
    if (cleaned) return cleaned;
  }
  const meta = metaContent(doc, 'author', 'article:author', 'dc.creator', 'DC.creator', 'parsely-author', 'sailthru.author', 'byl');
  const fromMeta = meta && !/^https?:/.test(meta) ? cleanByline(meta, src.siteName) : null;
  if (fromMeta) return fromMeta;
  return src.readability ? cleanByline(src.readability, src.siteName) : null;
}

/** Pages whose byline has no byline-ish markup: the first author link outside the site's chrome. */
function authorLinkNear(doc: Document): Element | null {
  for (const a of Array.from(doc.body?.querySelectorAll(AUTHOR_LINK) ?? []).slice(0, 20)) {
    const t = textOf(a);
    if (t.length >= 3 && t.length <= 60 && !a.closest('nav, footer, aside, [role="navigation"]')) return a;
  }
  return null;
}
