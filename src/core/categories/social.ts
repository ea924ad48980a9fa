import {
  followPromptBeforeLinks,
  followHrefPatterns,
  profileHostPattern,
  shareAriaPattern,
  shareCompanionPattern,
  shareHrefPatterns,
  socialRules,
  timelineEmbedLabel,
} from '../rules/social';
import { nameTokens, onceForText, readsAsStorySentence, textOf } from '../text';
import { addressFields } from './address-fields';
import type { Candidate } from '../types';
import { defineCategory } from './category';
import { climb, inSiteChrome, type DetectContext } from './context';

/** Icon links or network names only: an embedded post links to profiles too, by @handle (corpus medium-3). */
const onlyProfileIcons = (c: Element): boolean =>
  !c.closest('blockquote, figure') &&
  Array.from(c.querySelectorAll('a[href]')).every(
    (x) => profileHostPattern.test(x.getAttribute('href') ?? '') && NETWORK_NAME.test(textOf(x)),
  );
const NETWORK_NAME =
  /^(instagram|facebook|youtube|tiktok|x|twitter|linkedin|threads|bluesky|pinterest|snapchat|whatsapp|telegram|follow us on [a-z]+)?$/i;
/** A follow sign-off is a few sentences; more is a story section that names the site's pages. */
const FOLLOW_SIGN_OFF_MAX_CHARS = 400;
const CONTROL = 'a, button, [role="button"], amp-social-share';
const shareWords = new Set(socialRules.nameWords);
const { share, shareOn, shareChinese, printOrSave, shareHeading, follow: FOLLOW_LABEL } = socialRules.labels;
/** The words of a share or print control ("Share", "Compartir en Facebook", "Add to Pocket"). */
const SHARE_LABELS = [share, shareOn, shareChinese, printOrSave, shareHeading];
const isShareLabel = (t: string): boolean => SHARE_LABELS.some((re) => re.test(t));
/** Asked of each control's text and its children's, for every control (onceForText). */
const SHARE_LABEL = { test: (t: string): boolean => onceForText(isShareLabel, t) };
const isShareHref = (href: string): boolean => shareHrefPatterns.some((re) => re.test(href));

/** Strong: a share-intent link or a control labelled "share". Weak: a bare "Post", "Email". */
function shareEvidence(el: Element): 'strong' | 'weak' | null {
  const href = el.getAttribute('href') ?? '';
  if (href && onceForText(isShareHref, href)) return 'strong';
  const label = `${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('title') ?? ''} ${el.getAttribute('data-action') ?? ''}`;
  if (shareAriaPattern.test(label)) return 'strong';
  const text = textOf(el);
  if (
    (text === '' && nameTokens(el).some((w) => shareWords.has(w))) ||
    SHARE_LABEL.test(text) ||
    Array.from(el.children, textOf).some((t) => SHARE_LABEL.test(t))
  )
    return 'weak';
  return null;
}

/** Text a reader sees: without [hidden] parts (a closed share menu). */
function shownLength(el: Element): number {
  return Array.from(el.querySelectorAll('[hidden]')).reduce(
    (n, h) => (h.parentElement?.closest('[hidden]') ? n : n - textOf(h).length),
    textOf(el).length,
  );
}

/** A control that says its label twice, for screen readers and for the eye (the-telegraph fixture). */
const labelParts = (c: Element): string[] => [textOf(c), c.getAttribute('aria-label') ?? '', ...Array.from(c.children, textOf)];

const isCompanion = (c: Element): boolean => labelParts(c).some((t) => shareCompanionPattern.test(t));

/**
 * A bar: every control in it is a share control or a companion (gift, save, comments count), most
 * are share controls, and it says little (nytimes, le-monde, spiegel fixtures).
 */
/** A date as a line of its own: '22.12.2018', '2018-12-22', '12/22/2018'. */
const DATE_LINE = /^\d{1,2}[./]\d{1,2}[./]\d{2,4}$|^\d{4}-\d{2}-\d{2}$/;

