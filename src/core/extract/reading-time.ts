import { CJK_CHARS, countCjk } from '../cjk';

/** Words per minute for space-separated scripts, characters per minute for Chinese and Japanese. */
const WORDS_PER_MINUTE = 230;
const CJK_CHARS_PER_MINUTE = 500;

export interface TextLength {
  /** Words of space-separated text plus CJK characters (each counts as one). */
  wordCount: number;
  cjkChars: number;
  readingMinutes: number;
}

/** Word count and reading time. CJK text has no spaces between words: its characters are counted. */
export function measureText(text: string): TextLength {
  const cjkChars = countCjk(text);
  const rest = text.replace(CJK_CHARS, ' ');
  const words = rest.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  const minutes = words / WORDS_PER_MINUTE + cjkChars / CJK_CHARS_PER_MINUTE;
  const wordCount = words + cjkChars;
  return { wordCount, cjkChars, readingMinutes: wordCount === 0 ? 0 : Math.max(1, Math.round(minutes)) };
}
