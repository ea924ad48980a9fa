import {
  AD_SALES_PITCH_MAX_CHARS,
  AD_SIGN_OFF_MAX_CHARS,
  adLabelWithAdvertiser,
  adSalesPitch,
  adRules,
  adSignOff,
  adSizes,
  sponsoredBlockLabel,
} from '../rules/ads';
import { forMatching } from '../confusables';
import { textLongerThan, textOf, nameTokens } from '../text';
import type { Candidate } from '../types';
import { defineCategory } from './category';
import { matchesAny, ruleName } from './category';
import { climb, densityWithout, hasMedia, inSiteChrome, type DetectContext } from './context';
import { linkFarms } from './link-farms';

const adWords = new Set(adRules.nameWords);
const isAdLabel = (t: string): RegExp | undefined =>
  matchesAny(adRules.labels, t) ?? (sponsoredBlockLabel.test(t) ? sponsoredBlockLabel : undefined);

const SHOW_TEXT = 4;
/** The close control of a sticky ad (clarin fixture: 'Publicidad' + slot + '✕'). */
const CLOSE = /^([×✕✖xX]|close|cerrar|fechar|fermer|schließen|chiudi|tutup|stäng|lukk|luk|sluiten|閉じる|닫기)$/i;

/**
 * An element that holds nothing but ad labels and non-text parts (slot, iframe, spacer): every piece
 * of its text is itself a label (nytimes fixture: "Advertisement" + "SKIP ADVERTISEMENT" + slot).
 */
const onlyLabel = (el: Element): boolean => {
  // Without reading a column's whole text: a label's box is small (a label on the 100,000-node
  // page climbed to its 33,000-row list, whose text was read and normalised in every slice).
  if (textLongerThan(el, 200)) return false;
  const t = textOf(el);
  if (t === '' || isAdLabel(t)) return true;
  if (t.length > 200) return false;
  const walker = el.ownerDocument.createTreeWalker(el, SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const piece = (n.nodeValue ?? '').trim();
    if (piece && !isAdLabel(piece) && !CLOSE.test(piece) && !(n.parentElement && isAdLabel(textOf(n.parentElement)))) return false;
  }
  return true;
};

