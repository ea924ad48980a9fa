import browser from 'webextension-polyfill';
import type { ArticleInfo } from '../core/extract/article-info';
import type { PageReport } from '../shared/messages';
import { loadSettings, onSettingsChanged, updateSettings } from '../shared/settings';
import { message } from '../shared/ui-strings';
import { wireCopyButtons } from './copy-actions';
import { offerOnDeviceSummary } from './on-device-offer';
import { PageProblem, type PageLink } from './page-link';
import { POPUP_MARKS, showStatus } from './headline';
import { pageNote, renderArticle, renderHidden } from './render';

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

/**
 * Extraction (Readability, summary, metadata: most of the popup's code) is a chunk of its own
 * (scripts/build.ts), fetched and parsed while the snapshot is asked for: this module is loaded
 * once the headline shows (popup.ts), so neither delays it.
 */
const extractor = import('./article');

/** What popup.ts found before loading this module: the tab, and the first report as it was asked. */
export interface PopupStart {
  tabId: number;
  host: string;
  link: PageLink;
  asked: Promise<PageReport | 'loading' | null>;
}

/** Everything but the headline: the site switch, the hidden list and its controls, the article. */
export async function showControls({ tabId, host, link, asked }: PopupStart): Promise<void> {
  const settings = await loadSettings();
  const siteToggle = $<HTMLInputElement>('site-toggle');
  siteToggle.checked = !settings.disabledSites.includes(host);
  // Another page (options, "Reset settings") changing the settings shows here at once.
  onSettingsChanged((s) => {
    siteToggle.checked = !s.disabledSites.includes(host);
  });
  const onSiteToggle = async (): Promise<void> => {
    const on = siteToggle.checked;
    await updateSettings((s) => ({ ...s, disabledSites: on ? s.disabledSites.filter((x) => x !== host) : [...s.disabledSites, host] }));
    await link.act({ type: 'tidy:set-paused', paused: !siteToggle.checked }).catch(() => undefined);
    if (siteToggle.checked) await browser.tabs.reload(tabId);
    window.close();
  };
  siteToggle.addEventListener('change', () => void onSiteToggle());

  // Paused for the site: the content script stays silent on such pages, so no answer is awaited.
  if (!siteToggle.checked) return showStatus(message('popup_site_off'), 'paused');
  const first = await asked;
  if (first === 'loading') return showStatus(message('popup_loading_gave_up'), 'unsupported');
  if (!first) return showStatus(message('popup_not_running'), 'unsupported');
  let report: PageReport = first;

  const parser = new DOMParser();
  let article: ArticleInfo | null = null;
  let pageCopy: Document | null = null;
  let extraction = 0;
  /** Extracts the article from a fresh snapshot; a later call supersedes an earlier one. */
  const showArticle = async (): Promise<void> => {
    if (!report.isArticle) return;
    const run = ++extraction;
    const [answer, { articleFrom, isProblem }] = await Promise.all([link.snapshot(), extractor]);
    let doc: Document | null = null;
    const found = articleFrom(answer, parser, (d) => (doc = d));
    if (run !== extraction) return;
    if (isProblem(found)) return showStatus(message(found.problem, found.params), 'ready');
    renderArticle(found, report.url);
    pageCopy = doc;
    if (!article) {
      performance.mark(POPUP_MARKS.article);
      showStatus(pageNote(report), 'ready');
      void offerOnDeviceSummary(found);
    }
    article = found;
  };
  const render = (r: PageReport): void => {
    report = r;
    renderHidden(r, {
      toggle: (category, enabled) => void guarded(rerender(link.act({ type: 'tidy:set-category', category, enabled }))),
      show: (id) => void guarded(rerender(link.act({ type: 'tidy:show', id }))),
      keepShown: (id) => void guarded(onKeepShown(id)),
    });
    $('pause').hidden = false;
    $('pause').textContent = message(r.paused ? 'popup_tidy_again' : 'popup_show_everything');
    $('pause').setAttribute('aria-pressed', String(r.paused));
    $('copy-report').hidden = false;
    const note = pageNote(r);
    if (note || article || !r.isArticle) showStatus(note, r.isArticle ? 'ready' : 'not-article');
  };
  /** What the reader sees changed: the hidden list now, the article (summary without clutter) after. */
  const rerender = async (next: Promise<PageReport>): Promise<void> => {
    render(await next);
    await showArticle();
  };
  const onKeepShown = async (id: number): Promise<void> => {
    const r = await link.act({ type: 'tidy:keep-shown', id });
    // Kept: the element is shown, so its record left the list; still listed: no selector names it.
    const kept = !r.hidden.some((h) => h.id === id);
    await rerender(Promise.resolve(r));
    showStatus(message(kept ? 'popup_kept' : 'popup_keep_failed'));
  };
  $('pause').addEventListener('click', () => void guarded(rerender(link.act({ type: 'tidy:set-paused', paused: !report.paused }))));
  wireCopyButtons({ report: () => report, article: () => article, pageCopy: () => pageCopy });
  // The element picker runs on the page (src/content/zapper.ts); the popup gets out of its way.
  $('zap').addEventListener(
    'click',
    () =>
      void browser.tabs.sendMessage(tabId, { type: 'tidy:zap-start' }).then(
        () => window.close(),
        () => undefined,
      ),
  );
  // The headline is on screen already (popup.ts renders it from this same report).
  render(report);
  await guarded(showArticle());
}

/** A page that navigated or a tab that closed says so in the status line; other errors too. */
async function guarded(work: Promise<void>): Promise<void> {
  try {
    await work;
  } catch (error) {
    if (error instanceof PageProblem) showStatus(error.message, 'stale');
    else showStatus(message('popup_error', [String(error)]), 'error');
  }
}
