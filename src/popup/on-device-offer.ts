import type { ArticleInfo } from '../core/extract/article-info';
import { message } from '../shared/ui-strings';
import { findSummarizer, onDeviceAvailability, summarizeOnDevice } from './on-device';

/**
 * The optional on-device summary: where the browser has a built-in Summarizer (Chrome's), the
 * popup offers a button; the summary is made on this device only when the reader asks, and is
 * labelled as such. Where there is no Summarizer, nothing shows.
 */
export async function offerOnDeviceSummary(article: ArticleInfo): Promise<void> {
  const section = document.getElementById('on-device') as HTMLElement;
  const button = document.getElementById('on-device-button') as HTMLButtonElement;
  const status = document.getElementById('on-device-status') as HTMLElement;
  const list = document.getElementById('on-device-points') as HTMLElement;
  const api = findSummarizer(globalThis);
  const availability = await onDeviceAvailability(api, article.lang);
  if (!api || availability === 'unavailable' || article.wordCount < 80) return;
  section.hidden = false;
  if (availability !== 'available') button.textContent = message('popup_on_device_download');
  const onClick = async (): Promise<void> => {
    button.disabled = true;
    status.textContent = message('popup_on_device_working');
    try {
      const summary = await summarizeOnDevice({ title: article.title, text: article.text, lang: article.lang }, api);
      list.replaceChildren(...summary.points.map((p) => Object.assign(document.createElement('li'), { textContent: p })));
      status.textContent = message('popup_on_device_done');
      section.dataset.done = 'true';
    } catch (error) {
      status.textContent = message('popup_on_device_failed', [String(error)]);
      button.disabled = false;
    }
  };
  button.addEventListener('click', () => void onClick());
}
