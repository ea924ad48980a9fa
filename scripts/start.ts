/**
 * `npm start`: builds the extension, serves the repo on 127.0.0.1 and shows it on the demo article.
 *
 * - With a display (DISPLAY or WAYLAND_DISPLAY) and without `--headless`: opens Chromium with the
 *   extension loaded on the demo article and runs until that browser is closed.
 * - Otherwise: loads the demo article without and with the extension, writes
 *   docs/screenshots/before.png and after.png (1280x900 viewport, full page), opens the popup for
 *   the article's tab, prints what it shows, writes docs/screenshots/popup.png, and exits
 *   (0, or 1 when the popup does not show the article).
 *
 * Browser launch, serving and the popup are shared with the browser tests and the bench (scripts/dev/).
 */
import { mkdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { installChromiumExtension, launchChromium } from './dev/launch-chromium';
import { loadPage } from './dev/load-page';
import { openPopupForTab, readPopup, type PopupContent } from './dev/popup';
import { DIST_CHROME, REPO } from './dev/repo';
import { startServer } from './dev/static-server';
import { buildExtension } from './build';

const DEMO_PATH = '/demo/article.html';
const SHOTS = join(REPO, 'docs/screenshots');
const VIEWPORT = { width: 1280, height: 900 };
/** The popup's body is 380px wide plus 2 × 14px padding; the full-page shot grows to its height. */
const POPUP_VIEWPORT = { width: 408, height: 120 };

async function headful(demoUrl: string): Promise<void> {
  const target = await launchChromium(DIST_CHROME, { headless: false, viewport: null });
  const [first] = await target.browser.pages();
  const page = first ?? (await target.browser.newPage());
  await page.goto(demoUrl);
  console.log(`Chromium is showing ${demoUrl} with Tidy News loaded (extension id ${target.extensionId}).`);
  console.log('Click the puzzle-piece menu to pin the Tidy News button. Close the browser window to stop.');
  const closed = new Promise<void>((resolve) => target.browser.once('disconnected', () => resolve()));
  process.once('SIGINT', () => void target.close());
  await closed;
}

function printPopup(p: PopupContent): void {
  const line = (label: string, value: string): void => console.log(`${(label ? `${label}:` : '').padEnd(14)}${value || '—'}`);
  line('Headline', p.headline);
  line('Summary', p.summaryKind);
  for (const point of p.summary) console.log(`  • ${point}`);
  if (p.story.length) line('', p.storyKind);
  for (const point of p.story) console.log(`  • ${point}`);
  line('Site', p.site);
  line('Byline', p.byline.replace(/^By /, ''));
  line('Date', p.published);
  line('Reading time', p.readingTime);
  const counts = p.categories.map((c) => `${c.name} ${c.count}`).join(', ');
  line('Hidden', `${p.hiddenTotal} (${counts})`);
}

async function headless(demoUrl: string): Promise<number> {
  mkdirSync(SHOTS, { recursive: true });
  const shot = (name: string): string => join(SHOTS, name);
  // One browser: the "before" page is loaded before the extension is installed.
  const target = await launchChromium(null, { viewport: VIEWPORT });
  try {
    const plain = await target.browser.newPage();
    await plain.goto(demoUrl, { waitUntil: 'load' });
    await plain.screenshot({ path: shot('before.png'), fullPage: true });
    await plain.close();

    await installChromiumExtension(target, DIST_CHROME);
    const tidy = await loadPage(target, demoUrl);
    await tidy.page.screenshot({ path: shot('after.png'), fullPage: true });
    console.log(`Tidy News hid ${tidy.hiddenCount} element(s) on ${demoUrl}`);

    const { popup, state } = await openPopupForTab(target, tidy.tabId);
    await popup.setViewport(POPUP_VIEWPORT);
    await popup.screenshot({ path: shot('popup.png'), fullPage: true });
    const content = await readPopup(popup);
    console.log(`\nPopup (${state})${content.status ? `: ${content.status}` : ''}`);
    if (state === 'ready') printPopup(content);
    console.log(`\nScreenshots: ${['before.png', 'after.png', 'popup.png'].map((f) => relative(process.cwd(), shot(f))).join(', ')}`);
    if (tidy.errors.length) console.warn(`Errors on the page:\n  ${tidy.errors.join('\n  ')}`);
    if (state !== 'ready') {
      console.error('The popup did not show the demo article (see its status above).');
      return 1;
    }
    return 0;
  } finally {
    await target.close();
  }
}

async function main(): Promise<number> {
  await buildExtension();
  console.log('Built dist/chrome and dist/firefox');
  const server = await startServer();
  const demoUrl = server.url(DEMO_PATH);
  try {
    const display = !!(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
    if (display && !process.argv.includes('--headless')) {
      await headful(demoUrl);
      return 0;
    }
    return await headless(demoUrl);
  } finally {
    await server.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    // A missing browser or a failed build is said in one line, not a stack trace.
    console.error(`npm start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
