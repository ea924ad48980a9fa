import browser, { type Runtime } from 'webextension-polyfill';
import type { BadgeUpdate } from '../shared/messages';

/**
 * The background only keeps the toolbar badge in step with what each tab has hidden. It holds no
 * state of its own (a service worker may be stopped at any time) and makes no network requests.
 */
browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  const update = message as BadgeUpdate;
  if (update?.type !== 'tidy:badge' || sender.tab?.id === undefined) return undefined;
  const tabId = sender.tab.id;
  const text = update.count > 0 ? String(Math.min(update.count, 999)) : '';
  void browser.action.setBadgeText({ tabId, text });
  void browser.action.setBadgeBackgroundColor({ tabId, color: '#2f6f4e' });
  return undefined;
});
