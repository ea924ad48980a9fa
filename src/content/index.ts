import browser, { type Runtime } from 'webextension-polyfill';
import { siteCss } from '../core/exact-selectors';
import { OFF_ATTR, offAttr } from '../core/marks';
import { STALE, parseRequest, type PageReport } from '../shared/messages';
import { isSiteDisabled, loadSettings } from '../shared/settings';
import { PageSession } from './page-session';
import { applyUserRules, forgetZap, zapElement } from './user-rules';
import { applyShownRules, explainHidden, keepShown } from './why-hidden';
import { startZapper } from './zapper';

/**
 * Runs at document_start. The rule stylesheet (content.css) is already applied by the manifest;
 * here we read the user's switches, wait for the DOM, run the heuristics once and then watch for
 * late content. Any failure leaves the page as it is: the content script never throws into a page.
 */
async function main(): Promise<void> {
  const root = document.documentElement;
  if (!(root instanceof HTMLElement) || document.contentType !== 'text/html') return;
  addSiteStylesheet(root);
  const settings = await loadSettings();
  for (const c of settings.disabledCategories) root.setAttribute(offAttr(c), '');
  if (isSiteDisabled(settings, location.hostname)) {
    root.setAttribute(OFF_ATTR, 'site');
    return;
  }
  await domReady();
  if (!document.body) return;
  const session = new PageSession(document, settings.disabledCategories, (count) => {
    browser.runtime.sendMessage({ type: 'tidy:badge', count }).catch(() => undefined);
  });
  // No yield to a timer here: where the reader switched JavaScript off for the site, the page's
  // timers never fire, content scripts' included, and the session would never start (found by
  // bench/browser-cost, which loads pages with scripts off).
  // Answered through sendResponse: the content script runs on the browser's own API, without the
  // polyfill (native-browser.ts), and Chrome does not take a promise returned by a listener.
  const listener = (message: unknown, _sender: unknown, sendResponse: (answer: unknown) => void): true | undefined => {
    const answer = answerTo(session, message);
    if (answer === undefined) return undefined;
    // A later answer (Keep showing writes the settings first). Not `instanceof Promise`: in
    // Firefox's content-script sandbox a promise may come from another realm.
    if (isThenable(answer)) void answer.then(sendResponse, () => sendResponse(undefined));
    else sendResponse(answer);
    return true;
  };
  // The listener comes before the first pass, so a pass that throws still leaves the popup an
  // answer (issue 10): the page is then left as the site made it, and the report says so (paused).
  browser.runtime.onMessage.addListener(listener as Runtime.OnMessageListenerCallback);
  try {
    applyUserRules(session, settings, location.hostname);
    applyShownRules(session, settings, location.hostname);
    session.start();
  } catch (error) {
    root.setAttribute(OFF_ATTR, 'error');
    console.debug('[Tidy News] left this page as it is:', error);
  }
}

/** The answer to a message from the popup or the background; undefined for anything not ours. */
function answerTo(session: PageSession, message: unknown): unknown {
  // Only well-formed requests of ours are answered (category one of ours, ids numbers).
  const req = parseRequest(message);
  // Still locating a very large page (in slices, page-session.ts): the popup asks again.
  if (!req || !session.ready) return undefined;
  if (req.type === 'tidy:report') return session.report();
  if (req.type === 'tidy:zap-start') {
    startZapper(document, (el) => zapElement(session, el, location.hostname));
    return true;
  }
  // A popup opened on an earlier document (or engine state) would act on other elements.
  if (req.token !== session.token()) return STALE;
  switch (req.type) {
    case 'tidy:snapshot':
      return session.snapshot();
    case 'tidy:show':
      // Show on a zapped element undoes the zap for good (its rule is deleted).
      void forgetZap(session.record(req.id), location.hostname);
      session.show(req.id);
      return explained(session);
    case 'tidy:set-category':
      session.setCategory(req.category, req.enabled);
      return session.report();
    case 'tidy:set-paused':
      session.setPaused(req.paused);
      return explained(session);
    case 'tidy:keep-shown':
      return keepShown(session, req.id, location.hostname).then(() => explained(session));
    default:
      return undefined;
  }
}

const isThenable = (v: unknown): v is Promise<unknown> => !!v && typeof (v as { then?: unknown }).then === 'function';

/** The report, after labelling on the page why each element was hidden while everything shows (why-hidden.ts). */
function explained(session: PageSession): PageReport {
  const report = session.report();
  explainHidden(document, report.paused ? report.hidden.map((record) => ({ record, element: session.element(record.id) })) : []);
  return report;
}

/** This site's rules (src/core/rules/sites.ts) as CSS, before the page paints. */
function addSiteStylesheet(root: HTMLElement): void {
  const css = siteCss(location.hostname);
  if (!css) return;
  const style = document.createElement('style');
  style.dataset.tidyNews = 'site-rules';
  style.textContent = css;
  (document.head ?? root).append(style);
}

function domReady(): Promise<void> {
  if (document.readyState !== 'loading') return Promise.resolve();
  return new Promise((resolve) => document.addEventListener('DOMContentLoaded', () => resolve(), { once: true }));
}

main().catch((error: unknown) => {
  // A page we cannot handle is left untouched: without a running engine there is no guard and no
  // undo, so the document_start rule stylesheet is switched off too. The reason stays in the
  // console for bug reports.
  if (document.documentElement instanceof HTMLElement) document.documentElement.setAttribute(OFF_ATTR, 'error');
  console.debug('[Tidy News] left this page as it is:', error);
});
