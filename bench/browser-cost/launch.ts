/**
 * Headless Chromium for a cost run: one unpacked extension installed, every host name sent to the
 * local page server (bench/news-labelled/tls-server.ts), so pages load under their own URLs and
 * anything that slips past the request filter (load-cost.ts) is a local 404, never the network.
 * Returned as the browser tests' ExtensionBrowser, so their popup helpers work on it.
 */
import { resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { TEST_TIME_ZONE, closeOnFailure, requireBinary, type ExtensionBrowser } from '../../scripts/dev/extension-browser';
import { servedHostArgs } from '../news-labelled/page-browser';

const CHROMIUM = process.env.TIDY_CHROMIUM || '/usr/lib/chromium/chromium';

export async function launchCostChromium(extensionDir: string, port: number): Promise<ExtensionBrowser> {
  const browser = await puppeteer.launch({
    browser: 'chrome',
    executablePath: requireBinary(CHROMIUM, 'Chromium', 'Debian: apt-get install chromium', 'TIDY_CHROMIUM'),
    headless: true,
    pipe: true,
    enableExtensions: true,
    acceptInsecureCerts: true,
    env: { ...process.env, TZ: TEST_TIME_ZONE },
    defaultViewport: { width: 1280, height: 900 },
    args: servedHostArgs(port),
  });
  const extensionId = await closeOnFailure(browser, () => browser.installExtension(resolve(extensionDir)));
  return { kind: 'chromium', browser, extensionId, extensionOrigin: `chrome-extension://${extensionId}`, close: () => browser.close() };
}
