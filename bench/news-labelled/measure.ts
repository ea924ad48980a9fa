/**
 * The measure itself, on page text already read from the browser: which must_keep sentences
 * survive the extension and how many must_hide occurrences it removes. Pure, no browser.
 */

/** Text as the labels were written against: every whitespace run one space, lower-cased. */
export const normalise = (text: string): string => text.replace(/\s+/g, ' ').trim().toLowerCase();

/** Non-overlapping occurrences of `snippet` in `text` (both normalised). */
function countOccurrences(text: string, snippet: string): number {
  if (!snippet) return 0;
  let count = 0;
  for (let at = text.indexOf(snippet); at !== -1; at = text.indexOf(snippet, at + snippet.length)) count++;
  return count;
}

export interface PageScore {
  /** must_keep sentences visible without the extension … */
  keepSeen: number;
  /** … and of those, the ones still visible with it. */
  keepKept: number;
  lostKeep: string[];
  /** must_keep sentences not visible even without the extension (excluded from keep). */
  keepAbsent: number;
  /** must_hide occurrences visible without the extension … */
  hideSeen: number;
  /** … and how many of them are gone with it. */
  hideGone: number;
  /** must_hide snippets still visible with the extension, ` ×N` appended when N > 1 are left. */
  leftVisible: string[];
  /** must_hide snippets not visible even without the extension (excluded from hide). */
  hideAbsent: number;
}

/** Scores one page from its normalised text without (`plain`) and with (`tidied`) the extension. */
export function scorePage(label: { must_keep: string[]; must_hide: string[] }, plain: string, tidied: string): PageScore {
  const score: PageScore = {
    keepSeen: 0,
    keepKept: 0,
    lostKeep: [],
    keepAbsent: 0,
    hideSeen: 0,
    hideGone: 0,
    leftVisible: [],
    hideAbsent: 0,
  };
  for (const sentence of label.must_keep) {
    const s = normalise(sentence);
    if (countOccurrences(plain, s) === 0) score.keepAbsent++;
    else if (countOccurrences(tidied, s) > 0) {
      score.keepSeen++;
      score.keepKept++;
    } else {
      score.keepSeen++;
      score.lostKeep.push(sentence);
    }
  }
  for (const snippet of label.must_hide) {
    const s = normalise(snippet);
    const before = countOccurrences(plain, s);
    if (before === 0) {
      score.hideAbsent++;
      continue;
    }
    // A page script may add an occurrence on one load only; what is left never counts above what was there.
    const left = Math.min(before, countOccurrences(tidied, s));
    score.hideSeen += before;
    score.hideGone += before - left;
    if (left > 0) score.leftVisible.push(left > 1 ? `${snippet} ×${left}` : snippet);
  }
  return score;
}
