import { backToTopLabel, closeControlLabel, consentButtonPattern, overlayRules, templatePlaceholder } from '../rules/overlays';
import { DETECTOR_CHROME } from '../site-chrome';
import { promoRules } from '../rules/promos';
import { nameTokens, textOf } from '../text';
import { UNLOCK_ATTR } from '../marks';
import type { Candidate, EngineHooksContext, LayoutProbe } from '../types';
import { matchesAny, defineCategory } from './category';
import { climb, inSiteChrome, positionOf, type DetectContext } from './context';

const overlayWords = new Set(overlayRules.nameWords);
/** A connection-error notice: its sentence, a retry hint and its buttons. */
const CONNECTION_ERROR_BOX_MAX_CHARS = 120;
const GIFT = /^(gift|share) (this|the) (article|story)\b/i;

/** A sign-in panel: the form, its heading and the help under it ('Forgot your password?' steps). */
const LOGIN_PANEL_MAX_CHARS = 900;
/** A notification template: its kind, title, message and buttons. */
const TEMPLATE_MAX_CHARS = 400;

const hasCloseControl = (el: Element): boolean =>
  Array.from(el.querySelectorAll('a, button, [role="button"]')).some(
    (c) => closeControlLabel.test(textOf(c)) || /^close\b/i.test(c.getAttribute('aria-label') ?? ''),
  );

/**
 * Sign-in panels laid open in the page: a password form in a small box of its own with a close
 * control, so a popup, not a login bar (harpers: 'Sign in to access Harper's Magazine', the form,
 * the numbered help for changing a password and 'Not a subscriber? Subscribe today!', under the
 * masthead's "Sign in" link). A popup is not the header's own bar, so the header does not protect
 * it; the link that opens it stays (the box stops below any menu). A comment form (a textarea)
 * and a login box without a close control stay.
 */
function loginPanels(ctx: DetectContext, out: Candidate[]): void {
  const panels: Element[] = [];
  for (const password of ctx.query('input[type="password"]')) {
    if (ctx.timeUp()) break;
    const form = password.closest('form') ?? password;
    if (panels.some((p) => p.contains(form))) continue;
    const panel = climb(
      form,
      (c) => textOf(c).length <= LOGIN_PANEL_MAX_CHARS && !c.matches(DETECTOR_CHROME) && !c.querySelector('nav, ul, h1, article, textarea'),
      ctx,
    );
    if (panel === form || form.querySelector('textarea') || !hasCloseControl(panel)) continue;
    panels.push(panel);
    const heading = textOf(panel.querySelector('h2, h3, h4, p, strong, legend')) || textOf(panel);
    out.push({ element: panel, rule: 'login-panel', reason: 'reason_dialog', params: [heading.slice(0, 40)] });
  }
}

const hasConsentButton = (el: Element): boolean =>
  Array.from(el.querySelectorAll('button, a, [role="button"]')).some((b) => consentButtonPattern.test(textOf(b)));

