/**
 * The browser test suite, declared once for every browser: what the built extension hides and keeps
 * on the given pages, the document_start stylesheet, the popup, undo, and pages it must leave alone.
 * Each *.test.ts file calls `describeExtensionSuite` once with its own launcher, so every file runs
 * one browser (vitest runs two files at a time: vitest.browser.config.ts).
 *
 * The only support module that imports vitest: the others also serve scripts/start.ts, outside vitest.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BAD_INPUTS, DATE_ONLY_ARTICLE } from './bad-inputs';
import type { ExtensionBrowser } from '../../../scripts/dev/extension-browser';
import { loadPage, type LoadedPage, waitForTidy } from '../../../scripts/dev/load-page';
import { adLabels, countExpectMarkers, expectations, stylesheetProbe, waitForAdLabels } from './page-checks';
import { openPopupForTab, readPopup } from '../../../scripts/dev/popup';
import { clickPopupCategory, openPopupFor } from './popup';
import { REPO, readSidecar } from './repo';
import { startServer, type StaticServer } from '../../../scripts/dev/static-server';
import { openTrackedPage } from '../../../scripts/dev/tabs';

/** A stand-in for Chrome's built-in Summarizer (same interface), for the popup's on-device option. */
const FAKE_SUMMARIZER = `globalThis.Summarizer = {
  availability: async () => 'available',
  create: async () => ({
    inputQuota: 4000,
    summarize: async (text) => text.length > 200 ? '* The fake model read the article.\\n* It made two points.' : '* too short',
    destroy() {},
  }),
};`;

/** The demo pages: checked in every browser, and the pages whose popup and undo are tested. */
export const DEMOS = ['demo/article.html', 'demo/article-variant.html'];

export interface ExtensionSuiteOptions {
  /** Starts the browser with the built extension installed. */
  launch: () => Promise<ExtensionBrowser>;
  /** Repo-relative pages checked for their `data-expect` markers, the stylesheet and removed nodes. */
  pages: string[];
  /** URLs the popup must call unsupported. */
  unsupportedUrls: string[];
  /**
   * Whether a fake Summarizer can be put into the popup before its scripts run. Firefox has no
   * Summarizer, and its WebDriver BiDi preload scripts do not reach moz-extension:// pages.
   */
  canFakeSummarizer?: boolean;
}

