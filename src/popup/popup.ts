import browser from '../shared/native-browser';
import { normalizeSite } from '../shared/settings-validate';
import type * as UiStrings from '../shared/ui-strings';
import type { PopupStart } from './controls';
import { renderHeadline, showStatus, siteOf, type PopupState } from './headline';
import { PageLink } from './page-link';
import { firstReport, targetTab, whyUnsupported } from './target-tab';

/**
 * The popup's first module (issue 11: the headline ≤ 150 ms after opening): only what shows the
 * headline. Its imports are small and use the browser's own API (shared/native-browser.ts: in
 * MV3 the polyfill adds nothing the popup needs); the category registry (60 KB of rules, which
 * ui-strings.ts and settings.ts import), the settings and the extraction are not among them.
 * The page's static words (ui-strings.ts: localize()), the rest (controls.ts: settings, the
 * hidden list and its switches) and the extraction chunk load once the headline is in the page,
 * or at once when the page has no answer yet or a status line is due. Dynamic imports are no
 * way to fetch the headline's own code: measured, they arrive well after the report does.
 * Timed by `TIDY_BENCH_ONLY=popup npx tsx bench/browser-cost.ts`.
 */
let strings: Promise<typeof UiStrings> | undefined;
/** The page's words, filled in once (localize): after the headline, unless a status comes first. */
const words = (): Promise<typeof UiStrings> =>
  (strings ??= import('../shared/ui-strings').then((s) => {
    s.localize(document);
    return s;
  }));

/** A status line in the reader's language: after localize(), which would overwrite #status. */
async function status(key: string, state: PopupState, params?: string[]): Promise<void> {
  const { message } = await words();
  showStatus(message(key, params), state);
}

async function main(): Promise<void> {
  const tab = await targetTab();
  const unsupported = whyUnsupported(tab);
  if (unsupported || !tab?.id) return status(unsupported ?? 'popup_no_page', 'unsupported');
  const tabId = tab.id;
  const link = new PageLink(tabId);
  let controls: Promise<void> | undefined;
  // Called from firstReport's callbacks or after it, never before `start` below is set.
  const showControls = (): Promise<void> => {
    // The extraction chunk is fetched beside controls.ts (which imports it) rather than after it.
    controls ??= Promise.all([words(), import('./controls'), import('./article')]).then(([, m]) => m.showControls(start));
    return controls;
  };
  // Asked together with the site switch: the headline waits for one round trip, not two. A page
  // that does not answer at once gets its controls (the site switch) while the popup asks again.
  const asked = firstReport(
    link,
    tabId,
    () => void status('popup_loading', 'loading'),
    () => void showControls(),
  );
  const host = siteOf(tab.url!);
  const start: PopupStart = { tabId, host, link, asked };
  // A site switched off shows no headline (controls.ts says so): its report, if any, is not shown.
  if (!(await siteIsOff(host))) {
    const first = await asked;
    if (first && first !== 'loading' && first.isArticle) renderHeadline(first.headline, first.url);
  }
  await showControls();
}

/**
 * Whether the reader switched Tidy News off for `host`, read as src/shared/settings.ts reads
 * `disabledSites` (each entry normalised, anything else ignored) without loading that module:
 * its validation of the other settings needs the category registry. controls.ts then loads the
 * settings in full, from the same stored list.
 */
async function siteIsOff(host: string): Promise<boolean> {
  const stored: Record<string, unknown> = await browser.storage.local.get('disabledSites').catch(() => ({}));
  const sites = stored.disabledSites;
  return Array.isArray(sites) && sites.map(normalizeSite).includes(host);
}

main().catch((error: unknown) => status('popup_error', 'error', [String(error)]));
