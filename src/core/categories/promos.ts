import { promoRules } from '../rules/promos';
import { nameTokens, textOf } from '../text';
import type { Candidate } from '../types';
import { matchesAny, ruleName, type Category } from './category';
import { climb, inSiteChrome, isInteractive, type DetectContext } from './context';

const promoWords = new Set(promoRules.nameWords);
const MAX_BOX_TEXT = 450;

/** The promo's box: the largest ancestor that is still small, has no headline and no h1. */
function boxOf(el: Element, ctx: DetectContext): Element {
  return climb(el, (c) => textOf(c).length <= MAX_BOX_TEXT && !c.matches('header, footer, nav') && !c.querySelector('h1, article, nav'), ctx);
}

function detect(ctx: DetectContext): Candidate[] {
  const out: Candidate[] = [];
  // Seed page: "Get more with myNEWS / A personalised news feed … / Learn more".
  for (const { el, text } of ctx.shortTexts()) {
    const re = matchesAny(promoRules.labels, text);
    if (!re || inSiteChrome(el)) continue;
    const box = boxOf(el, ctx);
    if (!isInteractive(box)) continue;
    out.push({ element: box, rule: ruleName('label', re), reason: `promotion "${text.slice(0, 50)}"` });
  }
  // Newsletter sign-ups: an email field outside comment and login forms.
  for (const input of Array.from(ctx.scope.querySelectorAll('input[type="email"]'))) {
    const form = input.closest('form');
    if (form?.querySelector('textarea, input[type="password"]') || inSiteChrome(input)) continue;
    const box = climb(input, (c) => textOf(c).length <= 900 && !c.querySelector('h1, article, nav'), ctx);
    out.push({ element: box, rule: 'newsletter-form', reason: 'newsletter sign-up form' });
  }
  // Class/id words: paywall, newsletter, subscribe … on small interactive boxes.
  for (const el of ctx.named()) {
    if (!nameTokens(el).some((w) => promoWords.has(w)) || inSiteChrome(el)) continue;
    const t = textOf(el);
    if (t.length < 10 || t.length > MAX_BOX_TEXT || !isInteractive(el) || el.querySelector('h1, article')) continue;
    out.push({ element: el, rule: 'name:promo', reason: `promo box (class/id "${(el.getAttribute('class') ?? el.id).slice(0, 40)}")` });
  }
  return out;
}

export const promos: Category = { id: 'promos', rules: promoRules, detect };
