/** Firefox ESR (or env TIDY_FIREFOX) over WebDriver BiDi, with the extension as a temporary add-on. */
import { resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { TEST_TIME_ZONE, closeOnFailure, requireBinary, viewportOf, type ExtensionBrowser, type LaunchOptions } from './extension-browser';

const GECKO_ID = 'tidy-news@tidy-news.invalid';
/** Pinned so the popup URL is known before the add-on is installed. */
const FIREFOX_EXTENSION_UUID = '5f2b8c1e-3a47-4d6e-9b10-7c2e4f8a9d31';

const firefoxPath = (): string => process.env.TIDY_FIREFOX || '/usr/bin/firefox-esr';

/** Firefox over WebDriver BiDi with the extension at `distDir` installed as a temporary add-on. */
export async function launchFirefox(distDir: string, options: LaunchOptions = {}): Promise<ExtensionBrowser> {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: requireBinary(firefoxPath(), 'Firefox', 'Debian: apt-get install firefox-esr', 'TIDY_FIREFOX'),
    headless: options.headless ?? true,
    env: { ...process.env, TZ: TEST_TIME_ZONE },
    defaultViewport: viewportOf(options),
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
  await closeOnFailure(browser, () => browser.installExtension(resolve(distDir)));
  return {
    kind: 'firefox',
    browser,
    extensionId: FIREFOX_EXTENSION_UUID,
    extensionOrigin: `moz-extension://${FIREFOX_EXTENSION_UUID}`,
    close: () => browser.close(),
  };
}
