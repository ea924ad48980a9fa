import { headlineText } from '../locate/headline';
import { stripSiteName } from '../locate/title-site';
import { wordSimilarity } from '../locate/similarity';
import { nameTokens, normalizeSpace } from '../text';
import { jsonLdArticle, metaContent, pageTitle } from '../locate/metadata';

type TitleSource = 'visible' | 'json-ld' | 'og' | 'twitter' | 'title';

export interface TitleChoice {
  title: string | null;
  source: TitleSource | null;
}

function hints(doc: Document, siteName: string | null): Array<[TitleSource, string]> {
  const ld = jsonLdArticle(doc);
  const out: Array<[TitleSource, string | null]> = [
    ['json-ld', typeof ld?.headline === 'string' ? normalizeSpace(ld.headline) : null],
    ['og', metaContent(doc, 'og:title')],
    ['twitter', metaContent(doc, 'twitter:title')],
    ['title', pageTitle(doc).trim() ? stripSiteName(pageTitle(doc), siteName) : null],
  ];
  // The whole <title> is evidence too ("Mozilla - Wikipedia" vouches for an <h1> "Mozilla").
  const whole = normalizeSpace(pageTitle(doc));
  return out
    .filter((h): h is [TitleSource, string] => !!h[1] && h[1].length > 1)
    .concat(whole ? [['title', whole] as [TitleSource, string]] : []);
}

/**
 * The headline. The visible one wins whenever the evidence says it is the article's headline:
 * it agrees (even loosely) with some metadata title, or it is the article's own heading; publishers
 * often put a shorter social headline in og:title or JSON-LD, which is not what the reader sees.
 * Without a credible visible headline: JSON-LD, OpenGraph, Twitter, then <title> minus the site name.
 */
export function chooseTitle(doc: Document, headline: Element | null, siteName: string | null): TitleChoice {
  const meta = hints(doc, siteName);
  if (headline) {
    const visible = headlineText(headline);
    const similarity = Math.max(0, ...meta.map(([, h]) => wordSimilarity(visible, h)));
    const isSiteName = !!siteName && visible.toLowerCase() === siteName.toLowerCase();
    const inArticle = !!headline.closest('article, main, [role="main"], [itemprop="articleBody"], [itemtype*="Article"]');
    const named = headline.getAttribute('itemprop') === 'headline' || nameTokens(headline).some((w) => /headline|title/.test(w));
    const words = visible.split(/\s+/).length;
    const credible =
      visible.length >= 3 &&
      !isSiteName &&
      (similarity >= 0.3 || meta.length === 0 || ((inArticle || named) && (words >= 4 || visible.length >= 16)));
    if (credible) return completed(visible, meta) ?? { title: visible, source: 'visible' };
  }
  const [source, title] = meta[0] ?? [null, null];
  return { title, source };
}

/**
 * A heading that stops at a colon, its second half in the next heading ("Open Journalism Project:"
 * then "Better Student Journalism", corpus medium-1): the metadata title that holds it and goes on.
 */
function completed(visible: string, meta: Array<[TitleSource, string]>): TitleChoice | null {
  if (!/[:：]$/.test(visible)) return null;
  const stem = visible
    .replace(/[:：]$/, '')
    .trim()
    .toLowerCase();
  for (const [source, hint] of meta) {
    const lower = hint.toLowerCase();
    const at = lower.indexOf(stem);
    if (at >= 0 && at <= 4 && hint.length > visible.length + 3) return { title: hint, source };
  }
  return null;
}
