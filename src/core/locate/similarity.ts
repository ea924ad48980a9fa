import { CJK_CHARS } from '../cjk';

/** Word-overlap similarity (Dice coefficient over lower-cased word sets), 0..1. */
export function wordSimilarity(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  if (wa.size === 0 || wb.size === 0) return 0;
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return (2 * shared) / (wa.size + wb.size);
}

function words(s: string): Set<string> {
  // Han/kana scripts have no spaces: compare characters instead of words.
  const lower = s.toLowerCase();
  const cjk = lower.match(CJK_CHARS);
  if (cjk && cjk.length > lower.length / 3) return new Set(cjk);
  return new Set(lower.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1));
}
