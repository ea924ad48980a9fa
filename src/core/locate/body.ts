import { NOT_BODY } from '../site-chrome';
import { endsLikeSentence, nameTokens, textOf } from '../text';
import { AD_SALES_PITCH_MAX_CHARS, AD_SIGN_OFF_MAX_CHARS, adSalesPitch, adSignOff } from '../rules/ads';
import { forMatching } from '../confusables';
import { consentButtonPattern, overlayRules } from '../rules/overlays';
import { DONATION_HREF, SIGN_UP_BOX_MAX_CHARS, donationPitch, paywallLead, promoSentences } from '../rules/promos';
import { followHrefPatterns } from '../rules/social';
import { PAYWALL_LEAD_MAX_CHARS, headsStoryList, linkLinesHeading, paywallPitch, withoutFollowOnStories } from './appended-content';
import { isClutterLabel, isPromoLabel } from './clutter-text';
import { inOfferBox } from './offer-box';
import { patternsOf } from '../rules/rule-set';
import { inOverlayCard, isTeaserBlurb } from './teaser-card';
import { collectTextBlocks, type TextBlock } from './text-blocks';
import { DURATION, hasVideoEvidence } from '../video-evidence';

const MIN_PARA = 40;

/**
 * Blocks named as page furniture vote weakly, as Readability's class weights do: a copyright notice
 * in a `div.bottom` outweighed a short paywalled story (caixin).
 */
const FOOTER_NAMES = new Set(['footer', 'bottom', 'copyright', 'disclaimer', 'legal', 'colophon', 'imprint']);
const FOOTER_WEIGHT = 0.25;
const namedAsFooter = (el: Element): boolean =>
  [el, el.parentElement, el.parentElement?.parentElement].some((e) => !!e && nameTokens(e).some((w) => FOOTER_NAMES.has(w)));

const linkRatio = (b: TextBlock): number => (b.chars ? b.linkChars / b.chars : 0);
const isParagraph = (b: TextBlock): boolean => b.chars >= MIN_PARA && linkRatio(b) < 0.5;

/**
 * The element holding the article body: paragraphs vote for their parent (full) and grandparent
 * (half), as Readability does; then the winner widens to an ancestor when its siblings hold more of
 * the story (NYT-style bodies split over several companion columns).
 */
export function findBodyRoot(doc: Document, blocks: TextBlock[] = doc.body ? collectTextBlocks(doc.body) : []): Element | null {
  const body = doc.body;
  if (!body) return null;
  // The page's <h1> is its headline, not a paragraph of the body: as one, it pulled the root of a
  // one-paragraph post out of its story column to the whole page (boingboing.net.millenials).
  const candidates = blocks.filter((b) => isParagraph(b) && b.el.tagName !== 'H1' && !b.el.closest(NOT_BODY) && !isTeaserBlurb(b.el));
  const paragraphs = withoutFollowOnStories(body, candidates);
  const scores = new Map<Element, number>();
  const vote = (el: Element | null, s: number): void => {
    if (el && el !== doc.documentElement) scores.set(el, (scores.get(el) ?? 0) + s);
  };
  for (const p of paragraphs) {
    const chars = p.chars * (namedAsFooter(p.el) ? FOOTER_WEIGHT : 1);
    // A <br>-text body is its own container: its text votes for itself.
    if (p.hasBlockChildren) vote(p.el, chars);
    vote(p.el.parentElement, chars);
    vote(p.el.parentElement?.parentElement ?? null, chars / 2);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of scores) {
    if (s > bestScore) {
      bestScore = s;
      best = el;
    }
  }
  if (!best) return null;
  const proseIn = (el: Element): number => paragraphs.reduce((n, p) => (el.contains(p.el) ? n + p.chars : n), 0);
  let current = best;
  let currentProse = proseIn(current);
  let ancestor = current.parentElement;
  for (let i = 0; i < 4 && ancestor && ancestor !== body && ancestor !== doc.documentElement; i++, ancestor = ancestor.parentElement) {
    const prose = proseIn(ancestor);
    if (prose >= currentProse * 1.25) {
      current = ancestor;
      currentProse = prose;
    }
  }
  return current;
}

export interface Prose {
  /** Blocks that are wholly story: nothing may contain them or sit inside them. */
  blocks: Element[];
  /** Blocks whose own text is story but which also hold other blocks (ads between <br> lines). */
  holders: Element[];
}

/**
 * The blocks of the body that are the story: sentences a reader must never lose. A sentence that
 * only contains a label word ("an advertisement for the new law…") is prose; a block whose whole
 * text is a label ("Advertisement", "Read more: …") is not.
 */
