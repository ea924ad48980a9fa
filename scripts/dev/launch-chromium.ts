/** Chromium (Debian's, or env TIDY_CHROMIUM) driven by puppeteer, with the unpacked extension installed. */
import { resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { TEST_TIME_ZONE, closeOnFailure, requireBinary, viewportOf, type ExtensionBrowser, type LaunchOptions } from './extension-browser';

// The real binary, not the /usr/bin/chromium wrapper: that one adds flags of its own.
const chromiumPath = (): string => process.env.TIDY_CHROMIUM || '/usr/lib/chromium/chromium';

/**
 * Chromium with the unpacked extension at `distDir` installed (pass null to install nothing and
 * call `installChromiumExtension` later).
 */
export async function launchChromium(distDir: string | null, options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const browser = await puppeteer.launch({
    browser: 'chrome',
    executablePath: requireBinary(chromiumPath(), 'Chromium', 'Debian: apt-get install chromium', 'TIDY_CHROMIUM'),
    headless: options.headless ?? true,
    env: { ...process.env, TZ: TEST_TIME_ZONE },
    pipe: true,
    enableExtensions: true,
    defaultViewport: viewportOf(options),
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
  });
  const result: ExtensionBrowser = { kind: 'chromium', browser, extensionId: '', extensionOrigin: '', close: () => browser.close() };
  if (distDir) await closeOnFailure(browser, () => installChromiumExtension(result, distDir));
  return result;
}

export async function installChromiumExtension(target: ExtensionBrowser, distDir: string): Promise<void> {
  target.extensionId = await target.browser.installExtension(resolve(distDir));
  target.extensionOrigin = `chrome-extension://${target.extensionId}`;
}
