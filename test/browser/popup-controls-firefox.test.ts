/** The popup's copy, why-hidden and keep-showing controls in real headless Firefox ESR (support/popup-controls-suite.ts). Run `npm run build` first. */
import { launchFirefox } from '../../scripts/dev/launch-firefox';
import { describePopupControlsSuite } from './support/popup-controls-suite';
import { DIST_FIREFOX } from './support/repo';

describePopupControlsSuite(() => launchFirefox(DIST_FIREFOX));
