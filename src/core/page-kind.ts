import { countCjk } from './cjk';
import { DATED_POST_MIN_CHARS, isDatedPost } from './dated-post';
import type { ArticleParts } from './locate/article-locator';
import { proseRegion } from './locate/prose-region';
import { hasListingJsonLd, isArticleOgType, jsonLdArticle } from './locate/metadata';
import { paywallPrompts } from './rules/promos';
import { readsAsTitle } from './locate/teaser-card';
import { textOf } from './text';

export interface PageKind {
  isArticle: boolean;
  /** Why, as a `_locales` key (`reason_page_…`) and its parameters, worded where it is shown. */
  reason: string;
  params?: string[];
}

/**
 * Prose an article needs. Without metadata, 800 characters in 3 paragraphs: more than a teaser's
 * blurb or a product page's description; a page that says it is an article (og:type, JSON-LD)
 * may be a short brief. A listing's metadata or a root/section URL triples the characters: a
 * section front's intro text must not read as a story.
 */
const PROSE_CHARS = { saysArticle: 300, otherwise: 800 };
const PARAGRAPHS = { paywalled: 1, saysArticle: 2, otherwise: 3 };
const LISTING_FACTOR = 3;
/** Story-link headings that make a page a listing, when they are at least half the paragraphs. */
const MIN_TEASER_HEADINGS = 6;

/**
 * Article or not. Heuristic hiding runs only on articles; elsewhere (home pages, section fronts,
 * search results, web apps) only the certain `exact` selectors apply. An article needs a body of
 * prose; metadata that says "article" lowers the bar, listing metadata or a URL at a site's root
 * raises it.
 */
export function detectPageKind(doc: Document, parts: ArticleParts, url?: string): PageKind {
  if (!doc.body || !parts.root) return { isArticle: false, reason: 'reason_page_no_body' };
  const paragraphs = parts.prose.filter((p) => !/^(H[2-6]|LI|TD|DD|FIGCAPTION)$/.test(p.tagName)).length + parts.holders.length;
  // A paywall prompt under the prose: the story is cut short for this reader, one paragraph may show.
  const paywalled = hasPaywallPrompt(parts.root);
  const saysArticle = !!jsonLdArticle(doc) || isArticleOgType(doc) || paywalled;
  const saysListing = hasListingJsonLd(doc) && !jsonLdArticle(doc);
  const rootPath = url ? isSiteRootOrSection(url) : false;
  // Story links count only in the prose's own region: a river of teasers after a real article (or
  // a related rail inside the same column, thenassauguardian) does not make it a listing.
  // Only links that read as titles: a share bar's "SHARE / TWEET" and a tag line's "Comics" in
  // <h3>s are not story links (boingboing.net.millenials).
  const teaserHeadings = Array.from(proseRegion(parts).querySelectorAll(TEASER_HEADINGS)).filter((h) => readsAsTitle(textOf(h))).length;
  if (teaserHeadings >= MIN_TEASER_HEADINGS && teaserHeadings * 2 >= paragraphs) {
    return { isArticle: false, reason: 'reason_page_story_links', params: [String(teaserHeadings)] };
  }
  let needChars = saysArticle ? PROSE_CHARS.saysArticle : PROSE_CHARS.otherwise;
  if (saysListing || rootPath) needChars *= LISTING_FACTOR;
  // A CJK character carries about what two Latin letters do (caixin: 291 characters of Chinese).
  const chars = parts.proseChars + countCjk(parts.prose.map((p) => textOf(p)).join(''));
  const needParagraphs = paywalled ? PARAGRAPHS.paywalled : saysArticle ? PARAGRAPHS.saysArticle : PARAGRAPHS.otherwise;
  if (chars >= needChars && paragraphs >= needParagraphs) {
    return { isArticle: true, reason: 'reason_page_prose', params: [String(paragraphs), String(parts.proseChars)] };
  }
  // A one-paragraph brief that says it is a dated post under its own headline (dated-post.ts).
  if (!saysListing && !rootPath && paragraphs >= 1 && chars >= DATED_POST_MIN_CHARS && isDatedPost(doc, parts)) {
    return { isArticle: true, reason: 'reason_page_prose', params: [String(paragraphs), String(parts.proseChars)] };
  }
  return { isArticle: false, reason: 'reason_page_short_prose', params: [String(parts.proseChars)] };
}

/** A paywall prompt inside the body's region: the story is cut short for this reader, not absent. */
function hasPaywallPrompt(root: Element): boolean {
  const walker = root.ownerDocument.createTreeWalker(root, SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentElement;
    if (!parent || (n.nodeValue ?? '').trim().length < 4) continue;
    const text = textOf(parent);
    if (text.length <= PROMPT_MAX_CHARS && paywallPrompts.some((re) => re.test(text))) return true;
  }
  return false;
}

const SHOW_TEXT = 4;
const PROMPT_MAX_CHARS = 200;
const TEASER_HEADINGS = 'h2 a, h3 a, a h2, a h3';

function isSiteRootOrSection(url: string): boolean {
  try {
    const path = new URL(url).pathname.replace(/\/+$/, '');
    const segments = path.split('/').filter(Boolean);
    return segments.length === 0 || (segments.length === 1 && !/[-_\d]/.test(segments[0]));
  } catch {
    return false;
  }
}
