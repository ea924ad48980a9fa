/**
 * Shared helpers for the real-browser tests (test/browser/*.test.ts) and `npm start`
 * (scripts/start.ts): a static file server for the repo, Chromium and Firefox launchers with the
 * built extension installed, the popup opened for a given tab, and the in-page checks of the
 * `data-expect` markers. Recipe: /work/shared/docs/browser-testing.md.
 *
 * No vitest import here: scripts/start.ts uses this file too.
 *
 * Code that runs inside a page is passed to `evaluate` as a string: the TypeScript transpilers
 * (tsx, vite) may wrap named functions in helpers such as `__name` that do not exist in the page.
 */
import { createServer, type Server } from 'node:http';
import { existsSync, readdirSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The built extension; env TIDY_DIST_CHROME / TIDY_DIST_FIREFOX point the tests at another build. */
export const DIST_CHROME = process.env.TIDY_DIST_CHROME || join(REPO, 'dist/chrome');
export const DIST_FIREFOX = process.env.TIDY_DIST_FIREFOX || join(REPO, 'dist/firefox');

// ---------------------------------------------------------------------------------------------
// Static server
// ---------------------------------------------------------------------------------------------

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
};

export const contentTypeOf = (path: string): string => CONTENT_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';

/** A response served from memory instead of a file (test inputs that need no file in the repo). */
export interface VirtualFile {
  body: string | Buffer;
  /** Defaults to the type of the path's extension. */
  contentType?: string;
}

export interface StaticServer {
  /** `http://127.0.0.1:PORT` (no trailing slash). */
  origin: string;
  port: number;
  url(path: string): string;
  close(): Promise<void>;
}

/**
 * Serves `root` (default: the repo root) on 127.0.0.1 at a random port, read-only, no directory
 * listings. `virtual` maps absolute URL paths (`/__tidy__/plain.txt`) to in-memory responses.
 */
export async function startServer(options: { root?: string; virtual?: Record<string, VirtualFile> } = {}): Promise<StaticServer> {
  const root = resolve(options.root ?? REPO);
  const virtual = options.virtual ?? {};
  const server: Server = createServer(async (req, res) => {
    const send = (status: number, body: string | Buffer, type: string): void => {
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, 'method not allowed', 'text/plain');
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
      const mem = virtual[path];
      if (mem) return send(200, mem.body, mem.contentType ?? contentTypeOf(path));
      const file = resolve(root, `.${path}`);
      if (file !== root && !file.startsWith(root + sep)) return send(403, 'forbidden', 'text/plain');
      const info = await stat(file).catch(() => null);
      if (!info?.isFile()) return send(404, 'not found', 'text/plain');
      return send(200, await readFile(file), contentTypeOf(file));
    } catch {
      return send(400, 'bad request', 'text/plain');
    }
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok());
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    port: address.port,
    url: (path) => `${origin}${path.startsWith('/') ? '' : '/'}${path}`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}

// ---------------------------------------------------------------------------------------------
// Browsers
// ---------------------------------------------------------------------------------------------

export type BrowserKind = 'chromium' | 'firefox';

export interface ExtensionBrowser {
  kind: BrowserKind;
  browser: Browser;
  /** Chromium: the extension id; Firefox: the pinned moz-extension UUID. Empty when not installed. */
  extensionId: string;
  /** `chrome-extension://ID` or `moz-extension://UUID` (no trailing slash). */
  extensionOrigin: string;
  close(): Promise<void>;
}

export const GECKO_ID = 'tidy-news@tidy-news.invalid';
/** Pinned so the popup URL is known before the add-on is installed. */
export const FIREFOX_EXTENSION_UUID = '5f2b8c1e-3a47-4d6e-9b10-7c2e4f8a9d31';

const chromiumPath = (): string => process.env.TIDY_CHROMIUM || '/usr/lib/chromium/chromium';
const firefoxPath = (): string => process.env.TIDY_FIREFOX || '/usr/bin/firefox-esr';

