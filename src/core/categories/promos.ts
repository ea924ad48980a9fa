import { paywallPitch } from '../locate/appended-content';
import {
  DONATION_HREF,
  SIGN_UP_BOX_MAX_CHARS,
  genericCallToAction,
  paywallCompanion,
  paywallLead,
  promoRules,
  promoSentences,
} from '../rules/promos';
import { DETECTOR_CHROME } from '../site-chrome';
import { nameTokens, textOf } from '../text';
import type { Candidate } from '../types';
import { matchesAny, ruleName, defineCategory } from './category';
import { climb, distinctHrefs, inSiteChrome, isInteractive, type DetectContext } from './context';
import { addressFields } from './address-fields';
import { affiliateOffers, gearPicks } from './affiliate-offers';
import { feedbackForms } from './feedback-forms';
import { pricedOffers } from './priced-offers';

const promoWords = new Set(promoRules.nameWords);
/**
 * The most text a box found from its label or call to action holds. Tighter than a sign-up box
 * (SIGN_UP_BOX_MAX_CHARS): there is no form to prove the box is a promo, so it must stay small.
 */
const MAX_BOX_TEXT = 700;
/** A sign-up widget among a footer's columns: its pitch, field and consent line. */
const FOOTER_SIGN_UP_MAX_CHARS = 400;
/** A paragraph beside the form is another footer column's ('About us'), not the widget's. */
const holdsOtherProse = (c: Element): boolean =>
  Array.from(c.querySelectorAll('p')).some((p) => !p.closest('form') && textOf(p).length >= 60);
const STORE_CALL =
  /^(get|app store|apple app store|google play|play store|(download|get it|available) (on|from|in) (the )?(app store|google play)|download( now| the app)?|get the app|open|install|buka|unduh|öffnen|herunterladen|installieren|ouvrir|télécharger|abrir|descargar|baixar|apri|scarica|ladda ner|öppna|アプリをダウンロード|앱 설치)$/i;

/** Links and buttons of a box that are not calls to action ("Order Reprints", "Today's Paper"). */
function otherControls(box: Element): number {
  // Links only: buttons in a box are its own answers or controls (a poll's "Eens / Oneens"). A link
  // with nothing in it shows nothing to click (caixin's login window: an empty <a> the parser tore
  // from each <li>); an icon link has its image.
  return Array.from(box.querySelectorAll('a[href]')).filter((c) => {
    const t = textOf(c);
    if (!t && !c.querySelector('img, svg, picture') && !c.hasAttribute('aria-label') && !c.hasAttribute('title')) return false;
    return !matchesAny(promoRules.labels, t) && !paywallCompanion.test(t) && !genericCallToAction.test(t);
  }).length;
}

/** A box holds more than a promo: a story's headline, an article, a menu. A promo's own <h1> is
 * its name (kxan: a sign-up widget titled <h1>KXAN Daily Forecast Newsletter</h1>). */
const holdsMore = (c: Element): boolean =>
  !!c.querySelector('article, nav') || Array.from(c.querySelectorAll('h1')).some((h) => !matchesAny(promoRules.labels, textOf(h)));

/**
 * The promo's box: the largest ancestor that is still small, has no h1, and is not a row of other
 * links (nytimes corpus pages: "Order Reprints | Today's Paper | Subscribe" under the story is not
 * a promo box; "Learn more" beside "Get more with myNEWS" is).
 */
function boxOf(el: Element, ctx: DetectContext): Element {
  return climb(
    el,
    (c) => textOf(c).length <= MAX_BOX_TEXT && !c.matches('header, footer, nav') && !holdsMore(c) && otherControls(c) <= 1,
    ctx,
  );
}

/** A pitch box in the header or footer: its line and heading with its calls, a few words. */
const CHROME_ASK_MAX_CHARS = 200;
/** Calls of a pitch box: promo words only ('Contribute', 'Subscribe'); any other link is the site's menu. */
const isAskCall = (c: Element): boolean => !!matchesAny(promoRules.labels, textOf(c)) || genericCallToAction.test(textOf(c));

/**
 * The site chrome keeps its menus, and its "Subscribe" or "Donate" links with them; a call to action
 * box in the header or footer is a promo all the same (theguardian: 'Support The Guardian / Available
 * for everyone, funded by readers' with its Contribute and Subscribe buttons, in the masthead and
 * again in the footer). Only a pitch of three words or more that is not itself a link, in a small box
 * whose every link is a call: a menu item ("Support us") or a box with other links is chrome, and
 * so is a box with a form (a footer's sign-up widget is the newsletter rule's) or another column's
 * heading. Null when there is no such box.
 */
