import browser, { type Runtime, type Tabs } from 'webextension-polyfill';
import type { BadgeUpdate, PageReport } from '../shared/messages';
import { loadSettings, onSettingsChanged } from '../shared/settings';

/**
 * The background only keeps the toolbar badge in step with what each tab has hidden. It holds no
 * state of its own (a service worker may be stopped at any time) and makes no network requests.
 */
browser.runtime.onMessage.addListener((message: unknown, sender: Runtime.MessageSender) => {
  const update = message as BadgeUpdate;
  if (update?.type !== 'tidy:badge' || sender.tab?.id === undefined) return undefined;
  const tabId = sender.tab.id;
  const text = update.count > 0 ? String(Math.min(update.count, 999)) : '';
  // The options page can switch the badge off; settings are read each time (no state kept here).
  void loadSettings().then((s) => browser.action.setBadgeText({ tabId, text: s.showBadge ? text : '' }));
  void browser.action.setBadgeBackgroundColor({ tabId, color: '#2f6f4e' });
  return undefined;
});

/** Badge switched off: cleared on every tab at once (switched on, counts come with each tab's next change). */
onSettingsChanged((s) => {
  if (s.showBadge) return;
  void browser.tabs.query({}).then((tabs) => {
    for (const t of tabs) if (t.id !== undefined) void browser.action.setBadgeText({ tabId: t.id, text: '' });
  });
});

/**
 * The keyboard shortcut (manifest `commands`): pauses cleaning on the tab, or resumes it, through
 * its content script (the same request as the popup's "Show everything"). A tab without one
 * (a browser page, a site switched off) is left as it is.
 */
async function onCommand(command: string, tab?: Tabs.Tab): Promise<boolean> {
  if (command !== 'toggle-tidy') return false;
  const target = tab?.id !== undefined ? tab : (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0];
  if (target?.id === undefined) return false;
  try {
    const report = await browser.tabs.sendMessage<unknown, PageReport>(target.id, { type: 'tidy:report' });
    await browser.tabs.sendMessage(target.id, { type: 'tidy:set-paused', paused: !report.paused, token: report.token });
    return true;
  } catch {
    return false;
  }
}
browser.commands.onCommand.addListener((command, tab) => void onCommand(command, tab));
// The browser tests call the handler here: headless Chromium has no way to press an extension's shortcut.
(globalThis as { tidyNewsCommand?: typeof onCommand }).tidyNewsCommand = onCommand;
