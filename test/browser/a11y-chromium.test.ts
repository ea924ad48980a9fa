/**
 * The popup and the options page in real headless Chromium (issue 12, part 2): axe-core finds no
 * violations in light and dark; the popup in German, French and Simplified Chinese (Chromium
 * answering from that locale's messages) shows no English left; a right-to-left page mirrors the layout; and the
 * README's screenshots (popup light and dark, options, the zapper in action) are written to
 * docs/screenshots/. Run `npm run build` first.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import axe from 'axe-core';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from '../../scripts/dev/extension-browser';
import { launchChromium } from '../../scripts/dev/launch-chromium';
import { loadPage } from '../../scripts/dev/load-page';
import { openPopupForTab } from '../../scripts/dev/popup';
import { gotoLenient } from '../../scripts/dev/popup-page';
import { startServer, type StaticServer } from '../../scripts/dev/static-server';
import { DIST_CHROME, REPO } from './support/repo';

const DEMO = '/demo/article.html';
const SHOTS = join(REPO, 'docs/screenshots');
/** axe-core's own source, to evaluate in the page under test. */
const AXE = axe.source;
type Scheme = 'light' | 'dark';

/** axe-core's violations on `page` (its source evaluated by the driver: the page's CSP allows no inline script). */
async function axeViolations(page: Page): Promise<Array<{ id: string; nodes: string[] }>> {
  await page.evaluate(AXE);
  return (await page.evaluate(`axe.run(document, { resultTypes: ['violations'] }).then((r) =>
    r.violations.map((v) => ({ id: v.id, nodes: v.nodes.map((n) => n.target.join(' ') + ': ' + n.failureSummary) })))`)) as Array<{
    id: string;
    nodes: string[];
  }>;
}

const scheme = (page: Page, value: Scheme): Promise<void> => page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value }]);

/** The popup for the demo article, with its article shown and the "why" list open. */
async function demoPopup(target: ExtensionBrowser, server: StaticServer, script?: string): Promise<{ page: Page; popup: Page }> {
  const { page, tabId } = await loadPage(target, server.url(DEMO));
  const { popup } = await openPopupForTab(target, tabId, script ? (p) => p.evaluateOnNewDocument(script) : undefined);
  await popup.waitForFunction(`document.querySelectorAll('#summary li').length > 0`, { timeout: 10_000 });
  return { page, popup };
}

/** The popup as a person sees it: the page's height, at the popup's width. */
async function popupShot(popup: Page, file: string): Promise<void> {
  const height = (await popup.evaluate(`Math.ceil(document.documentElement.scrollHeight)`)) as number;
  await popup.setViewport({ width: 408, height });
  await popup.screenshot({ path: join(SHOTS, file) });
}

