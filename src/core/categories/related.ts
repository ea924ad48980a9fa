import { inlineRelatedLead, relatedRules } from '../rules/related';
import { linkDensity, nameTokens, textOf } from '../text';
import type { Candidate } from '../types';
import { matchesAny, ruleName, type Category } from './category';
import { climb, densityWithout, distinctHrefs, inSiteChrome, type DetectContext } from './context';

const chumWords = new Set(relatedRules.nameWords);

function detect(ctx: DetectContext): Candidate[] {
  const out: Candidate[] = [];
  // "Related" / "Most read" / "Lire aussi" headings over a list of links.
  for (const { el, text } of ctx.shortTexts()) {
    const re = matchesAny(relatedRules.labels, text);
    if (!re || inSiteChrome(el)) continue;
    const box = climb(el, (c) => textOf(c).length <= 3000 && densityWithout(c, text) >= 0.5, ctx);
    // A lone "Read more" button may expand the article itself: only a block of links counts, or
    // one card that is all link (scmp fixture: "Related" over a single story card in the body).
    const hrefs = distinctHrefs(box);
    if (box === el || hrefs === 0 || (hrefs === 1 && (/^read more$/i.test(text) || densityWithout(box, text) < 0.8))) continue;
    out.push({ element: box, rule: ruleName('heading', re), reason: `related links under "${text.slice(0, 40)}"` });
  }
  // Inline "Read more: <a>Other story</a>" paragraphs inside the body.
  const scope = ctx.parts.root ?? ctx.scope;
  for (const el of Array.from(scope.querySelectorAll('p, div, li, aside, h2, h3, h4, h5, section'))) {
    const t = textOf(el);
    if (t.length > 300 || !inlineRelatedLead.test(t) || linkDensity(el) < 0.35) continue;
    if (el.parentElement && inlineRelatedLead.test(textOf(el.parentElement)) && textOf(el.parentElement).length <= 300) continue;
    out.push({ element: el, rule: 'inline-read-more', reason: `inline link to another story: "${t.slice(0, 50)}"` });
  }
  for (const el of ctx.named()) {
    if (nameTokens(el).some((w) => chumWords.has(w))) out.push({ element: el, rule: 'name:chumbox', reason: 'recommendation widget (Outbrain/Taboola style)' });
  }
  return out;
}

export const related: Category = { id: 'related', rules: relatedRules, detect };