/**
 * Whether a box holds the story's date outside its controls: a share bar stops below it
 * (spiegel.de.albtraum: 'PDF drucken' and the date '22.12.2018' side by side in one box).
 */
function holdsLooseDate(el: Element): boolean {
  return Array.from(el.querySelectorAll('time, div, span, p')).some(
    (d) => !d.closest(CONTROL) && (d.tagName === 'TIME' || (d.childElementCount === 0 && DATE_LINE.test(textOf(d)))),
  );
}

function isShareBar(el: Element): boolean {
  if (el.matches('header, footer, nav')) return false;
  const controls = Array.from(el.querySelectorAll(CONTROL));
  // What the bar says besides its controls' own words, which screen-reader text can make long
  // (WordPress bars: 'Facebook Click to share on Facebook', pagesix, twincities).
  const shown = shownLength(el);
  if (shown > 600 || shown - controls.reduce((n, c) => n + textOf(c).length, 0) > 200) return false;
  const share = controls.filter((c) => shareEvidence(c) !== null).length;
  if (share === 0 || holdsLooseDate(el)) return false;
  if (controls.every((c) => shareEvidence(c) !== null || isCompanion(c))) return true;
  // Many share controls beside a few others ("Why you can trust us", "Licensing rights"), as long
  // as the others say little: an author's name and date beside share icons is a byline (el-pais).
  const others = controls.filter((c) => shareEvidence(c) === null && !isCompanion(c));
  const otherText = others.reduce((n, c) => n + textOf(c).length, 0);
  const looseText = shown - controls.reduce((n, c) => n + textOf(c).length, 0);
  return share >= 3 && share * 2 >= controls.length && otherText + looseText <= 40;
}