describe('popup and options: accessibility, screenshots (Chromium)', () => {
  let target: ExtensionBrowser;
  let server: StaticServer;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    server = await startServer();
    target = await launchChromium(DIST_CHROME);
  });
  afterAll(async () => {
    await target?.close();
    await server?.close();
  });

  it.each<Scheme>(['light', 'dark'])('axe-core: no violations in the popup (%s), its hidden list open', async (value) => {
    const { page, popup } = await demoPopup(target, server);
    try {
      await scheme(popup, value);
      await popup.evaluate(`document.querySelector('#hidden details').open = true`);
      expect(await axeViolations(popup)).toEqual([]);
      await popupShot(popup, value === 'light' ? 'popup-controls.png' : 'popup-dark.png');
    } finally {
      await popup.close();
      await page.close();
    }
  });

  it.each<Scheme>(['light', 'dark'])('axe-core: no violations on the options page (%s), with rules listed', async (value) => {
    const options = await target.browser.newPage();
    try {
      await gotoLenient(options, `${target.extensionOrigin}/options.html`);
      await options.waitForFunction(`document.querySelectorAll('#categories input').length > 0`, { timeout: 10_000 });
      await options.evaluate(`(async () => {
        const api = globalThis.browser ?? globalThis.chrome;
        await api.storage.local.set({ settingsVersion: 2, disabledSites: ['paused.example'], customRules: { 'news.example': ['.promo-box'] },
          zapRules: { 'news.example': [{ selector: '#newsletter', label: 'Sign up for our newsletter', created: 1772582400000 }] },
          shownRules: { 'news.example': [{ selector: 'aside.weather', label: 'Weather in the valley', created: 1772582400000 }] } });
      })()`);
      await options.waitForFunction(`document.getElementById('shown').textContent.includes('aside.weather')`, { timeout: 5000 });
      await scheme(options, value);
      expect(await axeViolations(options)).toEqual([]);
      if (value === 'light') {
        await options.setViewport({ width: 900, height: 900 });
        await options.screenshot({ path: join(SHOTS, 'options.png'), fullPage: true });
      }
      await options.evaluate(`(globalThis.browser ?? globalThis.chrome).storage.local.clear()`);
    } finally {
      await options.close();
    }
  });

  it('keyboard: Tab reaches every control in order with a visible focus ring, and Space switches a category', async () => {
    const { page, popup } = await demoPopup(target, server);
    try {
      const seen: Array<{ id: string; ring: string }> = [];
      for (let i = 0; i < 40; i++) {
        await popup.keyboard.press('Tab');
        const now = (await popup.evaluate(`(() => { const el = document.activeElement; const s = getComputedStyle(el);
          return { id: el.id || el.dataset.category || el.tagName.toLowerCase(), ring: s.outlineStyle + ' ' + s.outlineWidth }; })()`)) as {
          id: string;
          ring: string;
        };
        if (seen.some((s) => s.id === now.id) && now.id === seen[0]?.id) break;
        seen.push(now);
      }
      const ids = seen.map((s) => s.id);
      for (const id of ['site-toggle', 'copy-summary', 'copy-markdown', 'ads', 'summary', 'pause', 'copy-report', 'zap', 'options-link'])
        expect(ids).toContain(id);
      expect(ids.indexOf('copy-summary')).toBeLessThan(ids.indexOf('ads'));
      expect(ids.indexOf('ads')).toBeLessThan(ids.indexOf('pause'));
      for (const s of seen.filter((x) => x.id !== 'body')) expect(s.ring, s.id).toMatch(/^solid [1-9]/);
      // Space on the focused switch turns the category off on the page at once.
      await popup.focus('input[data-category="ads"]');
      await popup.keyboard.press('Space');
      await page.waitForFunction(`document.documentElement.hasAttribute('data-tidy-off-ads')`, { timeout: 5000, polling: 50 });
      await popup.keyboard.press('Space');
      await page.waitForFunction(`!document.documentElement.hasAttribute('data-tidy-off-ads')`, { timeout: 5000, polling: 50 });
    } finally {
      await popup.close();
      await page.close();
    }
  });

  it('right-to-left: a locale whose direction is rtl sets dir, and the layout mirrors (logical properties)', async () => {
    const { page, popup } = await demoPopup(target, server, localeOverride('en', 'rtl'));
    try {
      // Where the headline's text starts, and the category counts' side.
      const sides = `(() => { const c = document.querySelector('#categories .count').getBoundingClientRect();
        const label = document.querySelector('#categories label').getBoundingClientRect();
        return { dir: document.documentElement.dir, count: c.left - label.left < label.width / 2 ? 'left' : 'right' }; })()`;
      expect(await popup.evaluate(sides)).toEqual({ dir: 'rtl', count: 'left' });
      await popup.evaluate(`document.documentElement.dir = 'ltr'`);
      expect(await popup.evaluate(sides)).toEqual({ dir: 'ltr', count: 'right' });
    } finally {
      await popup.close();
      await page.close();
    }
  });

  it('the zapper in action (screenshot): the element under the pointer is outlined with its hint', async () => {
    const { page, tabId } = await loadPage(target, server.url(DEMO));
    try {
      await page.bringToFront();
      await page.evaluate(`(globalThis.browser ?? globalThis.chrome)`); // the page has no extension API: the popup starts the picker
      const { popup } = await openPopupForTab(target, tabId);
      await popup.click('#zap').catch(() => undefined);
      if (!popup.isClosed()) await popup.close().catch(() => undefined);
      await page.bringToFront();
      await page.setViewport({ width: 1100, height: 800 });
      const box =
        (await page.evaluate(`(() => { const el = Array.from(document.querySelectorAll('p')).find((p) => p.textContent.length > 120);
        el.scrollIntoView({ block: 'center' }); const r = el.getBoundingClientRect(); return { x: r.x + r.width / 2, y: r.y + r.height / 2 }; })()`)) as {
          x: number;
          y: number;
        };
      await page.mouse.move(box.x, box.y);
      await new Promise((r) => setTimeout(r, 300));
      await page.screenshot({ path: join(SHOTS, 'zapper.png') });
      await page.keyboard.press('Escape');
    } finally {
      await page.close();
    }
  });
});

