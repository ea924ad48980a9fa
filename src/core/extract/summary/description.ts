import { CJK_CHAR as CJK, NON_CJK_CHARS } from '../../cjk';
import { wordSimilarity } from '../../locate/similarity';
import { isFurniture } from '../clutter-lines';

const GENERIC =
  /\b(home ?page|official (web)?site|welcome to|breaking news,|latest news (and|&)|news, sport|read the latest|get the latest|all the latest|find (the )?latest)\b/i;

function contentWords(s: string): string[] {
  const lower = s.toLowerCase();
  if (CJK.test(lower)) return Array.from(lower.replace(NON_CJK_CHARS, ''));
  return (lower.match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length >= 4);
}

/**
 * A meta description that is worth showing: long enough to say something, not a rewording of the
 * headline, not the site's tagline (it must share words with the story itself), and no furniture.
 */
export function usefulDescription(descriptions: string[], title: string | null, bodyText: string): string | null {
  const body = new Set(contentWords(bodyText.slice(0, 20000)));
  const useful = descriptions.map((d) => withoutTitle(decodeEntities(d), title)).filter((d) => isUseful(d, title, body));
  // A description cut from the story's first lines is a machine's; an editor's wins over it.
  const opening = fold(bodyText.slice(0, 1500));
  const written = useful.find(
    (d) =>
      !opening.startsWith(
        fold(d)
          .replace(/(?<!\s)\s*(\.\.\.|…)$/, '')
          .slice(0, 120),
      ),
  );
  return written ?? useful[0] ?? null;
}

const ENTITIES: Record<string, string> = { amp: '&', apos: "'", quot: '"', lt: '<', gt: '>', nbsp: ' ' };

/** A description escaped twice by its CMS ("North Korea&apos;s") reads as the page shows it. */
function decodeEntities(d: string): string {
  return d.replace(/&(#x[0-9a-f]+|#\d+|amp|apos|quot|lt|gt|nbsp);/gi, (m, e: string) => {
    const lower = e.toLowerCase();
    if (lower.startsWith('#x')) return String.fromCodePoint(parseInt(lower.slice(2), 16));
    if (lower.startsWith('#')) return String.fromCodePoint(parseInt(lower.slice(1), 10));
    return ENTITIES[lower] ?? m;
  });
}

const fold = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();

/** "How to Build a Terrarium. Glass cloche terrariums…" → "Glass cloche terrariums…". */
function withoutTitle(d: string, title: string | null): string {
  if (!title || !fold(d).startsWith(fold(title))) return d;
  const rest = d.slice(title.length).replace(/^\s*[.:|–—-]\s*/, '');
  return rest.length >= 40 ? rest : d;
}

function isUseful(d: string, title: string | null, body: Set<string>): boolean {
  const cjk = CJK.test(d);
  if (d.length < (cjk ? 15 : 40) || (!cjk && d.split(/\s+/).length < 6)) return false;
  if (GENERIC.test(d) || isFurniture(d)) return false;
  if (title && (wordSimilarity(d, title) >= 0.75 || title.toLowerCase().includes(d.toLowerCase()))) return false;
  const words = contentWords(d);
  if (body.size > 0 && words.length > 0) {
    const shared = words.filter((w) => body.has(w)).length / words.length;
    if (shared < 0.3) return false;
  }
  return true;
}
