/**
 * Headless Chromium for the measure, launched like the browser tests' (scripts/dev/
 * launch-chromium.ts) but with every host name resolved to the local page server, and one page read:
 * load, settle, text and the engine's marks.
 *
 * Page code is passed to `evaluate` as strings: tsx may wrap functions in helpers (`__name`) the
 * page does not have.
 */
import { resolve } from 'node:path';
import puppeteer, { TimeoutError, type Browser, type Page } from 'puppeteer-core';

const CHROMIUM = process.env.TIDY_CHROMIUM || '/usr/lib/chromium/chromium';
const LOAD_TIMEOUT_MS = 20_000;
/** After `load`, for late page scripts and the content script's passes. */
const SETTLE_MS = 1500;
/** A page script stuck in a loop must not stall the run. */
const READ_TIMEOUT_MS = 10_000;

/**
 * Chromium flags for pages served under their own hosts by the local TLS server: every host,
 * HSTS-preloaded ones included, reaches it over HTTPS; nothing of the browser's own goes out.
 */
export const servedHostArgs = (port: number): string[] => [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-gpu',
  '--ignore-certificate-errors',
  `--host-resolver-rules=MAP * 127.0.0.1:${port}`,
];

export interface PageBrowser {
  browser: Browser;
  /** An extension page kept open to ask the content script for its report; null without the extension. */
  control: Page | null;
}

/** Chromium sending every host to 127.0.0.1:`port`, with the unpacked extension at `distDir` if given. */
export async function launchPageBrowser(port: number, distDir: string | null): Promise<PageBrowser> {
  const browser = await puppeteer.launch({
    browser: 'chrome',
    executablePath: CHROMIUM,
    headless: true,
    pipe: true,
    enableExtensions: distDir !== null,
    acceptInsecureCerts: true,
    defaultViewport: { width: 1280, height: 900 },
    args: servedHostArgs(port),
  });
  if (!distDir) return { browser, control: null };
  try {
    const id = await browser.installExtension(resolve(distDir));
    const control = await browser.newPage();
    await control.goto(`chrome-extension://${id}/options.html`, { waitUntil: 'load' });
    return { browser, control };
  } catch (error) {
    await browser.close();
    throw error;
  }
}

export interface PageReading {
  /** `document.body.innerText`, as the page shows it. */
  text: string;
  /** `[data-tidy-hidden]` elements per category. */
  hiddenByCategory: Record<string, number>;
  /** The engine's verdict from the content script's report; null without the extension or when it did not answer. */
  isArticle: boolean | null;
  kindReason: string | null;
  loadTimedOut: boolean;
  /** Anything that makes the reading suspect: a failed main document, a page that navigated away. */
  notes: string[];
}

const READ_PAGE = `(() => {
  const hidden = {};
  for (const el of document.querySelectorAll('[data-tidy-hidden]')) {
    const category = el.getAttribute('data-tidy-hidden');
    hidden[category] = (hidden[category] || 0) + 1;
  }
  return { text: document.body ? document.body.innerText : '', hidden, href: location.href };
})()`;

// The tab is found by URL: the extension's host permissions let it see every http(s) tab's URL.
const askReport = (href: string): string => `(async () => {
  const tab = (await chrome.tabs.query({})).find((t) => t.url === ${JSON.stringify(href)});
  if (!tab) return null;
  const report = await chrome.tabs.sendMessage(tab.id, { type: 'tidy:report' }).catch(() => null);
  // The reason is a _locales key and its parameters (page-kind.ts): word it as the popup does.
  return report ? { isArticle: report.isArticle, kindReason: chrome.i18n.getMessage(report.kindReason, report.kindParams) || report.kindReason } : null;
})()`;

async function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  try {
    return await Promise.race([
      work,
      new Promise<never>((_, fail) => (timer = setTimeout(() => fail(new Error(`${what} took over ${ms} ms`)), ms))),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

const withoutHash = (url: string): string => url.replace(/#.*$/, '');

/** Loads `url` in a fresh tab, waits for `load` (or the timeout) plus the settle time, and reads it. */
export async function readPage(target: PageBrowser, url: string): Promise<PageReading> {
  const page = await target.browser.newPage();
  // An alert() would block the page's main thread, and with it every evaluate.
  page.on('dialog', (dialog) => void dialog.dismiss().catch(() => undefined));
  try {
    const notes: string[] = [];
    let loadTimedOut = false;
    const response = await page.goto(url, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS }).catch((error: unknown) => {
      if (!(error instanceof TimeoutError)) throw error;
      loadTimedOut = true;
      return null;
    });
    if (response && response.status() !== 200) notes.push(`main document answered HTTP ${response.status()}`);
    await new Promise((done) => setTimeout(done, SETTLE_MS));
    const read = (await withTimeout(page.evaluate(READ_PAGE), READ_TIMEOUT_MS, 'reading the page')) as {
      text: string;
      hidden: Record<string, number>;
      href: string;
    };
    if (withoutHash(read.href) !== withoutHash(url)) notes.push(`page navigated to ${read.href}`);
    const kind = target.control
      ? ((await withTimeout(target.control.evaluate(askReport(read.href)), READ_TIMEOUT_MS, 'asking the content script')) as {
          isArticle: boolean;
          kindReason: string;
        } | null)
      : null;
    return {
      text: read.text,
      hiddenByCategory: read.hidden,
      isArticle: kind?.isArticle ?? null,
      kindReason: kind?.kindReason ?? null,
      loadTimedOut,
      notes,
    };
  } finally {
    await page.close();
  }
}
