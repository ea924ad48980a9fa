import { jsonLdObjects, type JsonLdObject } from '../locate/metadata';

/** Resolve a `{"@id": …}` reference against the document's JSON-LD objects. */
export function ldResolve(doc: Document, v: unknown): unknown {
  if (!v || typeof v !== 'object' || Array.isArray(v)) return v;
  const obj = v as JsonLdObject;
  if (typeof obj['@id'] !== 'string' || Object.keys(obj).length > 2) return v;
  return jsonLdObjects(doc).find((o) => o !== obj && o['@id'] === obj['@id'] && Object.keys(o).length > 2) ?? v;
}
