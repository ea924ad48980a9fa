import { readFile } from 'node:fs/promises';

/** A file that cannot be read as an HTML page; the message says why, for the user. */
class LoadError extends Error {}

export interface LoadedHtml {
  html: string;
  /** The encoding used (WHATWG name), and how it was chosen. */
  encoding: string;
  source: 'bom' | 'meta' | 'default';
}

const MAGIC: Array<[number[], string]> = [
  [[0x25, 0x50, 0x44, 0x46], 'a PDF document'],
  [[0x89, 0x50, 0x4e, 0x47], 'a PNG image'],
  [[0x47, 0x49, 0x46, 0x38], 'a GIF image'],
  [[0xff, 0xd8, 0xff], 'a JPEG image'],
  [[0x50, 0x4b, 0x03, 0x04], 'a ZIP archive'],
  [[0x1f, 0x8b], 'a gzip archive'],
  [[0x52, 0x49, 0x46, 0x46], 'a RIFF (WebP/WAV/AVI) file'],
  [[0x7f, 0x45, 0x4c, 0x46], 'an executable'],
];

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

/** The byte-order mark's encoding, if any. */
function bomEncoding(bytes: Uint8Array): string | null {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return 'utf-8';
  if (startsWith(bytes, [0xfe, 0xff])) return 'utf-16be';
  if (startsWith(bytes, [0xff, 0xfe])) return 'utf-16le';
  return null;
}

/**
 * The charset a browser's pre-scan would find in the first 1024 bytes: `<meta charset=…>` or
 * `<meta http-equiv="Content-Type" content="…; charset=…">`. UTF-16 labels mean UTF-8 here (the
 * bytes were readable as ASCII, so they are not UTF-16), as the HTML standard says.
 */
export function prescanCharset(bytes: Uint8Array): string | null {
  const head = Array.from(bytes.subarray(0, 1024), (b) => String.fromCharCode(b))
    .join('')
    .replace(/<!--[\s\S]*?-->/g, '');
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const direct = tag.match(/\bcharset\s*=\s*["']?\s*([\w.:-]+)/i);
    const equiv = /http-equiv\s*=\s*["']?\s*content-type/i.test(tag)
      ? tag.match(/content\s*=\s*["'][^"']*charset\s*=\s*["']?([\w.:-]+)/i)
      : null;
    const label = (direct ?? equiv)?.[1];
    if (!label) continue;
    const encoding = encodingFor(label);
    if (encoding) return /^utf-16/.test(encoding) ? 'utf-8' : encoding === 'x-user-defined' ? 'windows-1252' : encoding;
  }
  return null;
}

function encodingFor(label: string): string | null {
  try {
    return new TextDecoder(label.trim()).encoding;
  } catch {
    return null;
  }
}

// WHATWG windows-1252 for bytes 0x80–0x9F (Node 20's TextDecoder decodes them as C1 controls,
// i.e. as ISO-8859-1, which turns curly quotes, dashes and € into invisible characters).
const CP1252 = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019,
  0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** Bytes to text in a WHATWG encoding. */
export function decodeBytes(bytes: Uint8Array, encoding: string): string {
  if (encoding !== 'windows-1252') return new TextDecoder(encoding).decode(bytes);
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = Array.from(bytes.subarray(i, i + 8192), (b) => (b >= 0x80 && b <= 0x9f ? CP1252[b - 0x80] : b));
    out += String.fromCharCode(...chunk);
  }
  return out;
}

/** Decode page bytes as a browser would: BOM, then the meta pre-scan, then UTF-8. */
export function decodeHtml(bytes: Uint8Array, name = 'file'): LoadedHtml {
  if (bytes.length === 0) throw new LoadError(`${name}: empty file, not an HTML page`);
  const bom = bomEncoding(bytes);
  if (!bom) {
    const magic = MAGIC.find(([sig]) => startsWith(bytes, sig));
    if (magic) throw new LoadError(`${name}: this is ${magic[1]}, not an HTML page`);
    if (bytes.subarray(0, 4096).includes(0)) throw new LoadError(`${name}: binary data (NUL bytes), not an HTML page`);
  }
  const meta = bom ? null : prescanCharset(bytes);
  const encoding = bom ?? meta ?? 'utf-8';
  const html = decodeBytes(bytes, encoding);
  if (!/<(!doctype\s+html|html|head|body|meta|title|article|main|div|p|h1|section)[\s>/]/i.test(html.slice(0, 65536))) {
    throw new LoadError(`${name}: no HTML markup found, not an HTML page`);
  }
  // eslint-disable-next-line no-control-regex -- counting control characters is the point: text HTML has next to none
  const controls = (html.slice(0, 4096).match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g) ?? []).length;
  if (controls > 64) throw new LoadError(`${name}: mostly undecodable bytes, not a text HTML page`);
  return { html, encoding, source: bom ? 'bom' : meta ? 'meta' : 'default' };
}

export async function loadHtml(path: string): Promise<LoadedHtml> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : (e as Error).message;
    throw new LoadError(`${path}: cannot read (${why})`);
  }
  return decodeHtml(bytes, path);
}
