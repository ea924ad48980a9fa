import { CJK_CHAR as CJK } from '../../cjk';
import { wordSimilarity } from '../../locate/similarity';
import { isFurniture } from '../clutter-lines';
import { splitSentences } from './sentences';

/** Content-bearing terms: words of 4+ letters, or character bigrams for CJK text. */
function terms(sentence: string): string[] {
  const lower = sentence.toLowerCase();
  const out: string[] = [];
  for (const w of lower.match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (CJK.test(w)) for (let i = 0; i + 1 < w.length; i++) out.push(w.slice(i, i + 2));
    else if (w.length >= 4 || /\d/.test(w)) out.push(w);
  }
  return out;
}

interface Candidate {
  text: string;
  order: number;
  paragraph: number;
  firstInParagraph: boolean;
  terms: string[];
}

function sizeOk(s: string): boolean {
  const cjk = CJK.test(s);
  const min = cjk ? 15 : 40;
  const max = cjk ? 200 : 400;
  return s.length >= min && s.length <= max && !/[:：]$/.test(s);
}

/**
 * An extractive summary: 2–4 sentences of the body, scored for position (the lead carries the
 * news) and salience (terms that recur across the story and appear in the headline), without
 * furniture and without near-duplicates, returned in the story's order.
 */
export function extractiveSummary(paragraphs: string[], opts: { lang?: string | null; title?: string | null } = {}): string[] {
  const candidates: Candidate[] = [];
  let order = 0;
  paragraphs.forEach((para, p) => {
    splitSentences(para, opts.lang ?? null).forEach((text, i) => {
      candidates.push({ text, order: order++, paragraph: p, firstInParagraph: i === 0, terms: terms(text) });
    });
  });
  const usable = candidates.filter((c) => sizeOk(c.text) && !isFurniture(c.text) && c.terms.length >= 3);
  if (usable.length === 0) return [];
  const df = new Map<string, number>();
  for (const c of candidates) for (const t of new Set(c.terms)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = candidates.length;
  const titleTerms = new Set(terms(opts.title ?? ''));
  const score = (c: Candidate): number => {
    const unique = new Set(c.terms);
    let salience = 0;
    for (const t of unique) {
      const f = df.get(t) ?? 1;
      // Terms that recur are the story's subject; terms in nearly every sentence say nothing.
      if (f > 1 && f < n * 0.6) salience += Math.log(1 + f);
      if (titleTerms.has(t)) salience += 1.5;
    }
    salience /= Math.sqrt(unique.size + 4);
    const position = 1.6 / (1 + c.paragraph * 0.35) + (c.firstInParagraph ? 0.25 : 0) + (c.order === 0 ? 0.6 : 0);
    const quoteOnly = /^["“«„]/.test(c.text) ? -0.4 : 0;
    return salience + position + quoteOnly;
  };
  const ranked = usable.map((c) => ({ c, s: score(c) })).sort((a, b) => b.s - a.s);
  const want = usable.length < 8 ? 2 : usable.length < 40 ? 3 : 4;
  const chosen: Candidate[] = [];
  for (const { c } of ranked) {
    if (chosen.length >= want) break;
    if (opts.title && wordSimilarity(c.text, opts.title) >= 0.8) continue;
    if (chosen.some((x) => wordSimilarity(x.text, c.text) >= 0.6)) continue;
    chosen.push(c);
  }
  return chosen.sort((a, b) => a.order - b.order).map((c) => c.text);
}
