/** The popup's copy, why-hidden and keep-showing controls in real headless Chromium (support/popup-controls-suite.ts). Run `npm run build` first. */
import { launchChromium } from '../../scripts/dev/launch-chromium';
import { describePopupControlsSuite } from './support/popup-controls-suite';
import { DIST_CHROME } from './support/repo';

describePopupControlsSuite(() => launchChromium(DIST_CHROME));