export interface LaunchOptions {
  /** Default true. `false` opens a window (needs a display). */
  headless?: boolean;
  /** Default viewport of new pages; null uses the window size (headful). */
  viewport?: { width: number; height: number } | null;
}

/**
 * Chromium with the unpacked extension at `distDir` installed (pass null to install nothing and
 * call `installChromiumExtension` later).
 */
export async function launchChromium(distDir: string | null, options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const browser = await puppeteer.launch({
    browser: 'chrome',
    executablePath: chromiumPath(),
    headless: options.headless ?? true,
    pipe: true,
    enableExtensions: true,
    defaultViewport: options.viewport === undefined ? { width: 1280, height: 900 } : options.viewport,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  const result: ExtensionBrowser = { kind: 'chromium', browser, extensionId: '', extensionOrigin: '', close: () => browser.close() };
  if (distDir) {
    try {
      await installChromiumExtension(result, distDir);
    } catch (error) {
      await browser.close();
      throw error;
    }
  }
  return result;
}

export async function installChromiumExtension(target: ExtensionBrowser, distDir: string): Promise<void> {
  target.extensionId = await target.browser.installExtension(resolve(distDir));
  target.extensionOrigin = `chrome-extension://${target.extensionId}`;
}

/** Firefox over WebDriver BiDi with the extension at `distDir` installed as a temporary add-on. */
export async function launchFirefox(distDir: string, options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath(),
    headless: options.headless ?? true,
    defaultViewport: options.viewport === undefined ? { width: 1280, height: 900 } : options.viewport,
    // Needed to open moz-extension:// pages from the remote protocol.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIREFOX_EXTENSION_UUID }),
      // Background tabs keep normal timers (the content script's debounce, our polling).
      'dom.min_background_timeout_value': 4,
      'app.update.enabled': false,
      'browser.shell.checkDefaultBrowser': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
    },
  });
  try {
    await browser.installExtension(resolve(distDir));
  } catch (error) {
    await browser.close();
    throw error;
  }
  return {
    kind: 'firefox',
    browser,
    extensionId: FIREFOX_EXTENSION_UUID,
    extensionOrigin: `moz-extension://${FIREFOX_EXTENSION_UUID}`,
    close: () => browser.close(),
  };
}

// ---------------------------------------------------------------------------------------------
// Pages, tabs and the popup
// ---------------------------------------------------------------------------------------------

/**
 * Navigates and tolerates a missing `load` event: Firefox may never report it for moz-extension://
 * pages (the recipe's advice), so callers wait for their own marker afterwards.
 */
export async function gotoLenient(page: Page, url: string, timeout = 1000): Promise<void> {
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout }).catch(() => undefined);
}

const POPUP_DONE = ['ready', 'not-article', 'unsupported', 'error'];

async function waitForPopupState(page: Page, timeout = 10_000): Promise<string> {
  const handle = await page.waitForFunction(
    `(${JSON.stringify(POPUP_DONE)}).includes(document.documentElement.dataset.state) && document.documentElement.dataset.state`,
    { timeout, polling: 50 },
  );
  return String(await handle.jsonValue());
}

/** One extension page per browser, kept open to call the extension APIs (tabs.query, …). */
const controlPages = new WeakMap<Browser, Promise<Page>>();

async function controlPage(target: ExtensionBrowser): Promise<Page> {
  let pending = controlPages.get(target.browser);
  if (!pending) {
    pending = (async () => {
      const page = await target.browser.newPage();
      // Without ?tabId the popup describes its own tab ("unsupported"), which is harmless.
      await gotoLenient(page, `${target.extensionOrigin}/popup.html`);
      await waitForPopupState(page);
      return page;
    })();
    controlPages.set(target.browser, pending);
  }
  return pending;
}

export interface TabInfo {
  id: number;
  url?: string;
  title?: string;
  active?: boolean;
}

