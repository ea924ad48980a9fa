/**
 * The built extension (dist/firefox) in headless Firefox ESR on changing and hostile pages (issue
 * 10, support/robustness-suite.ts). Firefox has no long-task timing (recorded as n/a) and no CDP to
 * record the extension's requests: the Chromium run checks that.
 */
import { launchFirefox } from '../../scripts/dev/launch-firefox';
import { DIST_FIREFOX } from './support/repo';
import { describeRobustnessSuite } from './support/robustness-suite';

describeRobustnessSuite({ launch: () => launchFirefox(DIST_FIREFOX) });
