import { relatedHeadingWords, relatedRules } from '../rules/related';
import { nameTokens, textLongerThan, textOf } from '../text';
import type { Candidate } from '../types';
import { matchesAny, ruleName, defineCategory } from './category';
import { climb, densityWithout, distinctHrefs, inSiteChrome, isLinkList, type DetectContext } from './context';
import { inlineRelated } from './related-inline';
import { followOnPosts, postNavigation } from './post-navigation';
import { storyLists } from './story-lists';

const chumWords = new Set(relatedRules.nameWords);

/** Up through the heading's wrapper, then while the box is mostly links (or a list of links with a
 * note under it: bbc fixture's "Related internet links" disclaimer). */
function linkBox(el: Element, text: string, ctx: DetectContext): Element {
  return climb(
    el,
    (c) => {
      const t = textOf(c);
      // The heading's wrapper, or a tab bar of such labels ("Mais lidas | Mais comentadas").
      if (t === text || (t.length <= 80 && !c.querySelector('a[href]'))) return true;
      const density = densityWithout(c, text);
      return t.length <= 3000 && (density >= 0.5 || (density >= 0.3 && isLinkList(c)));
    },
    ctx,
  );
}

/** A card of a story list: a title, a date and a section, never a paragraph of text. */
const CARD_MAX_CHARS = 200;

/**
 * A list of story cards whose links came out empty: each <li> follows an <a href> with no text,
 * the theme's link around the card closed by the HTML parser before the <li> (moderndiplomacy:
 * "You may like" and "Trending", `<ul><a href="…"></a><li>…title…</li>`). A reader sees a list of
 * titles under the heading.
 */
function isTornCardList(el: Element): boolean {
  const items = Array.from(el.children).filter((c) => c.tagName === 'LI');
  return (
    el.matches('ul, ol') &&
    items.length >= 2 &&
    items.every((li) => {
      const link = li.previousElementSibling;
      return !!link?.matches('a[href]') && textOf(link) === '' && !textLongerThan(li, CARD_MAX_CHARS);
    })
  );
}

/** "Related" / "Most read" / "Lire aussi" headings over links; "More X stories" over a link list. */
function headedBlocks(ctx: DetectContext, out: Candidate[]): void {
  for (const { el, text } of ctx.shortTexts()) {
    if (ctx.timeUp()) break;
    const re = matchesAny(relatedRules.labels, text);
    const wordy = !re && text.length <= 50 && relatedHeadingWords.test(text) && /^(H[2-6]|STRONG|B|SPAN|DIV|P)$/.test(el.tagName);
    if ((!re && !wordy) || inSiteChrome(el)) continue;
    // A link whose whole text is the label is a link to a section ("See also" in a table of
    // contents: wikipedia corpus page), not a heading over related links.
    const link = el.closest('a');
    if (link && ((link.getAttribute('href') ?? '').startsWith('#') || textOf(link).replace(/^[\d.\s]+/, '') === text)) continue;
    const box = linkBox(el, text, ctx);
    const hrefs = distinctHrefs(box);
    if (wordy) {
      // Without a known label, only a real list of several links counts (npr, axios fixtures).
      if (hrefs >= 2 && isLinkList(box))
        out.push({ element: box, rule: 'heading-words', reason: 'reason_links_under_heading', params: [text.slice(0, 40)] });
      continue;
    }
    if (box === el || hrefs === 0) {
      // "Read more:" alone in a paragraph, its list of links right after (independent fixture).
      const next = box.nextElementSibling;
      if (next && (isLinkList(next) || isTornCardList(next)) && distinctHrefs(next) >= 1) {
        out.push({ element: box, rule: ruleName('heading', text), reason: 'reason_related_heading', params: [text.slice(0, 40)] });
        out.push({ element: next, rule: 'list-after-heading', reason: 'reason_related_after_heading', params: [text.slice(0, 40)] });
      } else if (
        box !== el &&
        !/^read more/i.test(text) &&
        (box.querySelector(':scope > :empty, :scope > * > :empty') || textOf(box) === text)
      ) {
        // A widget's shell, its list still to come from script: only the heading has text (salon:
        // "Trending Articles" over an empty rail; haitiantimes: Jetpack's "Related" box, the heading alone).
        out.push({ element: box, rule: ruleName('shell', text), reason: 'reason_empty_widget', params: [text.slice(0, 40)] });
      }
      continue;
    }
    // A lone "Read more" button may expand the article itself: only a block of links counts, or
    // one card that is all link (scmp fixture: "Related" over a single story card in the body).
    if (hrefs === 1 && (/^read more$/i.test(text) || (densityWithout(box, text) < 0.8 && !isLinkList(box)))) continue;
    out.push({ element: box, rule: ruleName('heading', text), reason: 'reason_related_under_heading', params: [text.slice(0, 40)] });
  }
}

/**
 * A ticker (`role="marquee"`) is clutter only when it runs links to other stories (politico
 * fixture: a live-updates ticker over the masthead); web apps use the role for their own live
 * regions (quotes, scores, a status line), which no selector may hide on every site.
 */
function linkTickers(ctx: DetectContext, out: Candidate[]): void {
  const tickers = Array.from(ctx.scope.querySelectorAll('[role="marquee"]'));
  if (ctx.scope.matches('[role="marquee"]')) tickers.unshift(ctx.scope);
  for (const el of tickers) {
    if (ctx.timeUp()) break;
    if (distinctHrefs(el) >= 2 && densityWithout(el, '') >= 0.5)
      out.push({ element: el, rule: 'ticker-of-links', reason: 'reason_link_ticker' });
  }
}

function detect(ctx: DetectContext): Candidate[] {
  const out: Candidate[] = [];
  linkTickers(ctx, out);
  headedBlocks(ctx, out);
  inlineRelated(ctx, out);
  storyLists(ctx, out);
  postNavigation(ctx, out);
  followOnPosts(ctx, out);
  for (const el of ctx.named()) {
    if (ctx.timeUp()) break;
    if (nameTokens(el).some((w) => chumWords.has(w)))
      out.push({ element: el, rule: 'name:chumbox', reason: 'reason_recommendation_widget' });
  }
  return out;
}

export const related = defineCategory({ id: 'related', nameKey: 'category_related', rules: relatedRules, detect });
