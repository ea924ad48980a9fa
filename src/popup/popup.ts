import browser from 'webextension-polyfill';
import type { CategoryId } from '../core/types';
import type { PageReport, Request } from '../shared/messages';
import { loadSettings, onSettingsChanged, siteKey, updateSettings } from '../shared/settings';
import { reportForClipboard } from '../shared/messages';
import { offerOnDeviceSummary } from './on-device';
import { renderArticle, renderHidden, showStatus } from './render';
import { targetTab, whyNoAnswer, whyUnsupported } from './target-tab';

const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

async function main(): Promise<void> {
  const tab = await targetTab();
  const unsupported = whyUnsupported(tab);
  if (unsupported || !tab?.id) return showStatus(unsupported ?? 'No page to tidy.', 'unsupported');
  const tabId = tab.id;
  const host = siteKey(new URL(tab.url!).hostname);
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
    await ask({ type: 'tidy:set-paused', paused: !siteToggle.checked }).catch(() => undefined);
    if (siteToggle.checked) await browser.tabs.reload(tabId);
    window.close();
  };
  siteToggle.addEventListener('change', () => void onSiteToggle());

  const ask = (req: Request): Promise<PageReport> => browser.tabs.sendMessage<Request, PageReport>(tabId, req);
  let report: PageReport;
  try {
    report = await ask({ type: 'tidy:report' });
    if (!report) throw new Error('no answer');
  } catch {
    return showStatus(siteToggle.checked ? whyNoAnswer(tab) : 'Tidy News is off on this site.', 'unsupported');
  }

  const render = (r: PageReport): void => {
    report = r;
    renderArticle(r);
    renderHidden(
      r,
      (category, enabled) => void onToggle(category, enabled),
      (id) => void onShow(id),
    );
    $('pause').hidden = false;
    $('pause').textContent = r.paused ? 'Tidy this page again' : 'Show everything';
    $('copy-report').hidden = false;
    if (r.isArticle) showStatus('', 'ready');
    else showStatus(`This does not look like an article (${r.kindReason}), so only known ad and pop-up blocks are hidden.`, 'not-article');
  };
  const onToggle = async (category: CategoryId, enabled: boolean): Promise<void> => {
    render(await ask({ type: 'tidy:set-category', category, enabled }));
  };
  const onShow = async (id: number): Promise<void> => render(await ask({ type: 'tidy:show', id }));
  const onPause = async (): Promise<void> => render(await ask({ type: 'tidy:set-paused', paused: !report.paused }));
  const onCopyReport = async (): Promise<void> => {
    await navigator.clipboard.writeText(JSON.stringify(reportForClipboard(report), null, 2));
    $('copy-report').textContent = 'Copied';
  };
  $('pause').addEventListener('click', () => void onPause());
  $('copy-report').addEventListener('click', () => void onCopyReport());
  render(report);
  if (report.article) void offerOnDeviceSummary(report.article);
}

main().catch((error: unknown) => showStatus(`Something went wrong: ${String(error)}`, 'error'));