function chromeAskBox(el: Element, text: string, ctx: DetectContext): Element | null {
  if (text.split(/\s+/).length < 3 || el.closest('a, button, li')) return null;
  const box = climb(
    el,
    (c) =>
      textOf(c).length <= CHROME_ASK_MAX_CHARS &&
      !c.matches(DETECTOR_CHROME) &&
      !c.querySelector('nav, ul, ol, h1, h2, h3, h4, h5, h6, form, input') &&
      Array.from(c.querySelectorAll('a[href], button')).every(isAskCall),
    ctx,
  );
  return box !== el && box.querySelector('a[href], button') ? box : null;
}

/** A donation ask's target: a donation page (DONATION_HREF) or a payment form posting to PayPal. */
const PAYMENT_FORM = 'form[action*="paypal.com"]';
/** Links of a donation box: the ask's own target (and a subscribe link beside it), never a menu. */
const DONATION_BOX_MAX_HREFS = 3;

/**
 * Donation asks: the small box around a link to a donation page or a PayPal form (raw-story's appeal
 * under the story: 'Worried about democracy in 2024? So are we. … Invest in democracy by making a
 * contribution.'). A donation link in a story paragraph stays: the guard stops the climb at once.
 */
function donationBoxes(ctx: DetectContext, out: Candidate[]): void {
  const asks = ctx
    .query(`a[href], ${PAYMENT_FORM}`)
    .filter((el) => el.matches(PAYMENT_FORM) || DONATION_HREF.test(el.getAttribute('href') ?? ''));
  const seen = new Set<Element>();
  for (const ask of asks) {
    if (ctx.timeUp()) break;
    if (inSiteChrome(ask) || Array.from(seen).some((box) => box.contains(ask))) continue;
    const box = climb(
      ask,
      (c) =>
        textOf(c).length <= SIGN_UP_BOX_MAX_CHARS &&
        distinctHrefs(c) <= DONATION_BOX_MAX_HREFS &&
        !c.matches('header, footer, nav') &&
        !c.querySelector('h1, article, nav'),
      ctx,
    );
    if (box === ask || !textOf(box)) continue;
    seen.add(box);
    out.push({ element: box, rule: 'donation-box', reason: 'reason_promotion', params: [textOf(box).slice(0, 50)] });
  }
}

/**
 * A promo sentence and a promo's call to action in one small box make the box a promo, whatever
 * else it links to (heise: the print issue's box, 'Dieser Beitrag stammt aus Ausgabe 7/2019 …', the
 * issue's eight articles as links, then 'TR bestellen'). Null when the box has no such call.
 */
function offerBox(sentence: Element, ctx: DetectContext): Element | null {
  const box = climb(sentence, (c) => textOf(c).length <= MAX_BOX_TEXT && !c.matches('header, footer, nav') && !holdsMore(c), ctx);
  const calls = Array.from(box.querySelectorAll('a[href], button')).some(
    (c) => !sentence.contains(c) && !!matchesAny(promoRules.labels, textOf(c)),
  );
  return box !== sentence && calls ? box : null;
}

