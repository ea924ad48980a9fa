/**
 * content.js as shipped, and minified: if the build does not minify it yet, the minified size is
 * what esbuild's minifier makes of the built file (whitespace, syntax and identifiers), so the
 * 50 KB target can be read either way.
 */
import { transform } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const CONTENT_TARGET_BYTES = 50 * 1024;

export interface ScriptSize {
  builtBytes: number;
  minifiedBytes: number;
  gzipBytes: number;
  /** The built file is already minified (esbuild cannot shrink it by more than 5%). */
  builtIsMinified: boolean;
}

export async function contentScriptSize(distDir: string): Promise<ScriptSize> {
  const built = readFileSync(join(distDir, 'content.js'), 'utf8');
  const minified = (await transform(built, { minify: true, legalComments: 'none', target: 'chrome120' })).code;
  const builtBytes = Buffer.byteLength(built);
  const minifiedBytes = Math.min(builtBytes, Buffer.byteLength(minified));
  return { builtBytes, minifiedBytes, gzipBytes: gzipSync(minified).length, builtIsMinified: minifiedBytes > builtBytes * 0.95 };
}
