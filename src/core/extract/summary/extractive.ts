import { CJK_CHAR as CJK } from '../../cjk';
import { wordSimilarity } from '../../locate/similarity';
import { candidatesOf, terms, type Candidate } from './candidates';

export interface ExtractiveOptions {
  lang?: string | null;
  title?: string | null;
  /** What the popup already shows above the story's points (the dek, the publisher's points). */
  shown?: string[];
  /** Caption, credit and byline texts of the page. */
  captions?: string[];
  /** How many points (default: by the story's length). */
  want?: number;
}

/** Reporting verbs and consequence words: a sentence with one often carries a reaction or an outcome. */
const REACTION =
  /\b(said|says|told|according to|warned|added|announced|expects?|expected|will|would|could|plans?|sagte|sagt|erklärte|laut|soll|dijo|afirmó|según|señaló|a déclaré|selon|estime|disse|ha detto)\b|[「“«]/iu;

/** Points for a story: 3, 4 for a long read, fewer for a short article. */
function pointsWanted(paragraphs: string[]): number {
  const chars = paragraphs.reduce((n, p) => n + p.length, 0);
  const cjk = CJK.test(paragraphs.slice(0, 3).join(''));
  if (paragraphs.length >= 6) return chars > (cjk ? 3500 : 9000) ? 4 : 3;
  return paragraphs.length >= 3 ? 2 : 1;
}

/**
 * Whether `a` says what `b` already says (or repeats it inside a longer sentence). With `overlap`,
 * also when most content terms of the shorter one are in the other; not used against the headline,
 * which the lead expands (who, when, where) rather than repeats.
 */
function repeats(a: string, b: string, threshold: number, overlap = true): boolean {
  const fa = a.toLowerCase();
  const fb = b.toLowerCase();
  if (wordSimilarity(a, b) >= threshold || (fb.length >= 20 && fa.includes(fb)) || (fa.length >= 20 && fb.includes(fa))) return true;
  if (!overlap) return false;
  // Most of the shorter one's content terms are in the other: it says the same again.
  const ta = new Set(terms(a));
  const tb = new Set(terms(b));
  const [small, big] = ta.size <= tb.size ? [ta, tb] : [tb, ta];
  let shared = 0;
  for (const t of small) if (big.has(t)) shared++;
  return small.size >= 4 && shared / small.size >= 0.6;
}

/**
 * Key points of the story: whole sentences of the body in the story's order, picked for coverage.
 * The first is the lead (who, what, when: the most salient sentence of the opening paragraphs);
 * each next one is the sentence that adds most of the story's recurring terms not yet covered by
 * the headline, what is already shown and the points so far, with a mild pull towards the start
 * and towards reactions and consequences later on. Nothing that repeats the headline, the dek or
 * another point; never furniture, captions, credits or a quotation cut in half.
 */
export function extractiveSummary(paragraphs: string[], opts: ExtractiveOptions = {}): string[] {
  const candidates = candidatesOf(paragraphs, { lang: opts.lang, captions: opts.captions });
  const shown = opts.shown ?? [];
  const title = opts.title ?? '';
  const usable = candidates.filter(
    (c) => c.usable && !(title && repeats(c.text, title, 0.75, false)) && !shown.some((s) => repeats(c.text, s, 0.5)),
  );
  if (usable.length === 0) return [];
  const weight = termWeights(candidates, title);
  const want = Math.min(opts.want ?? pointsWanted(paragraphs), usable.length);
  // The lead is wanted on the headline's subject; later points for what neither says yet.
  const covered = new Set<string>(shown.flatMap(terms));
  // Positions count prose paragraphs only: a run of furniture lines before the story is not its start.
  const prose = [...new Set(usable.map((c) => c.paragraph))];
  const pos = new Map(usable.map((c) => [c, prose.indexOf(c.paragraph)]));
  const last = Math.max(1, prose.length - 1);
  const chosen: Candidate[] = [];
  const gain = (c: Candidate): number => {
    let g = 0;
    for (const t of new Set(c.terms)) g += (weight.get(t) ?? 0) * (covered.has(t) ? 0.25 : 1);
    return g / Math.sqrt(new Set(c.terms).size + 4);
  };
  while (chosen.length < want) {
    let best: Candidate | null = null;
    let bestScore = -Infinity;
    for (const c of usable) {
      if (chosen.includes(c) || chosen.some((x) => repeats(x.text, c.text, 0.45))) continue;
      const at = pos.get(c) ?? 0;
      const score = chosen.length === 0 ? leadScore(c, at, gain(c)) : laterScore(c, at, gain(c), chosen, at / last);
      if (score > bestScore) {
        best = c;
        bestScore = score;
      }
    }
    if (!best) break;
    chosen.push(best);
    for (const t of [...best.terms, ...(chosen.length === 1 ? terms(title) : [])]) covered.add(t);
  }
  return chosen.sort((a, b) => a.order - b.order).map((c) => c.text);
}

/** Terms that recur are the story's subject; terms in nearly every sentence say nothing. */
function termWeights(candidates: Candidate[], title: string): Map<string, number> {
  const df = new Map<string, number>();
  for (const c of candidates) for (const t of new Set(c.terms)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = candidates.length;
  const titleTerms = new Set(terms(title));
  const weight = new Map<string, number>();
  for (const [t, f] of df) {
    let w = f > 1 && f < Math.max(3, n * 0.6) ? Math.log(1 + f) : /\d/.test(t) ? 0.4 : 0.15;
    if (titleTerms.has(t)) w += 1.5;
    weight.set(t, w);
  }
  return weight;
}

/** The lead: an early sentence that carries the story's subject (an anecdote that does not, loses). */
function leadScore(c: Candidate, at: number, gain: number): number {
  if (at > 3) return -1e6 - at;
  let score = gain + 1.2 / (1 + at * 0.6) + (c.firstInParagraph ? 0.3 : 0) + (at === 0 ? 0.3 : 0);
  if (/^["“«„「]/.test(c.text)) score -= 0.6;
  if (CONTEXT_START.test(c.text)) score -= 0.4;
  return score;
}

/** Sentences that lean on the one before ("But…", "Auch…", "Sin embargo…") read badly alone. */
const CONTEXT_START =
  /^(he|she|it|they|this|that|these|those|but|and|so|also|however|er|sie|es|dies|aber|auch|denn|und|doch|zudem|außerdem|dabei|dafür|él|ella|esto|pero|también|además|sin embargo|il|elle|mais|aussi|donc|ainsi|cependant)\b/i;

/** A later point: new coverage first; some pull to the start; reactions and outcomes further down. */
function laterScore(c: Candidate, at: number, gain: number, chosen: Candidate[], where: number): number {
  let score = gain + 0.5 / (1 + at * 0.2);
  if (chosen.length >= 2 && where > 0.3 && REACTION.test(c.text)) score += 0.3;
  if (chosen.some((x) => x.paragraph === c.paragraph)) score -= 0.35;
  if (CONTEXT_START.test(c.text)) score -= 0.3;
  if (/^["“«„「]/.test(c.text)) score -= 0.35;
  if (c.text.length > 260) score -= 0.2;
  return score;
}
