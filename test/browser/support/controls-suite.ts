/**
 * The user's controls in a real browser with the built extension (issue 12): a custom rule hides on
 * load, the element picker zaps, the zap persists after a reload and is undone in one click, a bad
 * settings file is refused with the settings unchanged, the badge switch, and the shortcut.
 * Page code is passed as a string (why: scripts/dev/load-page.ts).
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TargetType, type ElementHandle, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from '../../../scripts/dev/extension-browser';
import { loadPage } from '../../../scripts/dev/load-page';
import { openPopupForTab } from '../../../scripts/dev/popup';
import { gotoLenient } from '../../../scripts/dev/popup-page';
import { extensionApi } from './extension-api';
import { startServer, type StaticServer } from '../../../scripts/dev/static-server';

const SENTENCE = 'The council approved the new flood barrier on Tuesday after a long debate in the town hall, and residents were divided.';
const CONTROLS_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Flood barrier approved</title>
<meta property="og:type" content="article"></head><body>
<header><a href="/">The Valley Courier</a></header>
<main><article><h1>Council approves the flood barrier</h1>
${Array.from({ length: 8 }, (_, i) => `<p id="p${i}">Paragraph ${i}. ${SENTENCE}</p>`).join('\n')}
<aside class="weather-box" style="height:80px">Weather in the valley: sunny, 21 degrees</aside>
${Array.from({ length: 3 }, (_, i) => `<p>Closing ${i}. ${SENTENCE}</p>`).join('\n')}
</article><div class="reader-poll"><b>Poll</b> <button>Yes</button> <button>No</button></div></main></body></html>`;
const PATH = '/__tidy__/controls.html';
const SITE = '127.0.0.1';

const visible = (page: Page, selector: string): Promise<boolean> =>
  page.evaluate(
    `(() => { const el = document.querySelector(${JSON.stringify(selector)}); return !!el && getComputedStyle(el).display !== 'none'; })()`,
  ) as Promise<boolean>;
const waitVisible = (page: Page, selector: string, want: boolean): Promise<unknown> =>
  page.waitForFunction(
    `(() => { const el = document.querySelector(${JSON.stringify(selector)}); return !!el && (getComputedStyle(el).display !== 'none') === ${want}; })()`,
    { timeout: 5000, polling: 50 },
  );

export interface ControlsSuiteOptions {
  launch: () => Promise<ExtensionBrowser>;
}

export function describeControlsSuite({ launch }: ControlsSuiteOptions): void {
  let target: ExtensionBrowser;
  let server: StaticServer;
  let options: Page;
  const stored = async (): Promise<Record<string, unknown>> =>
    (await extensionApi(options, 'return api.storage.local.get(null);')) as Record<string, unknown>;
  const setStored = (items: Record<string, unknown>): Promise<unknown> =>
    extensionApi(options, `await api.storage.local.set(${JSON.stringify(items)});`);
  const clearStored = (): Promise<unknown> => extensionApi(options, 'await api.storage.local.clear();');

  beforeAll(async () => {
    server = await startServer({ virtual: { [PATH]: { body: CONTROLS_PAGE } } });
    target = await launch();
    options = await target.browser.newPage();
    await gotoLenient(options, `${target.extensionOrigin}/options.html`);
    await options.waitForFunction(`document.querySelectorAll('#categories input').length > 0`, { timeout: 10_000 });
  });

  afterAll(async () => {
    await target?.close();
    await server?.close();
  });

  it('a custom rule for the site hides its element on load, and the article stays', async () => {
    await clearStored();
    await setStored({ settingsVersion: 2, customRules: { [SITE]: ['.reader-poll'] } });
    const { page } = await loadPage(target, server.url(PATH));
    try {
      expect(await visible(page, '.reader-poll')).toBe(false);
      expect(await page.evaluate(`document.querySelector('.reader-poll').getAttribute('data-tidy-hidden')`)).toBe('promos');
      for (const id of ['p0', 'p4', 'p7']) expect(await visible(page, `#${id}`), id).toBe(true);
      expect(await visible(page, '.weather-box')).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('zaps an element with the picker, keeps it hidden after a reload, and undoes it in one click', async () => {
    await clearStored();
    const { page, tabId } = await loadPage(target, server.url(PATH));
    try {
      expect(await visible(page, '.weather-box')).toBe(true);
      // What the popup's "Pick an element to hide" button sends.
      await extensionApi(options, `await api.tabs.sendMessage(${tabId}, { type: 'tidy:zap-start' });`);
      await page.waitForFunction(`document.documentElement.getAttribute('data-tidy-zapper') === 'picking'`, { timeout: 5000 });
      await page.hover('.weather-box');
      await page.click('.weather-box');
      await waitVisible(page, '.weather-box', false);
      expect(await page.evaluate(`document.querySelectorAll('[data-tidy-zapper]').length`)).toBe(0);
      const zaps = (await stored()).zapRules as Record<string, Array<{ selector: string; label: string }>>;
      expect(zaps[SITE]).toEqual([
        expect.objectContaining({ selector: 'aside.weather-box', label: 'Weather in the valley: sunny, 21 degrees' }),
      ]);

      await page.reload({ waitUntil: 'load' });
      await waitVisible(page, '.weather-box', false);
      expect(await visible(page, '#p7')).toBe(true);

      // The options page lists it; one click shows it again on the open page, and deletes the rule.
      await options.waitForFunction(`document.getElementById('zaps').textContent.includes('aside.weather-box')`, { timeout: 5000 });
      await options.bringToFront();
      await options.click('#zaps button');
      await waitVisible(page, '.weather-box', true);
      expect((await stored()).zapRules).toEqual({});
    } finally {
      await page.close();
    }
  });

  it('the popup’s “Pick an element to hide” starts the picker; a paragraph of the article is refused, with the reason', async () => {
    await clearStored();
    const { page, tabId } = await loadPage(target, server.url(PATH));
    try {
      const { popup } = await openPopupForTab(target, tabId);
      // The popup closes itself once the picker runs (a popup tab opened by the test may stay).
      await popup.evaluate(`document.getElementById('zap').click()`).catch(() => undefined);
      await page.waitForFunction(`document.documentElement.getAttribute('data-tidy-zapper') === 'picking'`, { timeout: 5000 });
      if (!popup.isClosed()) await popup.close();
      await page.bringToFront();
      await page.click('#p3');
      await page.waitForFunction(`!!document.querySelector('[data-tidy-zapper="note"]')`, { timeout: 5000 });
      expect(await page.evaluate(`document.querySelector('[data-tidy-zapper="note"]').textContent`)).toMatch(
        /does not hide part of the article \((contains|is inside) [^$]+\)/,
      );
      expect(await visible(page, '#p3')).toBe(true);
      expect((await stored()).zapRules ?? {}).toEqual({});
    } finally {
      await page.close();
    }
  });

  it('Show on a zapped element in the popup’s hidden list undoes the zap for good', async () => {
    await clearStored();
    await setStored({ settingsVersion: 2, zapRules: { [SITE]: [{ selector: 'aside.weather-box', label: 'Weather', created: 1 }] } });
    const { page, tabId } = await loadPage(target, server.url(PATH));
    try {
      expect(await visible(page, '.weather-box')).toBe(false);
      // The popup lists the zapped element with its Show button; one click.
      const { popup } = await openPopupForTab(target, tabId);
      try {
        await popup.evaluate(`(() => {
          const item = Array.from(document.querySelectorAll('#hidden-list li')).find((li) => li.textContent.includes('Weather in the valley'));
          if (!item) throw new Error('the zap is not in the popup list: ' + document.getElementById('hidden-list').textContent);
          item.querySelector('button').click();
        })()`);
      } finally {
        await popup.close();
      }
      await waitVisible(page, '.weather-box', true);
      await options.waitForFunction(`document.getElementById('no-zaps').hidden === false`, { timeout: 5000 });
      expect((await stored()).zapRules).toEqual({});
      await page.reload({ waitUntil: 'load' });
      await new Promise((r) => setTimeout(r, 500));
      expect(await visible(page, '.weather-box')).toBe(true);
    } finally {
      await page.close();
    }
  });

  describe('import', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tidy-import-'));
    const files: Record<string, [string, RegExp]> = {
      'bad JSON': ['{"format": "tidy-news-settings", "settingsVersion": 2,', /not valid JSON/],
      'wrong shape': [JSON.stringify({ hello: 'world' }), /not a Tidy News settings file/],
      'unknown version': [JSON.stringify({ format: 'tidy-news-settings', settingsVersion: 42 }), /settings version 42/],
      'invalid selector': [
        JSON.stringify({
          format: 'tidy-news-settings',
          settingsVersion: 2,
          disabledCategories: [],
          disabledSites: [],
          showBadge: true,
          customRules: { 'news.example.com': ['div[['] },
          zapRules: {},
        }),
        /“div\[\[” for news\.example\.com is not a valid CSS selector/,
      ],
    };

    it.each(Object.keys(files))('a file with %s is refused with the reason, and the settings stay exactly as they were', async (name) => {
      await clearStored();
      await setStored({
        settingsVersion: 2,
        disabledSites: ['paused.example'],
        customRules: { [SITE]: ['.reader-poll'] },
        showBadge: false,
      });
      const before = await stored();
      const path = join(dir, `${name.replace(/\W/g, '-')}.json`);
      writeFileSync(path, files[name][0]);
      await options.evaluate(`document.getElementById('file-status').textContent = ''`);
      const input = (await options.$('#import-file')) as ElementHandle<HTMLInputElement>;
      await input.uploadFile(path);
      await options.waitForFunction(`document.getElementById('file-status').textContent !== ''`, { timeout: 15_000 });
      const status = (await options.evaluate(`document.getElementById('file-status').textContent`)) as string;
      expect(status).toMatch(files[name][1]);
      expect(status).toMatch(/Nothing was changed/);
      expect(await stored()).toEqual(before);
    });
  });

  it('the badge shows the count, and nothing once switched off in the options', async () => {
    await clearStored();
    const { page, tabId } = await loadPage(target, server.url(PATH));
    const badge = async (): Promise<string> =>
      (await extensionApi(options, `return api.action.getBadgeText({ tabId: ${tabId} });`)) as string;
    try {
      await setStored({ settingsVersion: 2, customRules: { [SITE]: ['.reader-poll'] } });
      await options.waitForFunction(`!!document.querySelector('#rules input')`, { timeout: 5000 });
      await waitVisible(page, '.reader-poll', false);
      await expect.poll(badge, { timeout: 5000 }).toMatch(/^[1-9]\d*$/);
      await options.bringToFront();
      await options.click('#show-badge');
      await expect.poll(badge, { timeout: 5000 }).toBe('');
    } finally {
      await page.close();
    }
  });

  it('the shortcut switches cleaning off for the tab, and on again (its handler called in the background)', async () => {
    await clearStored();
    await setStored({ settingsVersion: 2, customRules: { [SITE]: ['.reader-poll'] } });
    const { page, tabId } = await loadPage(target, server.url(PATH));
    try {
      expect(await visible(page, '.reader-poll')).toBe(false);
      expect(await toggleByCommand(target, options, tabId)).toBe(true);
      await waitVisible(page, '.reader-poll', true);
      expect(await page.evaluate(`document.documentElement.hasAttribute('data-tidy-off')`)).toBe(true);
      expect(await toggleByCommand(target, options, tabId)).toBe(true);
      await waitVisible(page, '.reader-poll', false);
      expect(await page.evaluate(`document.documentElement.hasAttribute('data-tidy-off')`)).toBe(false);
    } finally {
      await page.close();
    }
  });
}

/**
 * The shortcut (manifest `commands`): a headless browser cannot press an extension's shortcut, so
 * the test calls the background's handler as the browser would: in Chromium's service worker, in
 * Firefox's background page (reached from an extension page with runtime.getBackgroundPage).
 */
async function toggleByCommand(target: ExtensionBrowser, extensionPage: Page, tabId: number): Promise<boolean> {
  const call = `globalThis.tidyNewsCommand('toggle-tidy', { id: ${tabId} })`;
  if (target.kind === 'firefox')
    return (await extensionApi(extensionPage, `const bg = await api.runtime.getBackgroundPage(); return bg.${call};`)) as boolean;
  const sw = await target.browser.waitForTarget(
    (t) => t.type() === TargetType.SERVICE_WORKER && t.url().startsWith(target.extensionOrigin),
  );
  return (await (await sw.worker())!.evaluate(call)) as boolean;
}
