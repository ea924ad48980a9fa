import { wordSimilarity } from '../../locate/similarity';
import { isFurniture } from '../clutter-lines';

const CJK = /[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/;
const GENERIC = /\b(home ?page|official (web)?site|welcome to|breaking news,|latest news (and|&)|news, sport|read the latest|get the latest|all the latest|find (the )?latest)\b/i;

function contentWords(s: string): string[] {
  const lower = s.toLowerCase();
  if (CJK.test(lower)) return Array.from(lower.replace(/[^\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/g, ''));
  return (lower.match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length >= 4);
}

/**
 * A meta description that is worth showing: long enough to say something, not a rewording of the
 * headline, not the site's tagline (it must share words with the story itself), and no furniture.
 */
export function usefulDescription(descriptions: string[], title: string | null, bodyText: string): string | null {
  const body = new Set(contentWords(bodyText.slice(0, 20000)));
  for (const d of descriptions) {
    const cjk = CJK.test(d);
    if (d.length < (cjk ? 15 : 40) || (!cjk && d.split(/\s+/).length < 6)) continue;
    if (GENERIC.test(d) || isFurniture(d)) continue;
    if (title && (wordSimilarity(d, title) >= 0.75 || title.toLowerCase().includes(d.toLowerCase()))) continue;
    const words = contentWords(d);
    if (body.size > 0 && words.length > 0) {
      const shared = words.filter((w) => body.has(w)).length / words.length;
      if (shared < 0.3) continue;
    }
    return d;
  }
  return null;
}
