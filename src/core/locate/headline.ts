import { NOT_HEADLINE } from '../site-chrome';
import { textOf, nameTokens, normalizeSpace } from '../text';
import { jsonLdArticle, metaContent, pageTitle } from './metadata';
import { wordSimilarity } from './similarity';
import { titleWithoutSiteName } from './title-site';

/** What the page says its headline is, in its metadata (may differ from the visible one). */
function headlineHints(doc: Document): string[] {
  const ld = jsonLdArticle(doc);
  const hints = [
    typeof ld?.headline === 'string' ? ld.headline : null,
    typeof ld?.alternativeHeadline === 'string' ? ld.alternativeHeadline : null,
    typeof ld?.name === 'string' ? ld.name : null,
    metaContent(doc, 'og:title'),
    metaContent(doc, 'twitter:title'),
    titleWithoutSiteName(doc),
    normalizeSpace(pageTitle(doc)),
  ];
  return hints.filter((h): h is string => !!h && h.trim().length > 0);
}

const NOT_HEADLINE_WORDS = new Set([
  'logo',
  'brand',
  'masthead',
  'site',
  'sitename',
  'navbar',
  'nav',
  'menu',
  'promo',
  'banner',
  'newsletter',
  'paywall',
  'subscribe',
  'subscription',
  'modal',
  'dialog',
  'cookie',
  'consent',
]);
const BANNER_TEXT = /\b(subscribe|subscription|sign (up|in)|log ?in|newsletter|cookies?|privacy|advertisement|your account|register)\b/i;

function inChrome(el: Element): boolean {
  return !!el.closest(NOT_HEADLINE);
}

/** Headline-ish class/id words on the element or its wrapper (`headline`, `title`, `heading`). */
function namedHeadline(el: Element): boolean {
  const own = [...nameTokens(el), ...(el.parentElement ? nameTokens(el.parentElement) : [])];
  return own.some((w) => /^(headline|title|heading|hed|entry|article|story|post)/.test(w));
}

/**
 * Weights of the headline score. Agreement with the metadata's headlines dominates (up to 3);
 * being an <h1>, 20+ characters long, named a headline or inside the article add a little each.
 * Each sign of a logo, a section name or a banner outweighs those bonuses together, so a logo in
 * an <h1> loses to the real headline in an <h2>.
 */
const SCORE = {
  similarity: 3,
  longEnough: 0.5,
  h1: 0.5,
  namedHeadline: 0.4,
  inArticle: 0.5,
  inChrome: -2,
  notHeadlineName: -2,
  smallImage: -1.5,
  siteName: -2,
  shortAndUnlike: -1,
  bannerText: -1.5,
  homeLink: -2,
};
/** Below this, agreement with the metadata does not excuse a short or banner-like text. */
const WEAK_SIMILARITY = 0.5;
/** An <h1> scoring at least this is the headline without looking further. */
const MIN_H1_SCORE = 1;

function score(el: Element, hints: string[], siteNames: string[]): number {
  const text = headlineText(el);
  if (text.length < 3) return -Infinity;
  const words = text.split(/\s+/).length;
  const similarity = Math.max(0, ...hints.map((h) => wordSimilarity(text, h)));
  let s = similarity * SCORE.similarity;
  if (text.length >= 20) s += SCORE.longEnough;
  if (el.tagName === 'H1' || el.getAttribute('aria-level') === '1') s += SCORE.h1;
  if (el.getAttribute('itemprop') === 'headline' || namedHeadline(el)) s += SCORE.namedHeadline;
  if (el.closest('article, main, [role="main"], [itemprop="articleBody"]')) s += SCORE.inArticle;
  if (inChrome(el)) s += SCORE.inChrome;
  if (nameTokens(el).some((w) => NOT_HEADLINE_WORDS.has(w))) s += SCORE.notHeadlineName;
  if (el.querySelector('img, svg') && text.length < 30) s += SCORE.smallImage;
  // A section name or the site's name in an <h1> ("Politics", "The Daily News").
  if (siteNames.some((n) => n.toLowerCase() === text.toLowerCase())) s += SCORE.siteName;
  if (words <= 2 && similarity < WEAK_SIMILARITY) s += SCORE.shortAndUnlike;
  if (BANNER_TEXT.test(text) && similarity < WEAK_SIMILARITY) s += SCORE.bannerText;
  const link = el.querySelector('a[href]');
  if (link && textOf(link) === textOf(el) && /^\/?$|^https?:\/\/[^/]+\/?$/.test(link.getAttribute('href') ?? '')) s += SCORE.homeLink;
  return s;
}

/**
 * The visible headline element. Candidates are h1s (then headline-ish h2s and itemprop=headline);
 * each is scored by agreement with the metadata hints and penalised when it looks like a logo,
 * section name or banner (traps: an earlier <h1> holding the site logo, a subscription banner).
 * Pages without a usable <h1> (spiegel.de puts its headline in an <h2>) fall back to the heading
 * that best matches the metadata.
 */