/** Where an element's links lead, scheme left out (a card links its picture and title to one page). */
const linkTargets = (el: Element): number =>
  new Set(Array.from(el.querySelectorAll('a[href]'), (a) => (a.getAttribute('href') ?? '').replace(/^(https?:)?\/\//, ''))).size;

function isSizedAdIframe(el: Element): boolean {
  const w = Number(el.getAttribute('width'));
  const h = Number(el.getAttribute('height'));
  return adSizes.some(([aw, ah]) => aw === w && ah === h);
}

/** An empty box reserved for an ad: no text, and an iframe, an ins, or a reserved height. */
function looksLikeSlot(el: Element): boolean {
  if (textOf(el) !== '') return false;
  if (el.matches('iframe, ins') || el.querySelector('iframe, ins')) return true;
  return /(min-)?height\s*:\s*\d{2,}px/.test(el.getAttribute('style') ?? '') || nameTokens(el).some((w) => adWords.has(w));
}

/** An advertiser's name beside the label, in a link: a few words, never a headline's sentence. */
const AD_LINK_NAME_MAX = 40;

/** The link an ad label sits in, when the label is a part of it and the rest is an advertiser's name. */
function labelledAdLink(label: Element, text: string): Element | null {
  const link = label.parentElement?.closest('a[href]');
  if (!link) return null;
  const rest = textOf(link).length - text.length;
  return rest > 0 && rest <= AD_LINK_NAME_MAX ? link : null;
}

function detect(ctx: DetectContext): Candidate[] {
  const out: Candidate[] = [];
  // Labels: "Advertisement", "Anzeige", "Story continues below advertisement" — with their slot.
  for (const { el, text } of ctx.shortTexts()) {
    if (ctx.timeUp()) break;
    if (adLabelWithAdvertiser.test(text) && el.querySelector('a[href]') && linkTargets(el) === 1) {
      out.push({ element: el, rule: 'label:ad-with-advertiser', reason: 'reason_ad_link', params: [text] });
      continue;
    }
    const re = isAdLabel(text);
    if (!re) continue;
    // A label inside a link marks the link, even in a menu (sueddeutsche: the header's
    // '<a href="https://advertorial.…">Mobile Payment<span>Anzeige</span></a>' items).
    const adLink = labelledAdLink(el, text);
    if (adLink) {
      const item = climb(adLink, (c) => textOf(c) === textOf(adLink), ctx);
      out.push({ element: item, rule: 'label:ad-link', reason: 'reason_ad_link', params: [textOf(adLink).slice(0, 50)] });
      continue;
    }
    // A sponsored block: links, or one card of a linked title and its dek under a label that is
    // not itself the link (elpais: 'Especial Publicidad').
    const card = !el.closest('a');
    const box = sponsoredBlockLabel.test(text)
      ? climb(
          el,
          (c) => textOf(c).length <= 800 && (densityWithout(c, text) >= 0.5 || (card && textOf(c).length <= 400 && linkTargets(c) <= 1)),
          ctx,
        )
      : climb(el, onlyLabel, ctx);
    out.push({ element: box, rule: ruleName('label', text), reason: 'reason_ad_label', params: [text] });
    const next = box.nextElementSibling;
    if (next && looksLikeSlot(next))
      out.push({ element: next, rule: 'slot-after-label', reason: 'reason_ad_slot_after_label', params: [text] });
  }
  // Paragraphs signed off as ads ('… get your quotes. — *ad.'), from their last text piece.
  for (const { el, text } of ctx.mediumTexts()) {
    if (ctx.timeUp()) break;
    // The site's ad-sales pitch, from its first piece: the paragraph, which has no link to show.
    if (/^(advertis|promote)/i.test(text)) {
      const block = el.closest('p, li, div');
      const whole = block ? forMatching(textOf(block)) : '';
      if (block && whole.length <= AD_SALES_PITCH_MAX_CHARS && adSalesPitch.test(whole) && !inSiteChrome(block))
        out.push({ element: block, rule: 'ad-sales-pitch', reason: 'reason_ad_label', params: [whole.slice(0, 40)] });
    }
    if (!adSignOff.test(text)) continue;
    const block = el.closest('p, li, div');
    const whole = textOf(block);
    if (block && whole.length <= AD_SIGN_OFF_MAX_CHARS && adSignOff.test(whole) && block.querySelector('a[href]'))
      out.push({ element: block, rule: 'ad-sign-off', reason: 'reason_ad_label', params: [whole.slice(-12)] });
  }
  // Class/id words: ad-slot, adContainer, dfp … (only with little text: creatives, not stories).
  for (const el of ctx.named()) {
    if (ctx.timeUp()) break;
    if (!nameTokens(el).some((w) => adWords.has(w)) || inSiteChrome(el)) continue;
    const t = textOf(el);
    if (t.length > 300 || el.querySelector('h1, article, p + p')) continue;
    if (t !== '' && !isAdLabel(t) && !hasMedia(el) && t.length > 40) continue;
    out.push({
      element: climb(el, onlyLabel, ctx),
      rule: 'name:ad',
      reason: 'reason_ad_name',
      params: [(el.getAttribute('class') ?? el.id).slice(0, 40)],
    });
  }
  // Containers that say what they are to screen readers: aria-label="Advertisement" (usa-today).
  for (const el of ctx.query('[aria-label]')) {
    if (ctx.timeUp()) break;
    const label = (el.getAttribute('aria-label') ?? '').trim();
    if (!isAdLabel(label) || el.matches('a, button') || inSiteChrome(el)) continue;
    // With the wrapper that holds nothing else but its close button (engadget fixture: sticky ad).
    out.push({ element: climb(el, onlyLabel, ctx), rule: 'aria-label:ad', reason: 'reason_ad_aria_label', params: [label] });
  }
  // Iframes of standard ad sizes.
  for (const frame of ctx.query('iframe[width][height]')) {
    if (ctx.timeUp()) break;
    if (isSizedAdIframe(frame))
      out.push({
        element: climb(frame, onlyLabel, ctx),
        rule: 'iframe:ad-size',
        reason: 'reason_ad_iframe_size',
        params: [frame.getAttribute('width') ?? '', frame.getAttribute('height') ?? ''],
      });
  }
  linkFarms(ctx, out);
  return out;
}

export const ads = defineCategory({ id: 'ads', nameKey: 'category_ads', rules: adRules, detect });
