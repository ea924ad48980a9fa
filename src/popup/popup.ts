import browser from 'webextension-polyfill';
import type { CategoryId } from '../core/types';
import type { PageReport } from '../shared/messages';
import { loadSettings, onSettingsChanged, siteKey, updateSettings } from '../shared/settings';
import { reportForClipboard } from '../shared/messages';
import { withReasonText } from '../shared/ui-strings';
import { offerOnDeviceSummary } from './on-device';
import { PageLink, PageProblem } from './page-link';
import { POPUP_MARKS, renderArticle, renderHeadline, renderHidden, showStatus } from './render';
import { targetTab, whyNoAnswer, whyUnsupported } from './target-tab';

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

/**
 * Extraction (Readability, summary, metadata: most of the popup's code) is a chunk of its own
 * (scripts/build.ts), fetched and parsed while the report is asked for and the headline shows.
 */
const extractor = import('./article');

async function main(): Promise<void> {
  const tab = await targetTab();
  const unsupported = whyUnsupported(tab);
  if (unsupported || !tab?.id) return showStatus(unsupported ?? 'No page to tidy.', 'unsupported');
  const tabId = tab.id;
  const host = siteKey(new URL(tab.url!).hostname);
  const link = new PageLink(tabId);
  // Asked together: the headline waits for one round trip, not two.
  const asked = link.report().catch(() => null);
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

  const first = await asked;
  if (!first) return showStatus(siteToggle.checked ? whyNoAnswer(tab) : 'Tidy News is off on this site.', 'unsupported');
  let report: PageReport = first;

  const parser = new DOMParser();
  let articleShown = false;
  let extraction = 0;
  /** Extracts the article from a fresh snapshot; a later call supersedes an earlier one. */
  const showArticle = async (): Promise<void> => {
    if (!report.isArticle) return;
    const run = ++extraction;
    const [answer, { articleFrom }] = await Promise.all([link.snapshot(), extractor]);
    const article = articleFrom(answer, parser);
    if (run !== extraction) return;
    if (typeof article === 'string') return showStatus(article, 'ready');
    renderArticle(article, report.url);
    if (!articleShown) {
      articleShown = true;
      performance.mark(POPUP_MARKS.article);
      showStatus('', 'ready');
      void offerOnDeviceSummary(article);
    }
  };
  const render = (r: PageReport): void => {
    report = r;
    renderHidden(
      r,
      (category, enabled) => void guarded(onToggle(category, enabled)),
      (id) => void guarded(onShow(id)),
    );
    $('pause').hidden = false;
    $('pause').textContent = r.paused ? 'Tidy this page again' : 'Show everything';
    $('copy-report').hidden = false;
    if (!r.isArticle)
      showStatus(`This does not look like an article (${r.kindReason}), so only known ad and pop-up blocks are hidden.`, 'not-article');
  };
  /** What the reader sees changed: the hidden list now, the article (summary without clutter) after. */
  const rerender = async (r: PageReport): Promise<void> => {
    render(r);
    await showArticle();
  };
  const onToggle = async (category: CategoryId, enabled: boolean): Promise<void> =>
    rerender(await link.act({ type: 'tidy:set-category', category, enabled }));
  const onShow = async (id: number): Promise<void> => rerender(await link.act({ type: 'tidy:show', id }));
  const onPause = async (): Promise<void> => rerender(await link.act({ type: 'tidy:set-paused', paused: !report.paused }));
  const onCopyReport = async (): Promise<void> => {
    try {
      await navigator.clipboard.writeText(JSON.stringify(reportForClipboard(withReasonText(report)), null, 2));
    } catch (error) {
      // The popup lost focus, or the browser refused: say so rather than fail silently.
      return showStatus(`The report could not be copied (${String(error)}).`);
    }
    $('copy-report').textContent = 'Copied';
  };
  $('pause').addEventListener('click', () => void guarded(onPause()));
  $('copy-report').addEventListener('click', () => void guarded(onCopyReport()));
  // The element picker runs on the page (src/content/zapper.ts); the popup gets out of its way.
  $('zap').addEventListener(
    'click',
    () =>
      void browser.tabs.sendMessage(tabId, { type: 'tidy:zap-start' }).then(
        () => window.close(),
        () => undefined,
      ),
  );
  render(report);
  if (report.isArticle) renderHeadline(report.headline, report.url);
  await guarded(showArticle());
}

/** A page that navigated or a tab that closed says so in the status line; other errors too. */
async function guarded(work: Promise<void>): Promise<void> {
  try {
    await work;
  } catch (error) {
    if (error instanceof PageProblem) showStatus(error.message, 'stale');
    else showStatus(`Something went wrong: ${String(error)}`, 'error');
  }
}

main().catch((error: unknown) => showStatus(`Something went wrong: ${String(error)}`, 'error'));
