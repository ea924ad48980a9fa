import { existsSync } from 'node:fs';
/**
 * What both launchers (launch-chromium.ts, launch-firefox.ts) return and accept, and the launch
 * steps they share. Recipe: /work/shared/docs/browser-testing.md.
 */
import type { Browser } from 'puppeteer-core';

/**
 * Browsers under test run west of UTC, where a date-only value read as UTC midnight falls on the
 * day before: the popup's date test needs that to mean anything.
 */
export const TEST_TIME_ZONE = 'America/New_York';

type BrowserKind = 'chromium' | 'firefox';

export interface ExtensionBrowser {
  kind: BrowserKind;
  browser: Browser;
  /** Chromium: the extension id; Firefox: the pinned moz-extension UUID. Empty when not installed. */
  extensionId: string;
  /** `chrome-extension://ID` or `moz-extension://UUID` (no trailing slash). */
  extensionOrigin: string;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** Default true. `false` opens a window (needs a display). */
  headless?: boolean;
  /** Default viewport of new pages; null uses the window size (headful). */
  viewport?: { width: number; height: number } | null;
}

/** Puppeteer's `defaultViewport` for `options`: 1280x900 unless the caller chose one (or null). */
export const viewportOf = (options: LaunchOptions): { width: number; height: number } | null =>
  options.viewport === undefined ? { width: 1280, height: 900 } : options.viewport;

/** Runs `step` on a freshly launched browser and closes it when the step fails, so no browser is left running. */
export async function closeOnFailure<T>(browser: Browser, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    await browser.close();
    throw error;
  }
}

/** The browser binary at `path`, or a clear error saying how to get one (bad input: no browser). */
export function requireBinary(path: string, name: string, install: string, env: string): string {
  if (existsSync(path)) return path;
  throw new Error(`${name} was not found at ${path}. Install it (${install}) or point ${env} at it.`);
}
