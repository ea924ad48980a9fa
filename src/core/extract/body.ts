import { Readability } from '@mozilla/readability';
import type { ArticleParts } from '../locate/article-locator';
import { isMarkedHidden } from '../marks';
import { normalizeSpace, textOf } from '../text';
import { isFurnitureLine } from './clutter-lines';
import { textLines } from './text-blocks';

interface ReadabilityMeta {
  title: string | null;
  byline: string | null;
  excerpt: string | null;
  publishedTime: string | null;
  siteName: string | null;
  lang: string | null;
}

export interface BodyResult {
  /** Paragraphs of the story, in order. */
  paragraphs: string[];
  source: 'readability' | 'located' | 'none';
  readability: ReadabilityMeta | null;
}

type Parsed = ReturnType<Readability<Node>['parse']>;

function runReadability(clone: Document): Parsed {
  try {
    return new Readability<Node>(clone, { serializer: (n) => n }).parse();
  } catch {
    return null;
  }
}

/** The located prose blocks of the live page that the reader still sees (outermost only). */
export function visibleProse(parts: Pick<ArticleParts, 'prose'>): string[] {
  const blocks = parts.prose.filter((p) => !isMarkedHidden(p));
  return blocks
    .filter((p) => !blocks.some((o) => o !== p && o.contains(p)))
    .map(textOf)
    .filter(Boolean);
}

/**
 * The story's text: Readability on the cleaned copy (which no longer holds the ads, promos and
 * related blocks the engine hid), minus leftover furniture lines and a repeated headline. When
 * Readability fails or keeps far less than the located prose, the located prose is the body.
 */
export function extractBody(clone: Document, parts: ArticleParts | null, title: string | null): BodyResult {
  const parsed = runReadability(clone);
  const meta: ReadabilityMeta | null = parsed
    ? {
        title: parsed.title ?? null,
        byline: parsed.byline ?? null,
        excerpt: parsed.excerpt ?? null,
        publishedTime: parsed.publishedTime ?? null,
        siteName: parsed.siteName ?? null,
        lang: parsed.lang ?? null,
      }
    : null;
  const content = parsed?.content as Element | null | undefined;
  let paragraphs = content ? tidy(textLines(content), title) : [];
  let source: BodyResult['source'] = paragraphs.length ? 'readability' : 'none';
  const located = parts ? tidy(visibleProse(parts), title) : [];
  const length = (xs: string[]): number => xs.reduce((n, x) => n + x.length, 0);
  // Readability's choice stands unless it found (next to) nothing: the located prose does not know
  // about invisible nodes or comments, so it is only a fallback.
  if (located.length && length(paragraphs) < Math.min(140, length(located) * 0.25)) {
    paragraphs = located;
    source = 'located';
  }
  return { paragraphs, source, readability: meta };
}

function tidy(lines: string[], title: string | null): string[] {
  const out = lines.map(normalizeSpace).filter((l) => l && !isFurnitureLine(l));
  if (title && out.length && normalizeSpace(out[0]).toLowerCase() === normalizeSpace(title).toLowerCase()) out.shift();
  return out;
}
