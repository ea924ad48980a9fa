import { jsonLdArticle, jsonLdObjects, metaContent, pageTitle, type JsonLdObject } from '../locate/metadata';
import { siteNameInTitle } from '../locate/title-site';
import { normalizeSpace } from '../text';

/** Page-level facts from metadata: site name, language, lead image, description. */

function str(v: unknown): string | null {
  return typeof v === 'string' && v.trim() ? normalizeSpace(v) : null;
}

function nameOf(v: unknown, doc?: Document): string | null {
  if (Array.isArray(v)) return nameOf(v[0], doc);
  if (v && typeof v === 'object') {
    const obj = v as JsonLdObject;
    const name = str(obj.name);
    if (name || !doc || typeof obj['@id'] !== 'string') return name;
    // A reference into the @graph: {"@id": "…#organization"}.
    return str(jsonLdObjects(doc).find((o) => o['@id'] === obj['@id'] && o !== obj && o.name)?.name);
  }
  return str(v);
}

/** The site name the page declares (og:site_name, JSON-LD publisher), not one guessed from <title>. */
export function declaredSiteName(doc: Document, name: string | null = siteNameOf(doc)): string | null {
  return name && name === siteNameInTitle(pageTitle(doc)) && !metaContent(doc, 'og:site_name', 'application-name') ? null : name;
}

/** The site's name: og:site_name / application-name, then JSON-LD publisher, then the WebSite object. */
export function siteNameOf(doc: Document): string | null {
  const ld = jsonLdArticle(doc);
  const fromLd = nameOf(ld?.publisher, doc) ?? nameOf(ld?.sourceOrganization, doc);
  const fromMeta = oneName(metaContent(doc, 'og:site_name', 'application-name', 'apple-mobile-web-app-title'), pageTitle(doc));
  const website = jsonLdObjects(doc).find((o) => o['@type'] === 'WebSite');
  // og:site_name is the name readers see; JSON-LD often names the company ("… Inc.", "….com").
  // Where both agree but for case ("the Guardian"), the JSON-LD spelling is the proper name.
  // A domain in og:site_name ("Keystone.com") is the name with a TLD: the JSON-LD name is cleaner.
  const bare = fromMeta?.replace(/\.(com|co\.uk|net|org|news|de|fr|es|it|jp|in)$/i, '');
  // …also written without spaces or 'The' (boston-globe: 'BayStateGlobe.com'; miami-herald: 'biscayneherald').
  const squash = (s: string): string =>
    s
      .toLowerCase()
      .replace(/^the\s+/, '')
      .replace(/[^\p{L}\p{N}]/gu, '');
  if (fromMeta && fromLd && bare && squash(bare) === squash(fromLd)) return fromLd;
  const candidates = [fromMeta, fromLd, nameOf(website), siteNameInTitle(pageTitle(doc))].filter(
    (s): s is string => !!s && !/^https?:/.test(s),
  );
  return candidates[0] ?? null;
}

/** "Portal | Press" in og:site_name: the part the <title> ends or starts with, else the first. */
function oneName(name: string | null, title: string): string | null {
  if (!name) return null;
  const parts = name
    .split(/(?<!\s)\s+[|·•]\s+/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.length < 2) return name;
  const t = title.trim().toLowerCase();
  return parts.find((p) => t.endsWith(p.toLowerCase()) || t.startsWith(p.toLowerCase())) ?? parts[0];
}

/** BCP 47 language of the page: <html lang>, Content-Language, og:locale, JSON-LD inLanguage. */
export function langOf(doc: Document): string | null {
  const html = doc.documentElement?.getAttribute('lang') ?? doc.documentElement?.getAttribute('xml:lang');
  const httpEquiv = doc.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content');
  const og = metaContent(doc, 'og:locale');
  const ld = str(jsonLdArticle(doc)?.inLanguage);
  for (const v of [html, httpEquiv, og, ld]) {
    const tag = v
      ?.trim()
      .split(/[,;\s]/)[0]
      .replace(/_/g, '-');
    if (tag && /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i.test(tag)) return tag;
  }
  return null;
}

function absolute(url: string | null, doc: Document): string | null {
  if (!url) return null;
  try {
    return new URL(url, doc.baseURI || undefined).href;
  } catch {
    return url;
  }
}

function imageUrl(v: unknown): string | null {
  if (Array.isArray(v)) return imageUrl(v[0]);
  if (v && typeof v === 'object') return str((v as JsonLdObject).url) ?? str((v as JsonLdObject).contentUrl);
  return str(v);
}

/** The lead image: og:image, twitter:image, JSON-LD image, <link rel=image_src>. Absolute URL. */
export function imageOf(doc: Document): string | null {
  const meta = metaContent(doc, 'og:image:secure_url', 'og:image', 'og:image:url', 'twitter:image', 'twitter:image:src');
  const ld = imageUrl(jsonLdArticle(doc)?.image) ?? imageUrl(jsonLdArticle(doc)?.thumbnailUrl);
  const link = doc.querySelector('link[rel="image_src"]')?.getAttribute('href') ?? null;
  return absolute(meta ?? ld ?? link, doc);
}

/**
 * The excerpt (CLI and bench field): the page's most deliberate description, in Readability's
 * order of trust: JSON-LD, Dublin Core, OpenGraph, then name=description and Twitter.
 */
export function excerptOf(doc: Document): string | null {
  const ld = jsonLdArticle(doc);
  const v =
    str(ld?.description) ??
    metaContent(doc, 'dc:description', 'dcterm:description', 'dc.description', 'og:description', 'description', 'twitter:description');
  return v ? normalizeSpace(v) : null;
}

/** Every description the page gives, best first (meta description is written for readers). */
export function descriptionsOf(doc: Document): string[] {
  const ld = jsonLdArticle(doc);
  const all = [
    metaContent(doc, 'description'),
    metaContent(doc, 'og:description'),
    metaContent(doc, 'twitter:description'),
    str(ld?.description),
    metaContent(doc, 'dc.description', 'DC.description'),
  ];
  const seen = new Set<string>();
  return all
    .filter((d): d is string => {
      if (!d || seen.has(d)) return false;
      seen.add(d);
      return true;
    })
    .map(normalizeSpace);
}
