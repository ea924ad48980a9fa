/**
 * The built extension (dist/chrome) in headless Chromium on changing and hostile pages (issue 10,
 * support/robustness-suite.ts), with every request of the extension's contexts recorded over CDP.
 * Run `npm run build` first (`npm run test:browser` does).
 */
import { launchChromium } from '../../scripts/dev/launch-chromium';
import { DIST_CHROME } from './support/repo';
import { describeRobustnessSuite } from './support/robustness-suite';

describeRobustnessSuite({ launch: () => launchChromium(DIST_CHROME), recordRequests: true });