function detect(ctx: DetectContext): Candidate[] {
  const out: Candidate[] = [];
  // Seed page: "Get more with myNEWS / A personalised news feed … / Learn more".
  for (const { el, text } of ctx.shortTexts()) {
    if (ctx.timeUp()) break;
    const re = matchesAny(promoRules.labels, text);
    if (!re) continue;
    const box = inSiteChrome(el) ? chromeAskBox(el, text, ctx) : boxOf(el, ctx);
    if (!box) continue;
    // A one- or two-word call ("Subscribe") must come with something to click; a promo sentence
    // ("Get more with myNEWS") is a promo even where its "Learn more" is a bare span.
    if (!isInteractive(box) && text.split(/\s+/).length < 3) continue;
    out.push({ element: box, rule: ruleName('label', text), reason: 'reason_promotion', params: [text.slice(0, 50)] });
  }
  // Promo sentences with their link, too long to be labels.
  for (const { el, text: raw } of ctx.mediumTexts()) {
    if (ctx.timeUp()) break;
    // A text node keeps the page's line breaks, which `.` in the patterns does not cross (heise).
    const text = /\n/.test(raw) ? raw.replace(/\s+/g, ' ') : raw;
    if (!promoSentences.some((re) => re.test(text)) || inSiteChrome(el)) continue;
    const box = offerBox(el, ctx) ?? boxOf(el, ctx);
    if (isInteractive(box))
      out.push({ element: box, rule: 'promo-sentence', reason: 'reason_promotion_sentence', params: [text.slice(0, 50)] });
    // The pitch between a paywall's lead and its last line (haitiantimes).
    if (paywallLead.test(text))
      for (const pitch of paywallPitch(el.closest('p') ?? el))
        out.push({ element: pitch, rule: 'paywall-pitch', reason: 'reason_promotion_sentence', params: [textOf(pitch).slice(0, 50)] });
  }
  // Newsletter sign-ups: an email field outside comment and login forms.
  for (const input of addressFields(ctx.query)) {
    if (ctx.timeUp()) break;
    const form = input.closest('form');
    if (form?.querySelector('textarea, input[type="password"]')) continue;
    // A text field named for an address only in a form: a share dialog's loose fields are not a sign-up.
    if (!form && !input.matches('[type="email"]')) continue;
    // In the page's footer too, where a sign-up widget sits among the footer's columns (thepointsguy:
    // 'Sign up for our daily newsletter'; thenassauguardian: 'Sign up to receive breaking news in your
    // email'): only the widget, never the column or the footer. Headers keep theirs: a login's first step.
    const inFooter = inSiteChrome(input);
    if (inFooter && (!input.closest('footer, [role="contentinfo"]') || input.closest('header, nav, [role="banner"], [role="navigation"]')))
      continue;
    const max = inFooter ? FOOTER_SIGN_UP_MAX_CHARS : SIGN_UP_BOX_MAX_CHARS;
    const box = climb(
      input,
      (c) =>
        textOf(c).length <= max &&
        !c.querySelector('h1, article, nav') &&
        !(inFooter && (c.matches('footer, [role="contentinfo"]') || holdsOtherProse(c))),
      ctx,
    );
    out.push({ element: box, rule: 'newsletter-form', reason: 'reason_newsletter_form' });
  }
  // App pitches: a small box linking to the app stores (sueddeutsche, kompas fixtures). Inside a
  // story paragraph the guard stops the climb.
  for (const a of ctx.query('a[href*="apps.apple.com"], a[href*="itunes.apple.com"], a[href*="play.google.com/store/apps"]')) {
    if (ctx.timeUp()) break;
    // A store badge or call, not a link from a story about apps (corpus links-in-tables: a table of apps).
    const label = textOf(a) || a.querySelector('img')?.getAttribute('alt') || a.getAttribute('aria-label') || '';
    if (inSiteChrome(a) || (label && !STORE_CALL.test(label))) continue;
    const box = climb(
      a,
      (c) => textOf(c).length <= 400 && c.querySelectorAll('a[href]').length <= 4 && !c.querySelector('h1, article, nav'),
      ctx,
    );
    if (box !== a) out.push({ element: box, rule: 'app-store-link', reason: 'reason_app_box' });
  }
  donationBoxes(ctx, out);
  // Class/id words: paywall, newsletter, subscribe … on small interactive boxes.
  for (const el of ctx.named()) {
    if (ctx.timeUp()) break;
    if (!nameTokens(el).some((w) => promoWords.has(w)) || inSiteChrome(el)) continue;
    const t = textOf(el);
    if (t.length < 10 || t.length > MAX_BOX_TEXT || !isInteractive(el) || el.querySelector('h1, article')) continue;
    // "promo" alone also names a site's story teasers (bbc corpus page): require a call to action.
    const calls = Array.from(el.querySelectorAll('a, button')).some(
      (c) => matchesAny(promoRules.labels, textOf(c)) || genericCallToAction.test(textOf(c)),
    );
    if (!calls && !el.querySelector('input, form')) continue;
    out.push({ element: el, rule: 'name:promo', reason: 'reason_promo_name', params: [(el.getAttribute('class') ?? el.id).slice(0, 40)] });
  }
  pricedOffers(ctx, out);
  affiliateOffers(ctx, out);
  feedbackForms(ctx, out);
  gearPicks(ctx, out);
  return out;
}

export const promos = defineCategory({ id: 'promos', nameKey: 'category_promos', rules: promoRules, detect });