export function proseBlocks(root: Element, blocks: TextBlock[]): Prose {
  const out: Prose = { blocks: [], holders: [] };
  const pitch = new Set<Element>();
  // (A paywall's lead is a sentence: no block longer than that is read for it.)
  for (const b of blocks) {
    if (b.chars <= PAYWALL_LEAD_MAX_CHARS && root.contains(b.el) && paywallLead.test(textOf(b.el)))
      for (const el of paywallPitch(b.el)) pitch.add(el);
  }
  for (const b of blocks) {
    if (!root.contains(b.el) || b.chars < 20 || linkRatio(b) >= 0.5 || isTeaserBlurb(b.el, root)) continue;
    if (pitch.has(b.el) || linkLinesHeading(b.el)) continue;
    // A form's text is its labels and options (a reader poll), never the story.
    if (b.el.closest('form')) continue;
    if (b.hasBlockChildren) {
      // A small box with a form is a sign-up box whose fine print sits beside the form (bild fixture:
      // "Mit Ihrer Anmeldung akzeptieren Sie …" in a <small> under the newsletter form), not story.
      const signUpBox = textOf(b.el).length <= SIGN_UP_BOX_MAX_CHARS && !!b.el.querySelector('form, input:not([type="hidden"])');
      // …and a small video player whose title sits beside the poster is the player's (o-globo).
      const videoBox = textOf(b.el).length <= 400 && isVideoTile(b.el);
      if (b.chars >= MIN_PARA && !signUpBox && !videoBox) out.holders.push(b.el);
      continue;
    }
    const t = textOf(b.el);
    const isHeading = /^H[2-6]$/.test(b.el.tagName);
    // Prose is a heading, a sentence or a long text; this cheap test first spares the label
    // patterns the short link lines of home and section pages (CPU profile, issue 11).
    if (!(isHeading || endsLikeSentence(t) || t.length >= 100)) continue;
    if (isClutterLabel(t)) continue;
    if (t.length <= 300 && promoSentences.some((re) => re.test(t)) && b.el.querySelector('a[href]')) continue;
    // The site's ad-sales pitch with its sales desk's address (breakingbelizenews.com-paho).
    if (t.length <= AD_SALES_PITCH_MAX_CHARS && adSalesPitch.test(forMatching(t))) continue;
    if (t.length <= SIGN_UP_BOX_MAX_CHARS && donationPitch.test(t) && hasDonateButton(b.el)) continue;
    // An ad's blurb signed '— *ad.' (electrek), with its link.
    if (t.length <= AD_SIGN_OFF_MAX_CHARS && adSignOff.test(t) && b.el.querySelector('a[href]')) continue;
    if (isHeading && (headsStoryList(b.el) || inOverlayCard(b.el))) continue;
    if (!inCallToActionBox(b.el, root) && !inOfferBox(b.el, root) && !isVideoTile(b.el) && !isConsentNotice(b.el, t)) out.blocks.push(b.el);
  }
  return out;
}

/**
 * A "Donate" call inside the block, to a donation page: a pitch that ends in its own button
 * (city-journal). A story's link to a fund reads "donations can be made online", never a bare call.
 */
const hasDonateButton = (block: Element): boolean =>
  Array.from(block.querySelectorAll('a[href]')).some((a) => DONATION_HREF.test(a.getAttribute('href') ?? '') && isPromoLabel(textOf(a)));

/**
 * The sentence of a cookie notice, in a small box with its Accept / Reject buttons (dw fixture: the
 * body root is the app's #root, which also holds the consent dialog). A story sentence about
 * cookies has no such buttons beside it.
 */
function isConsentNotice(block: Element, text: string): boolean {
  if (text.length > 800 || !patternsOf(overlayRules.sentences).some((re) => re.test(text))) return false;
  let box: Element | null = block.parentElement;
  for (let up = 0; box && up < 4 && textOf(box).length <= 1500; up++, box = box.parentElement) {
    if (Array.from(box.querySelectorAll('button, a, [role="button"]')).some((b) => consentButtonPattern.test(textOf(b)))) return true;
  }
  return false;
}

/**
 * A video tile whose blurb sits beside its link (abc-news fixture: <div> holding the linked
 * thumbnail with its '2:14' badge and title, then a one-line blurb): the blurb is the tile's.
 */
function isVideoTile(block: Element): boolean {
  const badge = Array.from(block.querySelectorAll('span, div, small, b, strong, em, p')).some(
    (c) => c.childElementCount === 0 && DURATION.test(textOf(c)),
  );
  return badge && hasVideoEvidence(block);
}

/**
 * Sentences of a sales pitch are not story: a block whose small enclosing box (under the body
 * root, at most SIGN_UP_BOX_MAX_CHARS characters) also holds a form, an input or a call to action outside
 * the block itself (guardian fixture: newsletter box; spiegel: "Jetzt weiterlesen mit …";
 * times-of-india: "Subscribe Now"; fiercepharma: a webinar blurb beside a script link `<a onclick>Register
 * Now</a>`, no href), or the caption of a video teaser with its duration badge
 * (fox-news: "03:02" over a thumbnail, the caption beside it). A story paragraph with an inline "sign up here" link is not
 * affected: links inside the block itself do not count.
 */
function inCallToActionBox(block: Element, root: Element): boolean {
  let box: Element | null = null;
  for (let cur = block.parentElement; cur && cur !== root; cur = cur.parentElement) {
    if (textOf(cur).length > SIGN_UP_BOX_MAX_CHARS) break;
    box = cur;
  }
  if (!box) return false;
  for (const c of Array.from(
    box.querySelectorAll(
      'form, input:not([type="hidden"]), a[href], a[onclick], button, p, h2, h3, h4, h5, h6, strong, b, span, div, time',
    ),
  )) {
    if (block.contains(c)) continue;
    if (c.matches('form, input')) return true;
    // A 'Follow us on WhatsApp' button to the publisher's channel (dw fixture).
    if (c.matches('a[href]') && followHrefPatterns.some((re) => re.test(c.getAttribute('href') ?? ''))) return true;
    const t = textOf(c);
    if (c.matches('a, button') ? isPromoLabel(t) : t.length <= 40 && c.childElementCount === 0 && isPromoLabel(t)) return true;
    if (DURATION.test(t) && hasVideoEvidence(box)) return true;
  }
  return false;
}
