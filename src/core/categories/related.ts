import { relatedHeadingWords, relatedRules } from '../rules/related';
import { nameTokens, textOf } from '../text';
import type { Candidate } from '../types';
import { matchesAny, ruleName, defineCategory } from './category';
import { climb, densityWithout, distinctHrefs, inSiteChrome, isLinkList, type DetectContext } from './context';
import { inlineRelated } from './related-inline';
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

/** "Related" / "Most read" / "Lire aussi" headings over links; "More X stories" over a link list. */
function headedBlocks(ctx: DetectContext, out: Candidate[]): void {
  for (const { el, text } of ctx.shortTexts()) {
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
        out.push({ element: box, rule: 'heading-words', reason: `list of story links under "${text.slice(0, 40)}"` });
      continue;
    }
    if (box === el || hrefs === 0) {
      // "Read more:" alone in a paragraph, its list of links right after (independent fixture).
      const next = box.nextElementSibling;
      if (next && isLinkList(next) && distinctHrefs(next) >= 1) {
        out.push({ element: box, rule: ruleName('heading', text), reason: `heading "${text.slice(0, 40)}" over related links` });
        out.push({ element: next, rule: 'list-after-heading', reason: `related links after "${text.slice(0, 40)}"` });
      } else if (box !== el && !/^read more/i.test(text) && box.querySelector(':scope > :empty, :scope > * > :empty')) {
        // A widget's shell, its list still to come from script: only the heading has text (salon:
        // "Trending Articles" over an empty rail).
        out.push({ element: box, rule: ruleName('shell', text), reason: `empty widget under "${text.slice(0, 40)}"` });
      }
      continue;
    }
    // A lone "Read more" button may expand the article itself: only a block of links counts, or
    // one card that is all link (scmp fixture: "Related" over a single story card in the body).
    if (hrefs === 1 && (/^read more$/i.test(text) || (densityWithout(box, text) < 0.8 && !isLinkList(box)))) continue;
    out.push({ element: box, rule: ruleName('heading', text), reason: `related links under "${text.slice(0, 40)}"` });
  }
}

function detect(ctx: DetectContext): Candidate[] {
  const out: Candidate[] = [];
  headedBlocks(ctx, out);
  inlineRelated(ctx, out);
  storyLists(ctx, out);
  for (const el of ctx.named()) {
    if (nameTokens(el).some((w) => chumWords.has(w)))
      out.push({ element: el, rule: 'name:chumbox', reason: 'recommendation widget (Outbrain/Taboola style)' });
  }
  return out;
}

export const related = defineCategory({ id: 'related', nameKey: 'category_related', rules: relatedRules, detect });
