/**
 * Extension API calls (storage, tabs) made from an extension page (options, popup), in either
 * browser: `body` runs with `api` bound to `browser` or `chrome`, and may `return` a value. Page
 * code is passed as a string (why: scripts/dev/load-page.ts).
 */
import type { Page } from 'puppeteer-core';

export const extensionApi = (page: Page, body: string): Promise<unknown> =>
  page.evaluate(`(async () => { const api = globalThis.browser ?? globalThis.chrome; ${body} })()`);
