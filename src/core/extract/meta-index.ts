/**
 * All <meta> values of a document by lower-cased property / name / itemprop, first value kept.
 * One pass over getElementsByTagName instead of a selector query per key (large pages in jsdom
 * make each querySelector a full walk).
 */
import { MAX_META_CHARS } from '../locate/metadata';

const cache = new WeakMap<Document, Map<string, string>>();

export function metaIndex(doc: Document): Map<string, string> {
  let index = cache.get(doc);
  if (index) return index;
  index = new Map();
  for (const m of Array.from(doc.querySelectorAll('meta[content]'))) {
    const content = (m.getAttribute('content') ?? '').slice(0, MAX_META_CHARS).trim();
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      // RDFa allows several properties in one attribute: property="dc:creator twitter:site_name".
      for (const key of (m.getAttribute(attr) ?? '').trim().toLowerCase().split(/\s+/)) {
        if (key && !index.has(key)) index.set(key, content);
      }
    }
  }
  cache.set(doc, index);
  return index;
}

/** The first of `keys` (property, name or itemprop, any case) that has a value. */
export function meta(doc: Document, ...keys: string[]): string | null {
  const index = metaIndex(doc);
  for (const k of keys) {
    const v = index.get(k.toLowerCase());
    if (v) return v;
  }
  return null;
}
