/**
 * The longest main-thread task a page saw, as recorded by `LONG_TASK_PROBE` (robustness-pages.ts),
 * for the robustness tests and the bench: null where the browser has no long-task timing (Firefox).
 * `TIDY_LONG_TASKS_JSON=path` makes the robustness tests write what they measured there.
 * Page code is passed as a string (why: scripts/dev/load-page.ts).
 */
import { appendFileSync } from 'node:fs';
import type { Page } from 'puppeteer-core';

export async function longestTask(page: Page): Promise<number | null> {
  // Long-task entries are delivered after the task: give the observer a frame.
  await page.evaluate(`new Promise((r) => setTimeout(r, 100))`);
  const ms = (await page.evaluate(`window.__tidyLongestTask ?? null`)) as number | null;
  return ms === null ? null : Math.round(ms);
}

/** One line of JSON per measurement, when the environment asks for them. */
export function reportLongestTask(entry: { browser: string; page: string; longestTaskMs: number | null; nodes: number }): void {
  const out = process.env.TIDY_LONG_TASKS_JSON;
  if (out) appendFileSync(out, `${JSON.stringify(entry)}\n`);
}