export function findHeadline(doc: Document): Element | null {
  const body = doc.body;
  if (!body) return null;
  const hints = headlineHints(doc);
  const siteNames = [metaContent(doc, 'og:site_name', 'application-name')].filter((s): s is string => !!s);
  const pick = (candidates: Element[]): [Element | null, number] => {
    let best: Element | null = null;
    let bestScore = -Infinity;
    for (const el of candidates.slice(0, 50)) {
      const s = score(el, hints, siteNames);
      if (s > bestScore) {
        bestScore = s;
        best = el;
      }
    }
    return [best, bestScore];
  };
  // Headings that are not <h1> elements but say they are one: ARIA level 1, Bootstrap's .h1 (ietf-1).
  const [h1, h1Score] = pick(Array.from(body.querySelectorAll('h1, [itemprop="headline"], [role="heading"][aria-level="1"], .h1')));
  // Not the whole <title>: it holds the site's name, which a blog's <h1> repeats (corpus tumblr).
  const rawTitle = normalizeSpace(pageTitle(doc));
  const exact = metadataHeadlineHeading(body, hints.filter((h) => h !== rawTitle).slice(0, 4), h1);
  if (exact) return exact;
  if (h1 && h1Score >= MIN_H1_SCORE) return h1;
  const secondary = Array.from(body.querySelectorAll('h2, h3, [class*="headline"], [class*="Headline"]')).filter((h) => {
    if (/^H[23]$/.test(h.tagName) && namedHeadline(h)) return true;
    const text = headlineText(h);
    return text.length >= 10 && text.length <= 300 && hints.some((hint) => wordSimilarity(textOf(h), hint) >= 0.6);
  });
  const [h2, h2Score] = pick(secondary.filter((h) => !secondary.some((o) => o !== h && h.contains(o))));
  if (h2 && h2Score > h1Score) return h2;
  return h1;
}

/**
 * A blog's name in the <h1> and the post's title in an <h2> (tumblr, many blogs): when the <h1>
 * barely matches the metadata headline and a heading below it repeats that headline word for word.
 */
function metadataHeadlineHeading(body: Element, hints: string[], h1: Element | null): Element | null {
  if (hints.length === 0) return null;
  const h1Match = h1 ? Math.max(0, ...hints.map((h) => wordSimilarity(headlineText(h1), h))) : 0;
  if (h1Match >= 0.5) return null;
  for (const h of Array.from(body.querySelectorAll('h2, h3')).slice(0, 60)) {
    const text = headlineText(h);
    if (text.length < 10 || inChrome(h)) continue;
    if (hints.some((hint) => wordSimilarity(text, hint) >= 0.9)) return h;
  }
  return null;
}

const ACTION =
  /^(add to\b|save\b|saved\b|follow\b|share\b|bookmark|subscribe|listen\b|gift\b|merken|teilen|ajouter|enregistrer|guardar|seguir|salva|保存|フォロー)/i;
const LABEL_WORDS =
  /^(label|labels|kicker|eyebrow|flag|badge|overline|topline|rubric|dachzeile|surtitre|antetitulo|tag|tags|pill|chip|prefix|supertitle|pretitle)$/;
const HIDDEN_WORDS = /^(sr|visually|visuallyhidden|screenreader|offscreen)$/;

function isVisuallyHidden(el: Element): boolean {
  const tokens = nameTokens(el);
  return tokens.some((w) => HIDDEN_WORDS.test(w)) && tokens.some((w) => /^(only|hidden|text|reader)$/.test(w) || w === 'visuallyhidden');
}

/**
 * The headline as a reader sees it: without what sits inside the heading but is not the title
 * (an "Add to myFT" or "Save" link or button, a label or kicker such as "Exclusive" or a section
 * name above the title, screen-reader-only text, icons).
 */
export function headlineText(el: Element): string {
  const clone = el.cloneNode(true) as Element;
  const full = textOf(clone);
  for (const junk of Array.from(clone.querySelectorAll('button, svg, img, script, style, noscript, [role="button"], input, select')))
    junk.remove();
  for (const x of Array.from(clone.querySelectorAll('*'))) {
    if (clone.contains(x) && isVisuallyHidden(x)) x.remove();
  }
  for (const a of Array.from(clone.querySelectorAll('a'))) {
    const t = textOf(a);
    if (t && t !== textOf(clone) && (ACTION.test(t) || /^[¶#§🔗⚓]$/u.test(t) || (t.length <= 24 && /^(\+|\u2795|☆|★)/.test(t))))
      a.remove();
  }
  for (const x of Array.from(clone.querySelectorAll('*'))) {
    const t = textOf(x);
    if (!t || t === textOf(clone)) continue;
    if (nameTokens(x).some((w) => LABEL_WORDS.test(w)) && t.length < textOf(clone).length / 2) x.remove();
  }
  stripKicker(clone);
  const text = textOf(clone);
  return text.length >= 3 ? text : full;
}

/**
 * A heading made of a short first line and the title (spiegel.de: "<span>Bürgerämter in
 * Berlin-Pankow</span><span>Vier Tage Arbeit, kürzere Wartezeiten</span>"): the first line is a
 * kicker. Only when every word of the heading sits in its child elements, and the kicker is
 * styled as its own line or ends with a colon.
 */
function stripKicker(heading: Element): void {
  const kids = Array.from(heading.children).filter((c) => textOf(c).length > 0);
  if (kids.length < 2 || kids.length > 3) return;
  const loose = Array.from(heading.childNodes).some((n) => n.nodeType === 3 && (n.textContent ?? '').trim().length > 0);
  if (loose) return;
  const [first, ...rest] = kids;
  const firstText = textOf(first);
  const restText = rest.map(textOf).join(' ');
  if (firstText.split(/\s+/).length > 6 || firstText.length >= restText.length * 1.2) return;
  const ownLine =
    /^(DIV|P|SMALL|HEADER)$/.test(first.tagName) || nameTokens(first).includes('block') || first.nextElementSibling?.tagName === 'BR';
  if (ownLine || /[:|]$/.test(firstText)) first.remove();
}
