/** Page metadata the locator uses as hints: JSON-LD article objects and meta tags. */

export type JsonLdObject = Record<string, unknown>;

const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|BackgroundNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|TechArticle|SocialMediaPosting)$/;
const LISTING_TYPES = /^(WebSite|CollectionPage|SearchResultsPage|ItemList|SiteNavigationElement|ProfilePage)$/;

function typesOf(obj: JsonLdObject): string[] {
  const t = obj['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

/** Every object in every JSON-LD block, with @graph and arrays flattened. Bad JSON is skipped. */
export function jsonLdObjects(doc: Document): JsonLdObject[] {
  const out: JsonLdObject[] = [];
  const visit = (v: unknown, depth: number): void => {
    if (depth > 4 || !v || typeof v !== 'object') return;
    if (Array.isArray(v)) return v.forEach((x) => visit(x, depth + 1));
    const obj = v as JsonLdObject;
    out.push(obj);
    if (obj['@graph']) visit(obj['@graph'], depth + 1);
    if (obj.mainEntity) visit(obj.mainEntity, depth + 1);
  };
  for (const s of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    try {
      visit(JSON.parse(s.textContent ?? ''), 0);
    } catch {
      // Malformed JSON-LD is common on real sites; it is a hint, never required.
    }
  }
  return out;
}

export function jsonLdArticle(doc: Document): JsonLdObject | null {
  return jsonLdObjects(doc).find((o) => typesOf(o).some((t) => ARTICLE_TYPES.test(t))) ?? null;
}

export function hasListingJsonLd(doc: Document): boolean {
  return jsonLdObjects(doc).some((o) => typesOf(o).some((t) => t !== 'WebSite' && LISTING_TYPES.test(t)));
}

/** Content of `<meta property=…>` or `<meta name=…>`, first match wins. */
export function metaContent(doc: Document, ...keys: string[]): string | null {
  for (const key of keys) {
    const el =
      doc.querySelector(`meta[property="${key}"]`) ?? doc.querySelector(`meta[name="${key}"]`);
    const v = el?.getAttribute('content')?.trim();
    if (v) return v;
  }
  return null;
}

export function isArticleOgType(doc: Document): boolean {
  return /article/i.test(metaContent(doc, 'og:type') ?? '');
}