export function describeExtensionSuite({ launch, pages, unsupportedUrls, canFakeSummarizer = false }: ExtensionSuiteOptions): void {
  let target: ExtensionBrowser;
  let server: StaticServer;
  const loaded = new Map<string, Promise<LoadedPage>>();
  /** Each page is opened once and shared by the tests about it. */
  const load = (path: string): Promise<LoadedPage> => {
    let page = loaded.get(path);
    if (!page) loaded.set(path, (page = loadPage(target, server.url(`/${path}`))));
    return page;
  };

  beforeAll(async () => {
    server = await startServer({ virtual: { ...BAD_INPUTS, '/__tidy__/date-only.html': DATE_ONLY_ARTICLE } });
    target = await launch();
  });

  afterAll(async () => {
    await target?.close();
    await server?.close();
  });

  describe.each(pages)('%s', (path) => {
    it('hides every hide-marked element and keeps every keep-marked element and its text visible', async () => {
      const { page } = await load(path);
      const report = await expectations(page);
      expect(report.hideCount).toBeGreaterThan(0);
      expect(report.keepCount).toBeGreaterThan(0);
      expect(report.visibleHides).toEqual([]);
      expect(report.hiddenKeeps).toEqual([]);
    });

    it('applies the document_start stylesheet', async () => {
      const { page } = await load(path);
      const { probe, existing } = await stylesheetProbe(page);
      expect(probe).toBe('none');
      for (const el of existing) expect(el, `#${el.id}`).toEqual({ id: el.id, display: 'none' });
    });

    it('removes no node of the page', async () => {
      const { page } = await load(path);
      const inSource = countExpectMarkers(readFileSync(join(REPO, path), 'utf8'));
      expect(await page.evaluate(`document.querySelectorAll('[data-expect]').length`)).toBe(inSource);
    });
  });

  describe.each(DEMOS)('popup for %s', (path) => {
    const popupFor = async () => {
      const { url } = await load(path);
      return openPopupFor(target, target.extensionOrigin, url);
    };

    it('shows the headline, the publisher’s two key points, the story’s key points, site, byline, date and reading time', async () => {
      const sidecar = await readSidecar(path);
      const { popup, state } = await popupFor();
      const content = await readPopup(popup);
      const pageText = (await (await load(path)).page.evaluate(`document.body.innerText.replace(/\\s+/g, ' ')`)) as string;
      await popup.close();
      expect({ state, status: content.status }).toEqual({ state: 'ready', status: '' });
      expect(content.headline).toBe(sidecar.headline);
      expect(content.summaryKind).toBe('From the publisher');
      expect(content.summary).toHaveLength(2);
      expect(content.summary[0].startsWith(sidecar.summary!.first), content.summary[0]).toBe(true);
      // Then whole sentences of the article the reader sees, none repeating the publisher's points.
      expect(content.storyKind).toBe('Key points from the article');
      expect(content.story.length).toBeGreaterThanOrEqual(2);
      for (const point of content.story) {
        expect(pageText, point).toContain(point);
        expect(content.summary).not.toContain(point);
      }
      expect(content.site).toBe(sidecar.siteName);
      expect(content.byline).toBe(`By ${sidecar.byline}`);
      expect(content.published).toMatch(/2020/);
      expect(content.readingTime).toMatch(/^\d+ min read$/);
    });

    it.runIf(canFakeSummarizer)('offers an on-device summary only where the browser has a Summarizer, made on request', async () => {
      const { url } = await load(path);
      // A fake with the interface of Chrome's Summarizer, installed before the popup's scripts run.
      const { popup } = await openPopupFor(target, target.extensionOrigin, url, (page) => page.evaluateOnNewDocument(FAKE_SUMMARIZER));
      await popup.waitForFunction(`!document.getElementById('on-device').hidden`, { timeout: 5000 });
      expect(await popup.evaluate(`document.querySelectorAll('#on-device-points li').length`)).toBe(0);
      await popup.click('#on-device-button');
      await popup.waitForFunction(`document.getElementById('on-device').dataset.done === 'true'`, { timeout: 5000 });
      const points = (await popup.evaluate(
        `Array.from(document.querySelectorAll('#on-device-points li'), (li) => li.textContent)`,
      )) as string[];
      const note = (await popup.evaluate(`document.getElementById('on-device-status').textContent`)) as string;
      await popup.close();
      expect(points).toEqual(['The fake model read the article.', 'It made two points.']);
      expect(note).toMatch(/on this device/i);
      // Without a Summarizer, nothing is offered.
      const plain = await popupFor();
      expect(await plain.popup.evaluate(`document.getElementById('on-device').hidden`)).toBe(true);
      await plain.popup.close();
    });

    it('undo: switching Ads off shows the ad labels again, switching it on hides them', async () => {
      const { page } = await load(path);
      const before = await adLabels(page);
      expect(before.length, 'ad labels inside elements marked "ads"').toBeGreaterThan(0);
      expect(before.filter((l) => l.visible)).toEqual([]);
      const { popup, state } = await popupFor();
      try {
        expect(state).toBe('ready');
        await clickPopupCategory(popup, 'ads');
        expect((await waitForAdLabels(page, true)).filter((l) => !l.visible)).toEqual([]);
        await clickPopupCategory(popup, 'ads');
        expect((await waitForAdLabels(page, false)).filter((l) => l.visible)).toEqual([]);
      } finally {
        await popup.close();
      }
    });
  });

  it('shows a date-only datePublished as that day, without a time, west of UTC too', async () => {
    const { url } = await load('__tidy__/date-only.html');
    const { popup } = await openPopupFor(target, target.extensionOrigin, url);
    const content = await readPopup(popup);
    await popup.close();
    // The browsers run in America/New_York (launch-*.ts), where midnight UTC is the day before.
    expect(content.published).toMatch(/\b4\b/);
    expect(content.published).toMatch(/2026/);
    expect(content.published).not.toMatch(/\d:\d\d/);
  });

  describe('pages the extension cannot tidy', () => {
    it.each(unsupportedUrls)('popup says %s is unsupported', async (url) => {
      const { page, tabId } = await openTrackedPage(target, url);
      const { popup, state } = await openPopupForTab(target, tabId);
      const content = await readPopup(popup);
      await popup.close();
      await page.close();
      expect(state).toBe('unsupported');
      expect(content.status).not.toBe('');
    });

    it('popup on a page that is not an article says so in words, no message key or placeholder left', async () => {
      const { page, tabId } = await loadPage(target, server.url('test/fixtures/non-article/news-home.html'));
      const { popup, state } = await openPopupForTab(target, tabId);
      const content = await readPopup(popup);
      await popup.close();
      await page.close();
      expect(state).toBe('not-article');
      expect(content.status).not.toBe('');
      // Why the page is no article is a _locales key and its parameters (page-kind.ts), worded in the popup.
      expect(content.status).not.toMatch(/reason_|\$/);
    });
  });

  describe('bad input', () => {
    it.each(Object.keys(BAD_INPUTS))('%s loads, without errors and with nothing hidden', async (path) => {
      const { page, errors } = await loadPage(target, server.url(path));
      const hidden = await page.evaluate(`document.readyState + ' ' + document.querySelectorAll('[data-tidy-hidden]').length`);
      // Give a late failure of the content script a moment to surface.
      expect(await waitForTidy(page, 300, 1000)).toBe(0);
      await page.close();
      expect(hidden).toBe('complete 0');
      expect(errors).toEqual([]);
    });
  });
}