/**
 * Page code that makes `chrome.i18n` answer from `locale`'s messages.json, as Chrome does (named
 * placeholders, then $1…$9): Debian's Chromium ships the en-US UI only (chromium-l10n has the rest),
 * so `--lang` cannot switch its UI language here. Runs before the popup's own script.
 */
function localeOverride(locale: string, dir = 'ltr'): string {
  const messages = readFileSync(join(REPO, '_locales', locale, 'messages.json'), 'utf8');
  return `(() => {
    const messages = ${messages};
    const getMessage = (key, subs) => {
      if (key === '@@ui_locale') return ${JSON.stringify(locale)};
      if (key === '@@bidi_dir') return ${JSON.stringify(dir)};
      const entry = messages[key];
      if (!entry) return '';
      const list = subs === undefined ? [] : [].concat(subs).map(String);
      const named = entry.message.replace(/\\$([A-Za-z0-9_@]+)\\$/g, (_, name) => entry.placeholders?.[name.toLowerCase()]?.content ?? '');
      return named.replace(/\\$(\\d)/g, (_, d) => list[Number(d) - 1] ?? '');
    };
    Object.defineProperty(chrome.i18n, 'getMessage', { value: getMessage, configurable: true, writable: true });
  })()`;
}

const messagesOf = (locale: string): Record<string, { message: string }> =>
  JSON.parse(readFileSync(join(REPO, '_locales', locale, 'messages.json'), 'utf8')) as Record<string, { message: string }>;

describe.each(['de', 'fr', 'zh_CN'])('the popup in %s (Chromium, the locale’s messages)', (locale) => {
  let target: ExtensionBrowser;
  let server: StaticServer;
  beforeAll(async () => {
    server = await startServer();
    target = await launchChromium(DIST_CHROME);
  });
  afterAll(async () => {
    await target?.close();
    await server?.close();
  });

  it('shows no English left: every string, label and title is the locale’s', async () => {
    const { page, popup } = await demoPopup(target, server, localeOverride(locale));
    try {
      await popup.evaluate(`document.querySelector('#hidden details').open = true`);
      const shown = (await popup.evaluate(`(() => {
        const attrs = Array.from(document.querySelectorAll('[aria-label],[title]'), (el) => (el.getAttribute('aria-label') ?? '') + ' ' + (el.getAttribute('title') ?? ''));
        return { lang: document.documentElement.lang, text: [document.body.innerText, ...attrs].join('\\n') };
      })()`)) as { lang: string; text: string };
      expect(shown.lang.replace('-', '_')).toBe(locale);
      const en = messagesOf('en');
      const local = messagesOf(locale);
      // English words of our own UI (not the article's): each message that differs in this locale, its fixed part.
      const english = Object.keys(en)
        .filter((k) => /^(popup_|summary_|category_)/.test(k) && local[k].message !== en[k].message)
        .flatMap((k) => en[k].message.split(/\$[A-Z_]+\$/))
        .map((part) => part.trim())
        .filter((part) => part.length >= 6);
      expect(english.filter((part) => shown.text.includes(part))).toEqual([]);
      // One for the README; the machine may lack CJK fonts, so not every locale.
      if (locale === 'de') await popupShot(popup, 'popup-de.png');
    } finally {
      await popup.close();
      await page.close();
    }
  });
});
