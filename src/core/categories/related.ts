import { proseRegion } from '../locate/prose-region';
import { leadsElsewhere, readsAsTitle } from '../locate/teaser-card';
import { relatedHeadingWords, relatedRules } from '../rules/related';
import { nameTokens, textLongerThan, textOf } from '../text';
import type { Candidate } from '../types';
import { matchesAny, ruleName, defineCategory } from './category';
import { climb, densityWithout, distinctHrefs, inSiteChrome, isLinkList, type DetectContext } from './context';
import { WIDGET_HEADING_MAX_CHARS } from '../widget-headings';
import { inlineRelated } from './related-inline';
import { linkRunAfter } from './link-run';
import { markedWidgets } from './skip-boxes';
import { followOnPosts, postNavigation } from './post-navigation';
import { storyLists } from './story-lists';
import { picksBars } from './picks-bar';

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

/**
 * A heading whose widget is still to come from script: the next element is an empty box (raw-story:
 * <h2>Stories Chosen For You</h2> over the empty <div id="story_page_paywall_1_story">).
 */
const opensEmptyBox = (el: Element): boolean => {
  const next = el.nextElementSibling;
  return /^H[2-6]$/.test(el.tagName) && !!next && textOf(next) === '' && !next.querySelector('img, picture, video, iframe');
};

/** Story cards in the module after a heading: this many title links to other stories make it a list. */
const MODULE_MIN_TITLES = 3;
/** A recirculation module of cards with blurbs and bylines; more text is a page section. */
const MODULE_MAX_CHARS = 3000;

/**
 * The module of story cards right after a known related heading, when the cards carry blurbs and
 * bylines (so the block is no link list) and the heading has no wrapper of its own (gothamist:
 * <p role="heading">MORE news</p> then <div class="recirculation"> of cards, each a linked title, a
 * blurb and an author). Three distinct title links to other pages: a story's own block has none.
 */
function holdsStoryCards(el: Element, doc: Document): boolean {
  if (textLongerThan(el, MODULE_MAX_CHARS)) return false;
  const titles = new Set<string>();
  for (const a of Array.from(el.querySelectorAll('a[href]'))) {
    const href = a.getAttribute('href');
    if (readsAsTitle(textOf(a)) && leadsElsewhere(href, doc)) titles.add(href!);
  }
  return titles.size >= MODULE_MIN_TITLES;
}

