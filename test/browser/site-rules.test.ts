/**
 * Every site rule (src/core/rules/sites.ts) in the built extension in headless Chromium, on its
 * fixture served under the site's real https host: the local TLS server and host mapping of the
 * news-labelled bench (bench/news-labelled/tls-server.ts, page-browser.ts), so nothing leaves the
 * machine. Run `npm run build` first (`npm run test:browser` does).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchPageBrowser, type PageBrowser } from '../../bench/news-labelled/page-browser';
import { startPageServer, type PageServer } from '../../bench/news-labelled/tls-server';
import { SITE_RULE_FIXTURES, elsewhere } from '../helpers/site-rule-fixtures';
import type { ExtensionBrowser } from '../../scripts/dev/extension-browser';
import { openPopupFor } from './support/popup';
import { DIST_CHROME } from './support/repo';

/** After `load`: the content script's first pass runs as soon as the HTML is parsed. */
const SETTLE_MS = 800;

// A string, not a function: tsx may wrap functions in helpers the page does not have.
const READ_MARKERS = `(() => {
  const shown = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
  const describe = (el) => el.outerHTML.slice(0, 80);
  return {
    visibleHide: [...document.querySelectorAll('[data-expect="hide"]')].filter(shown).map(describe),
    hiddenKeep: [...document.querySelectorAll('[data-expect="keep"]')].filter((el) => !shown(el)).map(describe),
  };
})()`;

interface Markers {
  visibleHide: string[];
  hiddenKeep: string[];
}

let server: PageServer;
let target: PageBrowser;

beforeAll(async () => {
  server = await startPageServer(SITE_RULE_FIXTURES.flatMap((f) => [f, { ...f, url: elsewhere(f) }]));
  target = await launchPageBrowser(server.port, DIST_CHROME);
});

afterAll(async () => {
  await target?.browser.close();
  await server?.close();
});

async function markersAt(url: string): Promise<Markers> {
  const page = await target.browser.newPage();
  try {
    const response = await page.goto(url, { waitUntil: 'load' });
    expect(response?.status(), url).toBe(200);
    await new Promise((done) => setTimeout(done, SETTLE_MS));
    return (await page.evaluate(READ_MARKERS)) as Markers;
  } finally {
    await page.close();
  }
}

describe('site rules under their real hosts', () => {
  for (const fixture of SITE_RULE_FIXTURES) {
    it(`${fixture.host}: every marked box is hidden, the story is not`, async () => {
      expect(await markersAt(fixture.url)).toEqual({ visibleHide: [], hiddenKeep: [] });
    });
  }

  it("the popup words the rule's reason (a message key and its site) in English", async () => {
    const nyt = SITE_RULE_FIXTURES.find((f) => f.host === 'nytimes.com')!;
    const page = await target.browser.newPage();
    try {
      await page.goto(nyt.url, { waitUntil: 'load' });
      await new Promise((done) => setTimeout(done, SETTLE_MS));
      // Node gives chrome-extension: URLs no origin: cut the page's path off instead.
      const origin = target.control!.url().replace(/\/options\.html.*$/, '');
      const extension: ExtensionBrowser = {
        kind: 'chromium',
        browser: target.browser,
        extensionId: origin.replace('chrome-extension://', ''),
        extensionOrigin: origin,
        close: () => target.browser.close(),
      };
      const { popup } = await openPopupFor(extension, origin, nyt.url);
      const why = (await popup.evaluate(`Array.from(document.querySelectorAll('#hidden-list .why'), (s) => s.textContent)`)) as string[];
      await popup.close();
      expect(why).toContain('a rule for nytimes.com');
      expect(why.filter((w) => /^reason_|\$/.test(w))).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('the same nytimes.com page under another host keeps the boxes only the rule knows', async () => {
    const nyt = SITE_RULE_FIXTURES.find((f) => f.host === 'nytimes.com')!;
    const { visibleHide, hiddenKeep } = await markersAt(elsewhere(nyt));
    expect(hiddenKeep).toEqual([]);
    expect(visibleHide.length).toBeGreaterThan(0);
  });
});