/** Every tab as the extension sees it (`url` only where the extension has host access). */
export async function listTabs(target: ExtensionBrowser): Promise<TabInfo[]> {
  const page = await controlPage(target);
  return (await page.evaluate(
    `(async () => {
      const api = globalThis.browser ?? globalThis.chrome;
      const tabs = await api.tabs.query({});
      return tabs.map((t) => ({ id: t.id, url: t.url, title: t.title, active: t.active }));
    })()`,
  )) as TabInfo[];
}

/** Tab ids learnt by `openTrackedPage`, by the URL it navigated to (see `findTabId`). */
const trackedTabs = new WeakMap<Browser, Map<string, number>>();

/**
 * The extension's tab id of the tab showing `pageUrl`: exact URL match first, then prefix. Chromium
 * hides tab URLs from an extension without the `tabs` or a host permission (content-script matches
 * do not count), so tabs opened with `openTrackedPage` are also found by the id recorded then.
 */
export async function findTabId(target: ExtensionBrowser, pageUrl: string, timeout = 5000): Promise<number> {
  const until = Date.now() + timeout;
  for (;;) {
    const tabs = await listTabs(target);
    const tab = tabs.find((t) => t.url === pageUrl) ?? tabs.find((t) => t.url?.startsWith(pageUrl));
    if (tab) return tab.id;
    const tracked = trackedTabs.get(target.browser)?.get(pageUrl);
    if (tracked !== undefined && tabs.some((t) => t.id === tracked)) return tracked;
    if (Date.now() > until) throw new Error(`no tab shows ${pageUrl}; tabs: ${JSON.stringify(tabs)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Opens a new tab and learns its tab id by comparing the tab lists before and after, which works
 * for pages whose URL the extension cannot see (about:blank, chrome://…, and any page in Chromium
 * without host permissions). `setup` runs before navigation (listeners). Then navigates to `url`.
 */
export async function openTrackedPage(
  target: ExtensionBrowser,
  url: string,
  setup?: (page: Page) => void,
): Promise<{ page: Page; tabId: number }> {
  await controlPage(target);
  const before = new Set((await listTabs(target)).map((t) => t.id));
  const page = await target.browser.newPage();
  let tabId: number | undefined;
  for (let i = 0; i < 50 && tabId === undefined; i++) {
    const fresh = (await listTabs(target)).filter((t) => !before.has(t.id));
    if (fresh.length === 1) tabId = fresh[0].id;
    else await new Promise((r) => setTimeout(r, 100));
  }
  if (tabId === undefined) throw new Error('could not tell the new tab apart');
  setup?.(page);
  if (url !== 'about:blank') await page.goto(url, { waitUntil: 'load', timeout: 15_000 });
  let tracked = trackedTabs.get(target.browser);
  if (!tracked) trackedTabs.set(target.browser, (tracked = new Map()));
  tracked.set(url, tabId);
  return { page, tabId };
}

/** Opens `popup.html?tabId=N` in a new tab and waits until the popup has settled. */
export async function openPopupForTab(target: ExtensionBrowser, tabId: number): Promise<{ popup: Page; state: string }> {
  const popup = await target.browser.newPage();
  await gotoLenient(popup, `${target.extensionOrigin}/popup.html?tabId=${tabId}`);
  const state = await waitForPopupState(popup);
  return { popup, state };
}

/** The popup for the tab showing `pageUrl`. `extensionOrigin` must be the target's origin. */
export async function openPopupFor(
  target: ExtensionBrowser,
  extensionOrigin: string,
  pageUrl: string,
): Promise<{ popup: Page; state: string; tabId: number }> {
  if (extensionOrigin !== target.extensionOrigin) throw new Error(`extension origin ${extensionOrigin} is not ${target.extensionOrigin}`);
  const tabId = await findTabId(target, pageUrl);
  return { ...(await openPopupForTab(target, tabId)), tabId };
}

/** What the popup shows, read from its DOM. */
export interface PopupContent {
  state: string;
  status: string;
  site: string;
  published: string;
  readingTime: string;
  headline: string;
  byline: string;
  summaryKind: string;
  summary: string[];
  hiddenTotal: string;
  categories: Array<{ category: string; name: string; count: string; checked: boolean }>;
  hiddenList: string[];
}

export async function readPopup(popup: Page): Promise<PopupContent> {
  return (await popup.evaluate(`(() => {
    const text = (sel) => (document.querySelector(sel)?.textContent ?? '').replace(/\\s+/g, ' ').trim();
    const shown = (sel) => { const el = document.querySelector(sel); return !!el && !el.closest('[hidden]'); };
    return {
      state: document.documentElement.dataset.state ?? '',
      status: text('#status'),
      site: text('#site'),
      published: shown('#published-wrap') ? text('#published') : '',
      readingTime: shown('#reading-wrap') ? text('#reading-time') : '',
      headline: text('#headline'),
      byline: text('#byline'),
      summaryKind: text('#summary-kind'),
      summary: Array.from(document.querySelectorAll('#summary li')).map((li) => (li.textContent ?? '').trim()),
      hiddenTotal: text('#hidden-total'),
      categories: Array.from(document.querySelectorAll('#categories input[data-category]')).map((input) => ({
        category: input.dataset.category,
        name: (input.nextElementSibling?.textContent ?? '').trim(),
        count: (input.parentElement?.querySelector('.count')?.textContent ?? '').trim(),
        checked: input.checked,
      })),
      hiddenList: Array.from(document.querySelectorAll('#hidden-list > li > span:first-child')).map((s) => (s.textContent ?? '').trim()),
    };
  })()`)) as PopupContent;
}

// ---------------------------------------------------------------------------------------------
// In-page checks
// ---------------------------------------------------------------------------------------------

/**
 * Waits for the content script to settle: after DOMContentLoaded, until the number of
 * `[data-tidy-hidden]` elements has not changed for `quietMs`, at most `capMs`.
 * Returns the final count.
 */
export async function waitForTidy(page: Page, quietMs = 500, capMs = 5000): Promise<number> {
  return (await page.evaluate(`(async () => {
    if (document.readyState === 'loading') {
      await new Promise((r) => document.addEventListener('DOMContentLoaded', r, { once: true }));
    }
    const count = () => document.querySelectorAll('[data-tidy-hidden]').length;
    const start = performance.now();
    let last = count();
    let since = start;
    while (performance.now() - start < ${capMs}) {
      await new Promise((r) => setTimeout(r, 50));
      const now = performance.now();
      const c = count();
      if (c !== last) { last = c; since = now; }
      else if (now - since >= ${quietMs}) break;
    }
    return last;
  })()`)) as number;
}

export interface ExpectationReport {
  hideCount: number;
  keepCount: number;
  /** `[data-expect="hide"]` elements that are still visible. */
  visibleHides: string[];
  /** `[data-expect="keep"]` elements, or text inside them, that are not visible. */
  hiddenKeeps: string[];
}

/**
 * Checks the page's `data-expect` markers with the browser's own visibility
 * (`Element.checkVisibility()`): every hide element must not be visible; every keep element and
 * each of its text nodes (outside nested hide elements) must be. Each failure names the element,
 * a text snippet, and whether an engine mark (`data-tidy-hidden`) or the page's own CSS hides it.
 */
export async function expectations(page: Page): Promise<ExpectationReport> {
  return (await page.evaluate(`(() => {
    const snip = (s) => { const t = (s ?? '').replace(/\\s+/g, ' ').trim(); return t.length > 70 ? t.slice(0, 69) + '…' : t; };
    const describe = (el) => '<' + el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + '> "' + snip(el.textContent) + '"';
    const why = (el) => {
      const mark = el.closest('[data-tidy-hidden]:not([data-tidy-shown])');
      return mark ? 'engine mark ' + mark.getAttribute('data-tidy-hidden') + ' on ' + describe(mark).slice(0, 60) : 'page CSS or document_start stylesheet';
    };
    const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE']);
    const hides = Array.from(document.querySelectorAll('[data-expect="hide"]'));
    const keeps = Array.from(document.querySelectorAll('[data-expect="keep"]'));
    const visibleHides = hides.filter((el) => el.checkVisibility()).map((el) => 'visible: ' + describe(el));
    const hiddenKeeps = [];
    for (const el of keeps) {
      if (!el.checkVisibility()) { hiddenKeeps.push('hidden (' + why(el) + '): ' + describe(el)); continue; }
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || !node.nodeValue || !node.nodeValue.trim() || SKIP.has(parent.tagName)) continue;
        const hide = parent.closest('[data-expect="hide"]');
        if (hide && hide !== el && el.contains(hide)) continue;
        if (!parent.checkVisibility()) hiddenKeeps.push('text hidden (' + why(parent) + '): "' + snip(node.nodeValue) + '" in ' + describe(el));
      }
    }
    return { hideCount: hides.length, keepCount: keeps.length, visibleHides, hiddenKeeps };
  })()`)) as ExpectationReport;
}

/** Number of `data-expect` attributes in an HTML source (what the DOM must still hold). */
export const countExpectMarkers = (html: string): number => (html.match(/\sdata-expect\s*=/g) ?? []).length;

/** Collects uncaught errors (any world) and the extension's console errors from the moment this is called. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error instanceof Error ? error.message : String(error)}`));
  page.on('console', (msg) => {
    // Only the extension's console errors: a page's own (a missing favicon …) are not ours.
    const from = msg.location()?.url ?? '';
    if (msg.type() === 'error' && (/^(chrome|moz)-extension:/.test(from) || /tidy/i.test(msg.text()))) errors.push(`console.error: ${msg.text()}`);
  });
  return errors;
}

