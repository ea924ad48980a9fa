/**
 * The built extension (dist/chrome) in real headless Chromium, on the demo pages and some site
 * fixtures, among them the independent seed variants (support/extension-suite.ts). Run `npm run build` first (`npm run test:browser` does).
 */
import { DEMOS, describeExtensionSuite } from './support/extension-suite';
import { launchChromium } from '../../scripts/dev/launch-chromium';
import { DIST_CHROME, pickSiteFixtures } from './support/repo';

describeExtensionSuite({
  launch: () => launchChromium(DIST_CHROME),
  pages: [
    ...DEMOS,
    ...pickSiteFixtures(
      ['cnn', 'bbc', 'le-monde', 'scmp', 'asahi', 'independent', 'aftonbladet', 'mainichi', 'the-telegraph', 'joongang'],
      10,
    ),
    'test/fixtures/seed/nextjs-tailwind.html',
    'test/fixtures/seed/emotion-cssinjs.html',
  ],
  unsupportedUrls: ['about:blank', 'chrome://version/'],
  canFakeSummarizer: true,
});
