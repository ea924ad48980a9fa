/**
 * A reader who switched JavaScript off for a site still gets it tidied: content scripts run there,
 * but the page's timers never fire, ours included (a timer yield before the first pass left such
 * pages untouched and the popup saying 'not running'; found by bench/browser-cost).
 */
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ExtensionBrowser } from '../../scripts/dev/extension-browser';
import { launchChromium } from '../../scripts/dev/launch-chromium';
import { openPopupForTab } from '../../scripts/dev/popup';
import { startServer, type StaticServer } from '../../scripts/dev/static-server';
import { findTabId } from '../../scripts/dev/tabs';
import { DIST_CHROME } from './support/repo';

let target: ExtensionBrowser;
let server: StaticServer;

beforeAll(async () => {
  server = await startServer({});
  target = await launchChromium(DIST_CHROME);
});

afterAll(async () => {
  await target?.close();
  await server?.close();
});

it('with page scripts off, the demo article is tidied and the popup shows its headline', async () => {
  const page = await target.browser.newPage();
  await page.setJavaScriptEnabled(false);
  await page.goto(server.url('/demo/article.html'), { waitUntil: 'load' });
  await page.waitForFunction(() => document.querySelectorAll('[data-tidy-hidden]').length > 0, { timeout: 10_000 });
  const { popup, state } = await openPopupForTab(target, await findTabId(target, page.url()));
  expect(state).toBe('ready');
  expect(await popup.evaluate(() => document.getElementById('headline')?.textContent ?? '')).toMatch(/TikTok/);
});