// ---------------------------------------------------------------------------------------------
// Test support
// ---------------------------------------------------------------------------------------------

export interface LoadedPage {
  page: Page;
  tabId: number;
  url: string;
  /** Errors collected since before navigation (see `collectErrors`). */
  errors: string[];
  /** `[data-tidy-hidden]` count once the content script settled. */
  hiddenCount: number;
}

/** Opens `url` in a tracked tab, collecting errors from the start, and waits for the content script. */
export async function loadPage(target: ExtensionBrowser, url: string): Promise<LoadedPage> {
  let errors: string[] = [];
  const { page, tabId } = await openTrackedPage(target, url, (p) => {
    errors = collectErrors(p);
  });
  const hiddenCount = await waitForTidy(page);
  return { page, tabId, url, errors, hiddenCount };
}

export interface StylesheetProbe {
  /** Computed display of a fresh `div#div-gpt-ad-…` added and removed in one task (CSS alone). */
  probe: string;
  /** Computed display of the page's own `[id^="div-gpt-ad"]` elements. */
  existing: Array<{ id: string; display: string }>;
}

/**
 * Whether the document_start stylesheet (content.css) applies. The probe element is added and
 * removed synchronously, so the content script's observer never sees it connected: only CSS can
 * have hidden it.
 */
export async function stylesheetProbe(page: Page): Promise<StylesheetProbe> {
  return (await page.evaluate(`(() => {
    const probe = document.createElement('div');
    probe.id = 'div-gpt-ad-tidy-harness-probe';
    (document.body ?? document.documentElement).appendChild(probe);
    const display = getComputedStyle(probe).display;
    probe.remove();
    const existing = Array.from(document.querySelectorAll('[id^="div-gpt-ad"]')).map((el) => ({ id: el.id, display: getComputedStyle(el).display }));
    return { probe: display, existing };
  })()`)) as StylesheetProbe;
}

