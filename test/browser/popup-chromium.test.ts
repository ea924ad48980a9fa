/** The popup against the document it asked, in real headless Chromium (support/popup-suite.ts). Run `npm run build` first. */
import { launchChromium } from '../../scripts/dev/launch-chromium';
import { describePopupSuite } from './support/popup-suite';
import { DIST_CHROME } from './support/repo';

describePopupSuite(() => launchChromium(DIST_CHROME));
