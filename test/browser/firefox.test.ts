/**
 * The built extension (dist/firefox) in real headless Firefox ESR over WebDriver BiDi, installed as
 * a temporary add-on, on the demo pages and a few fixtures (support/extension-suite.ts). Run `npm run build` first
 * (`npm run test:browser` does). Fewer site fixtures than in Chromium, to keep the suite short.
 */
import { DEMOS, describeExtensionSuite } from './support/extension-suite';
import { launchFirefox } from '../../scripts/dev/launch-firefox';
import { DIST_FIREFOX, pickSiteFixtures } from './support/repo';

describeExtensionSuite({
  launch: () => launchFirefox(DIST_FIREFOX),
  pages: [...DEMOS, ...pickSiteFixtures(['spiegel', 'nytimes', 'bild', 'globe-and-mail'], 4), 'test/fixtures/seed/wordpress.html'],
  // chrome://version/ is Chromium's; Firefox's about: pages other than about:blank are covered by
  // the same rule in the popup (no http(s) URL), so about:blank stands for them.
  unsupportedUrls: ['about:blank'],
});
