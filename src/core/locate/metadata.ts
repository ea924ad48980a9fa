/** Page metadata the locator uses as hints: JSON-LD article objects and meta tags. */

/**
 * Caps on page-derived strings, applied where they are read: a hostile page can put megabytes in
 * a meta tag, a JSON-LD string or <title>, and every pattern after this sees at most this much.
 */
const MAX_META_CHARS = 2000;
/** A byline is at most 100 characters once cleaned: its raw text is cut at this before cleaning. */
export const MAX_BYLINE_CHARS = 300;
/** A longer "site name" is no site name: it is never stripped from a byline or a title. */
export const MAX_SITE_NAME_CHARS = 200;

const capped = (s: string): string => (s.length > MAX_META_CHARS ? s.slice(0, MAX_META_CHARS) : s);

/** The document's <title>, capped. */
export function pageTitle(doc: Pick<Document, 'title'>): string {
  return capped(doc.title ?? '');
}

export type JsonLdObject = Record<string, unknown>;

const ARTICLE_TYPES =
  /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|TechArticle|SocialMediaPosting)$/;
const LISTING_TYPES = /^(WebSite|CollectionPage|SearchResultsPage|ItemList|SiteNavigationElement|ProfilePage)$/;

function typesOf(obj: JsonLdObject): string[] {
  const t = obj['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

const ldCache = new WeakMap<Document, { count: number; objects: JsonLdObject[] }>();

/** Some publishers wrap JSON-LD in `<![CDATA[ … ]]>` or an HTML comment (nbcnews.com). */
function unwrap(text: string): string {
  return text
    .trim()
    .replace(/^<!\[CDATA\[/, '')
    .replace(/\]\]>$/, '')
    .replace(/^<!--/, '')
    .replace(/-->$/, '')
    .trim();
}

/**
 * Every object in every JSON-LD block, with @graph, mainEntity and arrays flattened; bad JSON is
 * skipped. Read once per document (again only when its number of scripts changes).
 */
export function jsonLdObjects(doc: Document): JsonLdObject[] {
  const scripts = doc.getElementsByTagName('script');
  const cached = ldCache.get(doc);
  if (cached && cached.count === scripts.length) return cached.objects;
  const out: JsonLdObject[] = [];
  const visit = (v: unknown, depth: number): void => {
    if (depth > 5 || !v || typeof v !== 'object') return;
    if (Array.isArray(v)) return v.forEach((x) => visit(x, depth + 1));
    const obj = v as JsonLdObject;
    out.push(obj);
    if (obj['@graph']) visit(obj['@graph'], depth + 1);
    if (obj.mainEntity) visit(obj.mainEntity, depth + 1);
  };
  for (const s of Array.from(scripts)) {
    if (s.getAttribute('type')?.trim().toLowerCase() !== 'application/ld+json') continue;
    try {
      visit(
        JSON.parse(unwrap(s.textContent ?? ''), (_key, v: unknown) => (typeof v === 'string' ? capped(v) : v)),
        0,
      );
    } catch {
      // Malformed JSON-LD is common on real sites; it is a hint, never required.
    }
  }
  ldCache.set(doc, { count: scripts.length, objects: out });
  return out;
}

export function jsonLdArticle(doc: Document): JsonLdObject | null {
  return jsonLdObjects(doc).find((o) => typesOf(o).some((t) => ARTICLE_TYPES.test(t))) ?? null;
}

export function hasListingJsonLd(doc: Document): boolean {
  return jsonLdObjects(doc).some((o) => typesOf(o).some((t) => t !== 'WebSite' && LISTING_TYPES.test(t)));
}

const metaCache = new WeakMap<Document, { count: number; map: Map<string, string> }>();

/**
 * The one `<meta>` reader. Every key of property, name and itemprop counts, lower-cased, and RDFa's
 * several keys in one attribute (property="dc:creator twitter:site_name") each count: a tag such
 * as `<meta property="og:title" name="title">` answers to both. The first value of a key in
 * document order wins. One scan per document, again only when its number of <meta> tags changes
 * (a live page can add them after the first pass).
 */
function metaIndex(doc: Document): Map<string, string> {
  const metas = doc.getElementsByTagName('meta');
  const cached = metaCache.get(doc);
  if (cached && cached.count === metas.length) return cached.map;
  const map = new Map<string, string>();
  for (const m of Array.from(metas)) {
    const value = capped(m.getAttribute('content') ?? '').trim();
    if (!value) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      for (const key of (m.getAttribute(attr) ?? '').trim().toLowerCase().split(/\s+/)) {
        if (key && !map.has(key)) map.set(key, value);
      }
    }
  }
  metaCache.set(doc, { count: metas.length, map });
  return map;
}

/** The value of the first of `keys` (property, name or itemprop, any case) the page sets. */
export function metaContent(doc: Document, ...keys: string[]): string | null {
  const index = metaIndex(doc);
  for (const key of keys) {
    const v = index.get(key.toLowerCase());
    if (v) return v;
  }
  return null;
}

export function isArticleOgType(doc: Document): boolean {
  return /article/i.test(metaContent(doc, 'og:type') ?? '');
}
