/**
 * The longest main-thread task a page saw, as recorded by `LONG_TASK_PROBE` (robustness-pages.ts),
 * for the robustness tests and the bench: null where the browser has no long-task timing (Firefox).
 * `TIDY_LONG_TASKS_JSON=path` makes the robustness tests write what they measured there.
 * Page code is passed as a string (why: scripts/dev/load-page.ts).
 */
import { appendFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';
import type { ExtensionBrowser } from '../../../scripts/dev/extension-browser';
import { openPopupForTab } from '../../../scripts/dev/popup';
import { extensionApi } from './extension-api';

export async function longestTask(page: Page): Promise<number | null> {
  // Long-task entries are delivered after the task: give the observer a frame.
  await page.evaluate(`new Promise((r) => setTimeout(r, 100))`);
  const ms = (await page.evaluate(`window.__tidyLongestTask ?? null`)) as number | null;
  return ms === null ? null : Math.round(ms);
}

/**
 * The longest stretch of the content script's own work in one task, as its report says
 * (page-session.ts `timed`): the page's own parse of a 100,000-node document is one long task
 * with or without us, so the browser's long-task entries alone cannot tell whose time it is.
 */
export async function longestSlice(target: ExtensionBrowser, tabId: number): Promise<number | null> {
  const { popup } = await openPopupForTab(target, tabId);
  try {
    const report = (await extensionApi(popup, `return api.tabs.sendMessage(${tabId}, { type: 'tidy:report' });`)) as
      { longestSliceMs?: number } | undefined;
    return typeof report?.longestSliceMs === 'number' ? Math.round(report.longestSliceMs) : null;
  } finally {
    await popup.close();
  }
}

/** One line of JSON per measurement, when the environment asks for them. */
export function reportLongestTask(entry: {
  browser: string;
  page: string;
  longestTaskMs: number | null;
  longestSliceMs: number | null;
  nodes: number;
}): void {
  const out = process.env.TIDY_LONG_TASKS_JSON;
  if (out) appendFileSync(out, `${JSON.stringify(entry)}\n`);
}