/** "Related" / "Most read" / "Lire aussi" headings over links; "More X stories" over a link list. */
function headedBlocks(ctx: DetectContext, out: Candidate[]): void {
  for (const { el, text } of ctx.shortTexts()) {
    if (ctx.timeUp()) break;
    const re = matchesAny(relatedRules.labels, text);
    const wordy = !re && text.length <= 50 && relatedHeadingWords.test(text) && /^(H[2-6]|STRONG|B|SPAN|DIV|P)$/.test(el.tagName);
    if ((!re && !wordy) || inSiteChrome(el)) continue;
    // A link whose whole text is the label is a link to a section ("See also" in a table of
    // contents: wikipedia corpus page), not a heading over related links; unless it is a heading's
    // whole text, a widget's title linking to the section it lists (brookings.edu: '<h2><a
    // href="/topic/education/">More on Education</a></h2>' over three event cards).
    const link = el.closest('a');
    const heading = link?.closest('h2, h3, h4');
    const titleLink = !!heading && textOf(heading) === text;
    if (link && ((link.getAttribute('href') ?? '').startsWith('#') || (textOf(link).replace(/^[\d.\s]+/, '') === text && !titleLink)))
      continue;
    const box = linkBox(el, text, ctx);
    const hrefs = distinctHrefs(box);
    if (wordy) {
      // Without a known label, only a real list of several links counts (npr, axios fixtures).
      if (hrefs >= 2 && isLinkList(box))
        out.push({ element: box, rule: 'heading-words', reason: 'reason_links_under_heading', params: [text.slice(0, 40)] });
      else if (box === el && opensEmptyBox(el))
        out.push({ element: el, rule: ruleName('shell', text), reason: 'reason_empty_widget', params: [text.slice(0, 40)] });
      continue;
    }
    if (box === el || hrefs === 0) {
      // "Read more:" alone in a paragraph, its list of links right after (independent fixture).
      const next = box.nextElementSibling;
      // (Not a card module after "Read more": the story's own further reading, as in wapo-1 below.)
      const cards = !!next && !/^read more/i.test(text) && holdsStoryCards(next, ctx.doc);
      if (next && (((isLinkList(next) || isTornCardList(next)) && distinctHrefs(next) >= 1) || cards)) {
        out.push({ element: box, rule: ruleName('heading', text), reason: 'reason_related_heading', params: [text.slice(0, 40)] });
        out.push({ element: next, rule: 'list-after-heading', reason: 'reason_related_after_heading', params: [text.slice(0, 40)] });
      } else if (!/^read more/i.test(text) && linkRunAfter(box).length) {
        // "Seguir leyendo:" over one block per story link (infobae), see `linkRunAfter`. (Not "Read
        // more:": wapo-1 of the Readability corpus keeps its three such links as the story's.)
        out.push({ element: box, rule: ruleName('heading', text), reason: 'reason_related_heading', params: [text.slice(0, 40)] });
        for (const line of linkRunAfter(box))
          out.push({ element: line, rule: 'link-run-after-heading', reason: 'reason_related_after_heading', params: [text.slice(0, 40)] });
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
  const tickers = [...ctx.roots.filter((r) => r.matches('[role="marquee"]')), ...ctx.query('[role="marquee"]')];
  for (const el of tickers) {
    if (ctx.timeUp()) break;
    if (distinctHrefs(el) >= 2 && densityWithout(el, '') >= 0.5)
      out.push({ element: el, rule: 'ticker-of-links', reason: 'reason_link_ticker' });
  }
}

/** A teaser is a title, a byline, a date and a blurb; an <article> holding more is a story. */
const TEASER_ARTICLE_MAX_CHARS = 800;
// (heise's teasers wrap the card in the link, the title an <h1> inside it.)
const TITLE_LINK = 'h2 a[href], h3 a[href], h4 a[href], a[href] h1, a[href] h2, a[href] h3, a[href] h4';
/** A teaser <article> among the story's paragraphs: a linked title with a kicker and a date. */
const INLINE_TEASER_MAX_CHARS = 300;
const INLINE_TEASER_MIN_LINK_SHARE = 0.6;
/** An <h1> of its own (not a linked teaser title) is a page's or a story's headline. */
const hasOwnHeadline = (el: Element): boolean => Array.from(el.querySelectorAll('h1')).some((h) => !h.closest('a[href]'));

/**
 * Teaser cards marked up as <article>s outside the story's region, alone or in pairs where no list
 * of three forms (raw-story: the scroll of 'next' posts under the story, each an <article> with its
 * <h2> link, byline, one-paragraph brief and 'CONTINUE READING'; its reader poll, an <article> with
 * the question as an <h2> link; heise's 'Top-News' under the story, a link around each card), and
 * runs of cards whose links script fills in (kxan, `isScriptCard`). The page's own story is an
 * <article> with an h1 and its prose, which the guard keeps in any case.
 */
function teaserArticles(ctx: DetectContext, out: Candidate[]): void {
  if (!ctx.parts.root) return;
  const region = proseRegion(ctx.parts);
  const scriptCards = new Map<Element, number>();
  for (const el of ctx.query('article')) {
    if (ctx.timeUp()) return;
    if (el.contains(region) || hasOwnHeadline(el) || el.querySelector('article') || inSiteChrome(el)) continue;
    const text = textOf(el);
    if (!text || text.length > TEASER_ARTICLE_MAX_CHARS) continue;
    // Between the story's paragraphs only a card that is its links, a kicker and a date at most
    // (elnuevoherald: '<article><h6><a>Sur de la Florida</a></h6><h3><a>El ‘tesoro dulce …’</a></h3>
    // <div>02 de febrero de 2022</div></article>' inside the story's <article>).
    if (region.contains(el) && (text.length > INLINE_TEASER_MAX_CHARS || densityWithout(el, '') < INLINE_TEASER_MIN_LINK_SHARE)) continue;
    const title = el.querySelector(TITLE_LINK);
    const link = title?.closest('a[href]') ?? null;
    if (title && link && readsAsTitle(textOf(title)) && leadsElsewhere(link.getAttribute('href'), ctx.doc))
      out.push({ element: el, rule: 'teaser-article', reason: 'reason_teaser_card', params: [textOf(title).slice(0, 50)] });
    else if (el.parentElement && isScriptCard(el, text)) scriptCards.set(el.parentElement, (scriptCards.get(el.parentElement) ?? 0) + 1);
  }
  for (const [list, cards] of scriptCards) {
    if (cards < MIN_SCRIPT_CARDS) continue;
    // With the list's heading and its "More Videos" link, as long as nothing else comes along.
    const inCards = textOf(list).length;
    const box = climb(list, (c) => textOf(c).length - inCards <= WIDGET_HEADING_MAX_CHARS, ctx, 3);
    out.push({ element: box, rule: 'script-card-list', reason: 'reason_story_list', params: [String(cards)] });
  }
}

/** A card filled in by script is a title and a time; three in a row make a list. */
const SCRIPT_CARD_MAX_CHARS = 300;
const MIN_SCRIPT_CARDS = 3;

/**
 * A teaser card whose link the page's script fills in: an empty link laid over the card and a title
 * heading beside it (kxan's video carousel: <a class="…gradient-link" href=""></a><h3>Lawsuit filed
 * against …</h3><time>7 hours ago</time>). Alone it proves nothing; a run of them is a list.
 */
function isScriptCard(el: Element, text: string): boolean {
  if (text.length > SCRIPT_CARD_MAX_CHARS || !el.querySelector('a[href=""]')) return false;
  const title = el.querySelector('h2, h3, h4');
  return !!title && readsAsTitle(textOf(title));
}

function detect(ctx: DetectContext): Candidate[] {
  const out: Candidate[] = [];
  linkTickers(ctx, out);
  teaserArticles(ctx, out);
  headedBlocks(ctx, out);
  picksBars(ctx, out);
  inlineRelated(ctx, out);
  storyLists(ctx, out);
  postNavigation(ctx, out);
  followOnPosts(ctx, out);
  markedWidgets(ctx, out);
  for (const el of ctx.named()) {
    if (ctx.timeUp()) break;
    if (nameTokens(el).some((w) => chumWords.has(w)))
      out.push({ element: el, rule: 'name:chumbox', reason: 'reason_recommendation_widget' });
  }
  return out;
}

export const related = defineCategory({ id: 'related', nameKey: 'category_related', rules: relatedRules, detect });