/** Text of an ad label ("Advertisement", "Anzeige", …), whole text of a leaf element. */
const AD_LABEL_SOURCE = String.raw`^(advertisement|advertising|advert|ad|ads|anzeige|publicit[ée]|publicidad|pubblicit[àa]|sponsored|werbung|広告)$`;

/**
 * Leaf elements whose whole text is an ad label and that sit inside an element the engine marked
 * as `ads`, with their current visibility. The marks stay when the category is switched off (only
 * an attribute on <html> changes), so the same list is found before and after.
 */
export async function adLabels(page: Page): Promise<Array<{ text: string; visible: boolean }>> {
  return (await page.evaluate(`(() => {
    const re = new RegExp(${JSON.stringify(AD_LABEL_SOURCE)}, 'i');
    return Array.from(document.body ? document.body.querySelectorAll('*') : [])
      .filter((el) => el.childElementCount === 0 && re.test((el.textContent ?? '').trim()) && el.closest('[data-tidy-hidden="ads"]'))
      .map((el) => ({ text: (el.textContent ?? '').trim(), visible: el.checkVisibility() }));
  })()`)) as Array<{ text: string; visible: boolean }>;
}

/** Waits until every ad label of `adLabels` has the wanted visibility; returns the last reading. */
export async function waitForAdLabels(page: Page, visible: boolean, timeout = 5000): Promise<Array<{ text: string; visible: boolean }>> {
  const until = Date.now() + timeout;
  for (;;) {
    const labels = await adLabels(page);
    if ((labels.length > 0 && labels.every((l) => l.visible === visible)) || Date.now() > until) return labels;
    await new Promise((r) => setTimeout(r, 100));
  }
}