function detect(ctx: DetectContext): Candidate[] {
  const out: Candidate[] = [];
  const seen = new Set<Element>();
  for (const control of ctx.query(CONTROL)) {
    if (ctx.timeUp()) break;
    const evidence = shareEvidence(control);
    // A share link in a menu is still one (brookings: the share bar in the pinned header's <nav>).
    if (!evidence || control.closest('form') || (evidence === 'weak' && control.closest('nav, [role="navigation"]'))) continue;
    const bar = climb(control, isShareBar, ctx);
    if (seen.has(bar)) continue;
    seen.add(bar);
    const controls = bar === control ? 1 : bar.querySelectorAll(CONTROL).length;
    // A lone weak control counts too (seed page: a bare "Post" button at the end of the article).
    if (evidence === 'weak' && controls < 2 && !SHARE_LABEL.test(textOf(control))) continue;
    out.push({
      element: bar,
      rule: evidence === 'strong' ? 'share-intent' : 'share-label',
      reason: 'reason_share_controls',
      params: [String(controls)],
    });
  }
  for (const { el, text } of ctx.shortTexts()) {
    if (ctx.timeUp()) break;
    // A share bar's heading, with the bar when it says nothing else (threatpost: 'Share this article:').
    if (shareHeading.test(text) && !el.closest(CONTROL)) {
      const box = climb(el, (c) => textOf(c) === text || isShareBar(c), ctx);
      out.push({ element: box, rule: 'share-heading', reason: 'reason_share_heading', params: [text.slice(0, 40)] });
      continue;
    }
    // A share button's tooltip beside its icon, the icon no link (caixin: '分享到微信朋友圈', '新浪转发'
    // in <span>s next to <img>s whose clicks a script handles): the label names the network.
    if (text.length >= 4 && shareChinese.test(text) && !el.closest(CONTROL)) {
      const item = climb(el, (c) => textOf(c) === text, ctx);
      out.push({ element: item, rule: 'share-tooltip', reason: 'reason_share_controls', params: ['1'] });
      continue;
    }
    // A timeline embed's link, with the wrappers that hold nothing else (a rail's list item keeps its
    // weather box: tribune242). Footers are chrome, as for the profile links below.
    if (timelineEmbedLabel.test(text)) {
      const embed = el.closest('a[href]') ?? el;
      if (!inSiteChrome(embed))
        out.push({
          element: climb(embed, (c) => textOf(c) === text, ctx),
          rule: 'timeline-embed',
          reason: 'reason_follow_block',
          params: [text.slice(0, 40)],
        });
      continue;
    }
    if (!FOLLOW_LABEL.test(text) || readsAsStorySentence(text)) continue;
    const box = climb(el, (c) => textOf(c).length <= 300, ctx);
    if (box !== el || el.matches('p, div, section, aside'))
      out.push({ element: box, rule: 'follow-us', reason: 'reason_follow_block', params: [text.slice(0, 40)] });
  }
  // A sign-off whose networks are links: its pieces come apart around them (electrek's 330
  // characters 'You're reading Electrek— … and follow Electrek on Twitter, Facebook, and LinkedIn …').
  for (const { el, text } of ctx.mediumTexts()) {
    if (ctx.timeUp()) break;
    if (!followPromptBeforeLinks.test(text)) continue;
    const block = el.closest('p, div, section, aside');
    const whole = textOf(block);
    if (!block || whole.length > FOLLOW_SIGN_OFF_MAX_CHARS || !FOLLOW_LABEL.test(whole) || readsAsStorySentence(whole)) continue;
    out.push({ element: block, rule: 'follow-us', reason: 'reason_follow_block', params: [whole.slice(0, 40)] });
  }
  // One pass over the links for the two follow-us shapes. Inside a story paragraph or a byline
  // the guard stops the climb; footers are chrome.
  for (const a of ctx.query('a[href]')) {
    if (ctx.timeUp()) break;
    const href = a.getAttribute('href') ?? '';
    // A link to the publisher's WhatsApp channel or Google News page (clarin, o-globo, kompas fixtures).
    if (followHrefPatterns.some((re) => re.test(href))) {
      const box = climb(a, (c) => textOf(c).length <= 300 && c.querySelectorAll('a[href]').length <= 3, ctx);
      out.push({ element: box, rule: 'follow-link', reason: 'reason_follow_link' });
      continue;
    }
    // A small box of icon links to the site's social profiles, nothing else (euronews: 'Follow
    // Eurowire Green' + Instagram, Facebook, YouTube, TikTok).
    if (!profileHostPattern.test(href) || onceForText(isShareHref, href) || inSiteChrome(a)) continue;
    const box = climb(a, (c) => textOf(c).length <= 200 && onlyProfileIcons(c), ctx);
    if (box.querySelectorAll('a[href]').length >= 2) out.push({ element: box, rule: 'follow-profiles', reason: 'reason_follow_profiles' });
  }
  emailStoryForms(ctx, out);
  return out;
}

/** An e-mail-this-story form: its fields, their labels and a message box. */
const EMAIL_STORY_FORM_MAX_CHARS = 400;

/**
 * E-mail-this-story forms: two address fields, the reader's and the recipient's, in one small box
 * with no password field (ledevoir.com.trottinettes: 'Votre courriel', 'Le courriel du
 * destinataire', 'Commentaires', 'Envoyer' in a dialog under the story). A comment form has one
 * address field, a login form a password; a sign-up form has one address too.
 */
function emailStoryForms(ctx: DetectContext, out: Candidate[]): void {
  const fields = addressFields(ctx.query);
  if (fields.length < 2) return;
  const seen: Element[] = [];
  for (const field of fields) {
    if (ctx.timeUp()) break;
    if (seen.some((box) => box.contains(field)) || inSiteChrome(field)) continue;
    const box = climb(
      field,
      (c) => textOf(c).length <= EMAIL_STORY_FORM_MAX_CHARS && !c.querySelector('input[type="password"], h1, article, nav'),
      ctx,
    );
    if (addressFields(box).length < 2) continue;
    seen.push(box);
    out.push({ element: box, rule: 'email-story-form', reason: 'reason_share_controls', params: ['2'] });
  }
}

export const social = defineCategory({ id: 'social', nameKey: 'category_social', rules: socialRules, detect });
