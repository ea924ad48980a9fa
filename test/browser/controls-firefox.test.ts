/**
 * The user's controls (issue 12) with the built extension (dist/firefox) in real headless Firefox
 * ESR (support/controls-suite.ts). Run `npm run build` first.
 */
import { describeControlsSuite } from './support/controls-suite';
import { launchFirefox } from '../../scripts/dev/launch-firefox';
import { DIST_FIREFOX } from './support/repo';

describeControlsSuite({ launch: () => launchFirefox(DIST_FIREFOX) });
