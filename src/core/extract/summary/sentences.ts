/**
 * Sentences of a paragraph, with Intl.Segmenter where the runtime has it (every current browser
 * and Node): it knows "。", "！", "?" and abbreviations in many languages. Without it, a simple
 * split on sentence punctuation.
 */
export function splitSentences(text: string, lang: string | null = null): string[] {
  const Segmenter = (Intl as unknown as { Segmenter?: typeof Intl.Segmenter }).Segmenter;
  if (Segmenter) {
    let segmenter: Intl.Segmenter;
    try {
      segmenter = new Segmenter(lang ?? undefined, { granularity: 'sentence' });
    } catch {
      segmenter = new Segmenter(undefined, { granularity: 'sentence' });
    }
    return mergeAbbreviations(Array.from(segmenter.segment(text), (s) => s.segment.trim()).filter(Boolean));
  }
  return text
    .split(/(?<=[.!?。！？])\s+|(?<=[。！？])/)
    .map((s) => s.trim())
    .filter(Boolean);
}

const ABBREVIATION =
  /(?:^|\s)(?:Mr|Mrs|Ms|Dr|Prof|St|Sen|Rep|Gov|Gen|Col|Lt|Sgt|Jr|Sr|Inc|Co|Corp|Ltd|No|Vol|U\.S|U\.K|a\.m|p\.m|e\.g|i\.e|vs|etc|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|[A-Z])\.$/;

/** The segmenter splits after "Dr." or "U.S."; put such pieces back together. */
function mergeAbbreviations(parts: string[]): string[] {
  const out: string[] = [];
  for (const p of parts) {
    const prev = out[out.length - 1];
    if (prev !== undefined && ABBREVIATION.test(prev) && /^[\p{L}\p{N}]/u.test(p)) out[out.length - 1] = `${prev} ${p}`;
    else out.push(p);
  }
  return out;
}
