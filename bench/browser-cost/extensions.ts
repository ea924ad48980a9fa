/**
 * The extensions a cost run compares, each in a temp folder made at run time: a snapshot of the built
 * extension (a colleague's `npm run build` mid-run must not swap content.js under a measurement),
 * the do-nothing extension, and a calibration extension whose content script burns a known time.
 */
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** What any content script costs the browser: one script at document_start that sets an attribute. */
const NOTHING_JS = `document.documentElement.setAttribute('data-tidy-bench-nothing', '');\n`;

/**
 * Busy-waits this long in a DOMContentLoaded listener (where the engine's first pass ran when the
 * bench was written), so the run can show that its measures see content-script time…
 */
export const CALIBRATION_MS = 20;
/**
 * …and this long once `storage.local.get()` has resolved, as our content script starts (it reads
 * its settings first): a promise continuation, which CDP ScriptDuration does not count (extension-cpu.ts).
 */
export const CALIBRATION_ASYNC_MS = 10;
const CALIBRATION_JS = `document.documentElement.setAttribute('data-tidy-bench-calibration', '');
const busy = (ms) => { const t0 = performance.now(); while (performance.now() - t0 < ms) {} };
document.addEventListener('DOMContentLoaded', () => busy(${CALIBRATION_MS}));
(globalThis.browser ?? chrome).storage.local.get(null).then(() => busy(${CALIBRATION_ASYNC_MS}));\n`;

export interface BenchExtensions {
  /** Snapshots of dist/chrome and dist/firefox. */
  ours: string;
  oursFirefox: string | null;
  nothing: string;
  calibration: string;
  /** Removes every temp folder. */
  dispose(): void;
}

function contentScriptExtension(name: string, js: string, permissions: string[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), `tidy-bench-${name}-`));
  const manifest = {
    manifest_version: 3,
    name: `Tidy News bench: ${name}`,
    version: '1.0.0',
    permissions,
    content_scripts: [{ matches: ['http://*/*', 'https://*/*'], js: ['content.js'], run_at: 'document_start', all_frames: false }],
    // Firefox wants an id for an MV3 add-on; Chromium notes the unknown key and loads it.
    browser_specific_settings: { gecko: { id: `tidy-bench-${name}@tidy-news.invalid` } },
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  writeFileSync(join(dir, 'content.js'), js);
  return dir;
}

function snapshot(distDir: string, name: string): string {
  const dir = mkdtempSync(join(tmpdir(), `tidy-bench-${name}-`));
  cpSync(distDir, dir, { recursive: true });
  return dir;
}

/** `distDir` is dist/chrome; dist/firefox beside it is taken too when it is there. */
export function prepareExtensions(distDir: string): BenchExtensions {
  if (!existsSync(join(distDir, 'manifest.json'))) throw new Error(`No built extension at ${distDir}: run npm run build first.`);
  const ours = snapshot(distDir, 'ours');
  const firefoxDist = join(distDir, '../firefox');
  const oursFirefox = existsSync(join(firefoxDist, 'manifest.json')) ? snapshot(firefoxDist, 'ours-firefox') : null;
  const nothing = contentScriptExtension('nothing', NOTHING_JS);
  const calibration = contentScriptExtension('calibration', CALIBRATION_JS, ['storage']);
  return {
    ours,
    oursFirefox,
    nothing,
    calibration,
    dispose: () => {
      for (const dir of [ours, oursFirefox, nothing, calibration]) if (dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}
