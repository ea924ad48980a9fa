/**
 * Every network request made by the extension's own contexts in Chromium, over CDP: its service
 * worker and its pages (popup, options) by their target, content-script requests by their
 * initiator (a chrome-extension:// script in the stack of a page's request). Loads of the
 * extension's own files (chrome-extension://ID/…) are counted apart: they show the recorder hears.
 */
import { TargetType, type CDPSession, type Target } from 'puppeteer-core';
import type { ExtensionBrowser } from '../../../scripts/dev/extension-browser';

export interface RequestLog {
  /** Requests by the extension to anywhere but its own files: must stay empty. */
  outside: string[];
  /** Loads of the extension's own files, seen by the same listeners. */
  ownFiles: number;
  stop(): Promise<void>;
}

interface RequestEvent {
  request: { url: string };
  documentURL?: string;
  initiator?: { url?: string; stack?: { callFrames: Array<{ url: string }>; parent?: unknown } };
}

export async function recordExtensionRequests(target: ExtensionBrowser): Promise<RequestLog> {
  const origin = target.extensionOrigin;
  const sessions: CDPSession[] = [];
  const log: RequestLog = {
    outside: [],
    ownFiles: 0,
    stop: async () => {
      target.browser.off('targetcreated', onTarget);
      await Promise.all(sessions.map((s) => s.detach().catch(() => undefined)));
    },
  };
  const fromExtension = (e: RequestEvent, isExtensionTarget: boolean): boolean =>
    isExtensionTarget ||
    (e.documentURL ?? '').startsWith(origin) ||
    (e.initiator?.url ?? '').startsWith(origin) ||
    (e.initiator?.stack?.callFrames ?? []).some((f) => f.url.startsWith(origin));
  async function attach(t: Target): Promise<void> {
    const type = t.type();
    const isPage = type === TargetType.PAGE;
    // The service worker, and any other context of the extension's own (an offscreen document).
    const isExtensionTarget = !isPage && t.url().startsWith(origin);
    if (!isPage && !isExtensionTarget) return;
    const session = await t.createCDPSession().catch(() => null);
    if (!session) return;
    sessions.push(session);
    session.on('Network.requestWillBeSent', (e: RequestEvent) => {
      const url = e.request.url;
      if (!fromExtension(e, isExtensionTarget)) return;
      if (url.startsWith(origin) || url.startsWith('data:') || url.startsWith('blob:')) log.ownFiles++;
      else log.outside.push(`${url} (from ${e.documentURL ?? t.url()})`);
    });
    await session.send('Network.enable').catch(() => undefined);
  }
  const onTarget = (t: Target): void => void attach(t);
  target.browser.on('targetcreated', onTarget);
  await Promise.all(target.browser.targets().map(attach));
  return log;
}
