import type { ArticleParts } from './article-locator';

/** The smallest element holding every prose paragraph of the body (the body root without its rails). */
export function proseRegion(parts: ArticleParts): Element {
  const root = parts.root!;
  const paragraphs = parts.prose.filter((p) => p.tagName === 'P');
  let region: Element | null = paragraphs[0] ?? null;
  for (const p of paragraphs.slice(1)) while (region && !region.contains(p)) region = region.parentElement;
  return region && root.contains(region) ? region : root;
}
