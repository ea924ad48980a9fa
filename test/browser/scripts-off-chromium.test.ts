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
import { ROBUST, robustnessPages } from './support/robustness-pages';

let target: ExtensionBrowser;
let server: StaticServer;

beforeAll(async () => {
  server = await startServer({ virtual: robustnessPages() });
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

it('with page scripts off, a page too large for one slice is located over several tasks and cleaned', async () => {
  // Its slices are started by storage reads there (src/content/next-task.ts): a timer would never fire.
  const page = await target.browser.newPage();
  await page.setJavaScriptEnabled(false);
  await page.goto(server.url(ROBUST.huge), { waitUntil: 'load', timeout: 30_000 });
  const allLabels = `Array.from(document.querySelectorAll('span[id*="-ad"]')).every((s) => s.closest('[data-tidy-hidden]'))`;
  // Polled from here: waitForFunction polls with the page's own timers, which are off too.
  let cleaned = false;
  for (const started = Date.now(); !cleaned && Date.now() - started < 20_000;) {
    cleaned = (await page.evaluate(allLabels)) as boolean;
    if (!cleaned) await new Promise((r) => setTimeout(r, 200));
  }
  expect(cleaned).toBe(true);
  const { state } = await openPopupForTab(target, await findTabId(target, page.url()));
  expect(state).toBe('ready');
});