function detect(ctx: DetectContext): Candidate[] {
  const out: Candidate[] = [];
  // Cookie notices: the sentence, then up to the fixed box (or the largest small box with a button).
  for (const { el, text } of ctx.mediumTexts()) {
    if (ctx.timeUp()) break;
    // A notification template's placeholder copy, with its modal box (city-journal).
    if (templatePlaceholder.test(text)) {
      const box = climb(el, (c) => textOf(c).length <= TEMPLATE_MAX_CHARS && !c.querySelector('h1, article, nav, p + p'), ctx);
      out.push({ element: box, rule: 'template-placeholder', reason: 'reason_modal' });
      continue;
    }
    const re = matchesAny(overlayRules.sentences, text);
    if (!re) continue;
    // An ad-blocker nag is one by its words alone; its box is small (no buttons to look for). So is a
    // push opt-in whose answers are not buttons (handelsblatt: 'Nein, danke' in a clickable <div>).
    const { adBlockNotice, pushNotificationOptIn, connectionError } = overlayRules.sentences;
    // A connection-error notice is its sentence and its close button: the box stays as small.
    if (re === connectionError) {
      const box = climb(el, (c) => textOf(c).length <= CONNECTION_ERROR_BOX_MAX_CHARS && !c.querySelector('h1, article, p ~ p'), ctx);
      out.push({ element: box, rule: 'text:connection-error', reason: 'reason_modal' });
      continue;
    }
    if (re === adBlockNotice || re === pushNotificationOptIn) {
      const box = climb(el, (c) => textOf(c).length <= 600 && !c.querySelector('h1, article'), ctx);
      const what = re === adBlockNotice ? 'adblock-notice' : 'push-opt-in';
      out.push({
        element: box,
        rule: `text:${what}`,
        reason: what === 'adblock-notice' ? 'reason_adblock_notice' : 'reason_push_opt_in',
      });
      continue;
    }
    let fixed: Element | null = null;
    const box = climb(
      el,
      (c) => {
        if (fixed) return false;
        if (['fixed', 'sticky'].includes(positionOf(c, ctx.layout))) fixed = c;
        return textOf(c).length <= 1500;
      },
      ctx,
    );
    const target = fixed ?? box;
    if (!hasConsentButton(target) && !fixed) continue;
    out.push({ element: target, rule: 'text:cookie-notice', reason: 'reason_cookie_notice' });
  }
  loginPanels(ctx, out);
  // Sales dialogs waiting in the page ("Gift this article", "Subscribe"): a dialog whose heading is a
  // pitch. Dialogs of pictures (a gallery's lightbox) have no such heading and are left alone.
  for (const dialog of ctx.query('[role="dialog"], [aria-modal="true"], dialog')) {
    if (ctx.timeUp()) break;
    const heading = textOf(dialog.querySelector('h1, h2, h3, h4, h5, h6, strong, p'));
    if (heading && (matchesAny(promoRules.labels, heading) || GIFT.test(heading)) && textOf(dialog).length <= 800) {
      out.push({ element: dialog, rule: 'dialog:pitch', reason: 'reason_dialog', params: [heading.slice(0, 40)] });
    }
  }
  // Floating "Back to top" buttons (abc-au fixture).
  for (const { el, text } of ctx.shortTexts()) {
    if (ctx.timeUp()) break;
    if (!backToTopLabel.test(text) && !backToTopLabel.test(el.getAttribute('aria-label') ?? '')) continue;
    const control = el.closest('a, button, [role="button"]');
    if (control && !inSiteChrome(control)) out.push({ element: control, rule: 'back-to-top', reason: 'reason_back_to_top' });
  }
  // Modals and sticky bars: fixed boxes named modal/overlay/popup, or ones that sell something.
  for (const el of ctx.named()) {
    if (ctx.timeUp()) break;
    const pos = positionOf(el, ctx.layout);
    if (pos !== 'fixed' && pos !== 'sticky') continue;
    const t = textOf(el);
    const named = nameTokens(el).some((w) => overlayWords.has(w));
    const selling = t.length <= 500 && matchesAny(promoRules.labels, t.split(/(?<=[.!?])\s/)[0] ?? '');
    if ((named && t.length <= 1500) || selling || (t === '' && named)) {
      out.push({ element: el, rule: named ? 'fixed:named-overlay' : 'fixed:promo-bar', reason: 'reason_modal' });
    }
  }
  return out;
}

/** Whether the page's scrolling is locked (typically by the overlay we hid). */
function scrollLocked(doc: Document, layout?: LayoutProbe & { overflow?(el: Element): string }): boolean {
  for (const el of [doc.documentElement, doc.body]) {
    if (!el) continue;
    const style = el.getAttribute('style') ?? '';
    if (/overflow(-y)?\s*:\s*hidden|position\s*:\s*fixed/.test(style)) return true;
    if (layout?.overflow && layout.overflow(el) === 'hidden') return true;
    if (nameTokens(el).some((w) => /^(noscroll|no-scroll|modal-open|overflow-hidden|scroll-lock|locked)$/.test(w))) return true;
  }
  return false;
}

/** A hidden cookie wall or modal leaves the page unscrollable: the stylesheet undoes the lock. */
function unlockScroll({ doc, layout }: EngineHooksContext): void {
  if (scrollLocked(doc, layout)) doc.documentElement.setAttribute(UNLOCK_ATTR, '');
}

export const overlays = defineCategory({
  id: 'overlays',
  nameKey: 'category_overlays',
  rules: overlayRules,
  detect,
  afterPass: unlockScroll,
});
