/** Where `npm start`, the browser tests and the bench find the repo and the built extension. */
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The built extension; env TIDY_DIST_CHROME / TIDY_DIST_FIREFOX point the tests at another build. */
export const DIST_CHROME = process.env.TIDY_DIST_CHROME || join(REPO, 'dist/chrome');
export const DIST_FIREFOX = process.env.TIDY_DIST_FIREFOX || join(REPO, 'dist/firefox');
