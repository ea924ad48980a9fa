/**
 * Scripts written without spaces between words: kana, CJK ideographs (with extension A and the
 * compatibility block), Hangul syllables and half-width katakana. One range for every place that
 * counts characters instead of words (reading time, summary terms, headline length, page kind).
 */
const RANGE = '\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uac00-\\ud7af\\uff66-\\uff9f';

/** One such character (no `g` flag: safe with `.test`). */
export const CJK_CHAR = new RegExp(`[${RANGE}]`);
/** Every such character, for `match` and `replace`. */
export const CJK_CHARS = new RegExp(`[${RANGE}]`, 'g');
/** Every character that is not one, for keeping only the CJK text. */
export const NON_CJK_CHARS = new RegExp(`[^${RANGE}]`, 'g');

export const hasCjk = (s: string): boolean => CJK_CHAR.test(s);
export const countCjk = (s: string): number => s.match(CJK_CHARS)?.length ?? 0;
