import type { JsonLdObject } from '../locate/metadata';

/**
 * JSON-LD for extraction: like locate/metadata's reader (every object, @graph and arrays
 * flattened), but it also reads blocks wrapped in `<![CDATA[ … ]]>` or HTML comments, as some
 * publishers (nbcnews.com) serve them, and it is cached per document.
 */
const ARTICLE = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|TechArticle|SocialMediaPosting)$/;
const cache = new WeakMap<Document, JsonLdObject[]>();

function unwrap(text: string): string {
  return text.trim().replace(/^<!\[CDATA\[/, '').replace(/\]\]>$/, '').replace(/^<!--/, '').replace(/-->$/, '').trim();
}

export function ldObjects(doc: Document): JsonLdObject[] {
  const cached = cache.get(doc);
  if (cached) return cached;
  const out: JsonLdObject[] = [];
  const visit = (v: unknown, depth: number): void => {
    if (depth > 5 || !v || typeof v !== 'object') return;
    if (Array.isArray(v)) return v.forEach((x) => visit(x, depth + 1));
    const obj = v as JsonLdObject;
    out.push(obj);
    if (obj['@graph']) visit(obj['@graph'], depth + 1);
    if (obj.mainEntity) visit(obj.mainEntity, depth + 1);
  };
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json" i]'))) {
    try {
      visit(JSON.parse(unwrap(s.textContent ?? '')), 0);
    } catch {
      // Malformed JSON-LD is common; it is a hint, never required.
    }
  }
  cache.set(doc, out);
  return out;
}

const types = (o: JsonLdObject): string[] => (Array.isArray(o['@type']) ? o['@type'] : [o['@type']]).filter((t): t is string => typeof t === 'string');

/** The article object: a news/article type first, a WebPage only when there is none. */
export function ldArticle(doc: Document): JsonLdObject | null {
  const all = ldObjects(doc);
  return all.find((o) => types(o).some((t) => ARTICLE.test(t))) ?? null;
}

/** Resolve a `{"@id": …}` reference against the document's JSON-LD objects. */
export function ldResolve(doc: Document, v: unknown): unknown {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return v;
  const obj = v as JsonLdObject;
  if (typeof obj['@id'] !== 'string' || Object.keys(obj).length > 2) return v;
  return ldObjects(doc).find((o) => o !== obj && o['@id'] === obj['@id'] && Object.keys(o).length > 2) ?? v;
}
