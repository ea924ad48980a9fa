/** The popup against the document it asked, in real headless Firefox ESR (support/popup-suite.ts). Run `npm run build` first. */
import { launchFirefox } from '../../scripts/dev/launch-firefox';
import { describePopupSuite } from './support/popup-suite';
import { DIST_FIREFOX } from './support/repo';

describePopupSuite(() => launchFirefox(DIST_FIREFOX));