/** Clicks a category checkbox in the popup (the real input, so its change handler runs). */
export async function clickPopupCategory(popup: Page, category: string): Promise<void> {
  await popup.evaluate(`(() => {
    const input = document.querySelector('#categories input[data-category="${category}"]');
    if (!input) throw new Error('no checkbox for ${category}');
    input.click();
  })()`);
}

/** Inputs that are not articles at all, served from memory by `startServer({ virtual: BAD_INPUTS })`. */
export const BAD_INPUTS: Record<string, VirtualFile> = {
  '/__tidy__/plain.txt': {
    body: 'Advertisement\n\nThis is a plain text file. It has a headline-like first line and a few sentences, but it is not HTML.\n',
  },
  '/__tidy__/feed.xml': {
    body:
      '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>Example feed</title>' +
      '<item><title>Advertisement</title><description>Not a web page</description></item></channel></rss>\n',
  },
  '/__tidy__/empty.html': {
    body: '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Empty</title></head><body>\n  <div></div>\n</body></html>\n',
  },
};

/** The sidecar JSON next to a fixture or demo page (`demo/article.html` → `demo/article.json`). */
export async function readSidecar(repoPath: string): Promise<{ headline: string | null; summary: { kind: string; first: string } | null; siteName?: string | null }> {
  return JSON.parse(await readFile(join(REPO, repoPath.replace(/\.html$/, '.json')), 'utf8'));
}

/**
 * Up to `count` site fixtures (`test/fixtures/sites/<id>.html`, repo-relative paths): the preferred
 * ids that exist now, then others in name order. Missing ones are skipped.
 */
export function pickSiteFixtures(preferred: string[], count: number): string[] {
  const dir = join(REPO, 'test/fixtures/sites');
  if (!existsSync(dir)) return [];
  const ids = preferred.filter((id) => existsSync(join(dir, `${id}.html`)));
  for (const file of readdirSync(dir).sort()) {
    const id = file.replace(/\.html$/, '');
    if (ids.length >= count) break;
    if (file.endsWith('.html') && !ids.includes(id)) ids.push(id);
  }
  return ids.slice(0, count).map((id) => `test/fixtures/sites/${id}.html`);
}
