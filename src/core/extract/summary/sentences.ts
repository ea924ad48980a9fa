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

/** A dateline in capitals, "SOUTHWEST MIAMI-DADE, FLA.": the story's first sentence goes on after it. */
const DATELINE = /^[\p{Lu}\s,.'’-]{2,40}\.$/u;

/** The segmenter splits after "Dr." or "U.S."; put such pieces back together. */
function mergeAbbreviations(parts: string[]): string[] {
  const out: string[] = [];
  for (const p of parts) {
    const prev = out[out.length - 1];
    const joins = prev !== undefined && ((ABBREVIATION.test(prev) && /^[\p{L}\p{N}]/u.test(p)) || DATELINE.test(prev));
    if (joins) out[out.length - 1] = `${prev} ${p}`;
    else out.push(p);
  }
  return out;
}

const PAIRS: Array<[string, string]> = [
  ['“', '”'],
  ['«', '»'],
  ['「', '」'],
  ['『', '』'],
];

/** Whether every quotation a sentence opens is closed in it (straight quotes: an even count). */
function quotesBalanced(s: string): boolean {
  for (const [open, close] of PAIRS) if (s.split(open).length !== s.split(close).length) return false;
  return (s.match(/"/g)?.length ?? 0) % 2 === 0;
}

/**
 * Whole sentences of a paragraph for a summary: a quotation the segmenter cut at its inner full
 * stops is put back together ("“It works. We tried it,” she said." is one sentence). Pieces that
 * still leave a quotation open are returned with `whole: false` and never shown.
 */
export function wholeSentences(paragraph: string, lang: string | null = null): Array<{ text: string; whole: boolean }> {
  const out: Array<{ text: string; whole: boolean }> = [];
  let open = '';
  let pieces = 0;
  for (const s of splitSentences(paragraph, lang)) {
    open = open ? `${open}${CJK_JOIN.test(open.slice(-1)) ? '' : ' '}${s}` : s;
    pieces++;
    if (quotesBalanced(open) || pieces >= 5) {
      out.push({ text: open, whole: quotesBalanced(open) });
      open = '';
      pieces = 0;
    }
  }
  if (open) out.push({ text: open, whole: false });
  return out;
}

const CJK_JOIN = /[。！？」』]/;
