// Runs before `npm start` and `npm test` (prestart/pretest): on a fresh clone, installs the locked
// dependencies first, so the README's two commands are all a new machine needs. Plain Node only:
// nothing from node_modules can be used before it exists.
import { spawnSync } from 'node:child_process';
import console from 'node:console';
import { existsSync, statSync } from 'node:fs';
import process from 'node:process';

const marker = 'node_modules/.package-lock.json';
const stale = !existsSync(marker) || statSync('package-lock.json').mtimeMs > statSync(marker).mtimeMs + 1000;
if (stale) {
  console.log('Installing dependencies (npm ci)…');
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
