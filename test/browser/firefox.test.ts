/**
 * The built extension (dist/firefox) in real headless Firefox ESR over WebDriver BiDi, installed as
 * a temporary add-on, on the demo pages (support/extension-suite.ts). Run `npm run build` first
 * (`npm run test:browser` does). The site fixtures run in Chromium only, to keep the suite short.
 */
import { DEMOS, describeExtensionSuite } from './support/extension-suite';
import { launchFirefox } from './support/launch-firefox';
import { DIST_FIREFOX } from './support/repo';

describeExtensionSuite({
  launch: () => launchFirefox(DIST_FIREFOX),
  pages: DEMOS,
  // chrome://version/ is Chromium's; Firefox's about: pages other than about:blank are covered by
  // the same rule in the popup (no http(s) URL), so about:blank stands for them.
  unsupportedUrls: ['about:blank'],
});
