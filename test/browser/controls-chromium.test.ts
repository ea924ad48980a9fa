/**
 * The user's controls (issue 12) with the built extension (dist/chrome) in real headless Chromium:
 * custom rules, the element picker and its undo, import of a bad file, the badge switch, and the
 * shortcut's handler (support/controls-suite.ts). Run `npm run build` first.
 */
import { describeControlsSuite } from './support/controls-suite';
import { launchChromium } from '../../scripts/dev/launch-chromium';
import { DIST_CHROME } from './support/repo';

describeControlsSuite({ launch: () => launchChromium(DIST_CHROME) });
