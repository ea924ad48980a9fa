import { CJK_CHAR as CJK } from '../../cjk';
import { isFurniture } from '../clutter-lines';
import { wholeSentences } from './sentences';

/** A sentence of the story, with where it sits and the terms it carries. */
export interface Candidate {
  text: string;
  order: number;
  paragraph: number;
  firstInParagraph: boolean;
  terms: string[];
  /** Whether it may be shown: a whole sentence of prose, not furniture, a caption or a credit. */
  usable: boolean;
}

/** Content-bearing terms: words of 4+ letters (or with a digit), or character bigrams for CJK text. */
export function terms(sentence: string): string[] {
  const lower = sentence.toLowerCase();
  const out: string[] = [];
  for (const w of lower.match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (CJK.test(w)) for (let i = 0; i + 1 < w.length; i++) out.push(w.slice(i, i + 2));
    else if (w.length >= 4 || /\d/.test(w)) out.push(w);
  }
  return out;
}

function sizeOk(s: string): boolean {
  const cjk = CJK.test(s);
  return s.length >= (cjk ? 15 : 40) && s.length <= (cjk ? 220 : 420);
}

/** Lines that are about the page or the picture, not the story. */
const NOT_STORY = [
  /^(by|von|por|par|di|door)\s+\p{Lu}[\p{L}.'’-]+(\s+(\p{Lu}[\p{L}.'’-]+|and|und|y|et))*\s*([,|·•–—-]|$)/u,
  /^(updated|published|posted|last updated|aktualisiert|actualizado|mis à jour)\b/i,
  /^(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2}, \d{4}\b/i,
  /\((photo|foto|image|picture|credit|getty|ap|afp|reuters|file)\b[^)]*\)\s*$/i,
  /\b(photo|image|foto|picture|illustration)( credit)?\s*[:/|]/i,
  /\b(getty images|shutterstock|istock(photo)?|ap photo|afp via getty|reuters\/)\b/i,
  /\b(can be reached at|is (a|the) (senior |staff |contributing )?(writer|reporter|editor|correspondent) (at|for)|follow (him|her|them) on)\b/i,
  /(?<![\w.+-])[\w.+-]{1,64}@[\w-]+\.[\w.]+/,
  /\b(receives? compensation|affiliate (links?|commissions?)|we may earn|advertiser disclosure|sponsored by)\b/i,
  // The publisher's own promotion inside the body: issues for sale, memberships, donations.
  /\b(this (article|story) (first |originally )?appeared in|dieser beitrag stammt aus|im handel|am kiosk|erhältlich|newsstands?)\b/i,
  /^(推荐|点击|扫码|欢迎订阅)|关注.{0,8}公众号|下载.{0,10}(客户端|app)|(財新|财新)(数据库|通)/iu,
  /\b(join (the|our) [\p{L}\s]{0,30}(family|community|membership)|become a (member|subscriber|supporter)|support (our|independent) journalism|make a donation)\b/iu,
];

/** A fragment, not a sentence: starts mid-sentence, ends on a colon, or is a question. */
const FRAGMENT = /^[\p{Ll},;:)\]”»’]|[:：,;]$|[?？]["”»’」]?$/u;
/** A sentence ends like one: a name list, a date line or a heading does not. */
const ENDS = /[.!。！…]["”»’」』)]*$|["”»’」』]$/u;
/** A listicle's label ("Advantages: …", "Accuracy: …"): the point only reads in its list. */
const LABELLED = /^[\p{Lu}][\p{Ll}]+(\s[\p{L}]+){0,2}\s?:\s/u;
const letters = (s: string): number => s.match(/\p{L}/gu)?.length ?? 0;

const fold = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();

/**
 * Every sentence of the story in order, each marked usable or not. `captions` are the texts of the
 * page's captions and credits: a sentence inside one is a caption that Readability kept as prose.
 */
export function candidatesOf(paragraphs: string[], opts: { lang?: string | null; captions?: string[] } = {}): Candidate[] {
  const captions = (opts.captions ?? []).map(fold).filter((c) => c.length >= 15);
  const out: Candidate[] = [];
  paragraphs.forEach((para, p) => {
    wholeSentences(para, opts.lang ?? null).forEach(({ text, whole }, i) => {
      const t = terms(text);
      const folded = fold(text);
      const usable =
        whole &&
        sizeOk(text) &&
        t.length >= 3 &&
        !FRAGMENT.test(text) &&
        ENDS.test(text) &&
        !LABELLED.test(text) &&
        letters(text) >= text.length * 0.5 &&
        // A quotation put back together from many pieces is too long to read as one point.
        !(text.length > 320 && /^["“«„「]/.test(text)) &&
        !isFurniture(text) &&
        !NOT_STORY.some((re) => re.test(text)) &&
        !captions.some((c) => c.includes(folded));
      out.push({ text, order: out.length, paragraph: p, firstInParagraph: i === 0, terms: t, usable });
    });
  });
  return out;
}

/** The texts of the page's captions, credits and bylines (what a summary must never show). */
export function captionTexts(doc: Document): string[] {
  const sel =
    'figcaption, [class*="caption" i], [class*="credit" i], [itemprop="caption"], [itemprop="author"], [class*="byline" i], [rel="author"]';
  return Array.from(doc.querySelectorAll(sel), (el) => (el.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter((t) => t.length >= 15 && t.length <= 600)
    .slice(0, 200);
}
