/**
 * The built extension (dist/chrome) in real headless Chromium: what it hides and keeps on the demo
 * pages and some site fixtures, the document_start stylesheet, the popup, undo, and pages it must
 * leave alone. Run `npm run build` first (`npm run test:browser` does).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BAD_INPUTS,
  DIST_CHROME,
  REPO,
  adLabels,
  clickPopupCategory,
  countExpectMarkers,
  expectations,
  launchChromium,
  loadPage,
  openPopupFor,
  openTrackedPage,
  openPopupForTab,
  pickSiteFixtures,
  readPopup,
  readSidecar,
  startServer,
  stylesheetProbe,
  waitForAdLabels,
  waitForTidy,
  type ExtensionBrowser,
  type LoadedPage,
  type StaticServer,
} from './harness';

const DEMOS = ['demo/article.html', 'demo/article-variant.html'];
const SITES = pickSiteFixtures(['cnn', 'bbc', 'le-monde', 'scmp'], 4);

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
  server = await startServer({ virtual: BAD_INPUTS });
  target = await launchChromium(DIST_CHROME);
});

afterAll(async () => {
  await target?.close();
  await server?.close();
});

describe.each([...DEMOS, ...SITES])('%s', (path) => {
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

  it('shows the headline, the two key points and the site', async () => {
    const sidecar = await readSidecar(path);
    const { popup, state } = await popupFor();
    const content = await readPopup(popup);
    await popup.close();
    expect({ state, status: content.status }).toEqual({ state: 'ready', status: '' });
    expect(content.headline).toBe(sidecar.headline);
    expect(content.summary).toHaveLength(2);
    expect(content.summary[0].startsWith(sidecar.summary!.first), content.summary[0]).toBe(true);
    expect(content.site).not.toBe('');
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

describe('pages the extension cannot tidy', () => {
  it.each(['about:blank', 'chrome://version/'])('popup says %s is unsupported', async (url) => {
    const { page, tabId } = await openTrackedPage(target, url);
    const { popup, state } = await openPopupForTab(target, tabId);
    const content = await readPopup(popup);
    await popup.close();
    await page.close();
    expect(state).toBe('unsupported');
    expect(content.status).not.toBe('');
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
