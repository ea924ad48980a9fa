import { wordSimilarity } from '../../locate/similarity';
import { findStandfirst, keyPointItems } from '../../locate/summary';
import { normalizeSpace, textOf } from '../../text';
import type { PublisherSummary } from '../article-info';
import { isFurniture } from '../clutter-lines';
import { textLines } from '../text-blocks';
import { findNamedDek, NOT_DEK } from './dek';
import { usefulDescription } from './description';
import type { SummaryInput } from './index';

const TEASER_LIST = '[class*="related" i], [id*="related" i], [class*="recommend" i], [class*="trending" i], [class*="popular" i]';

/** The bullets of a located key-points list, without furniture and empty items. */
function keyPointsOf(list: Element): string[] {
  const items = keyPointItems(list);
  // A list whose every item is one link is a list of other stories, not this one's key points.
  const linked = items.filter((li) => {
    const text = textOf(li);
    return text.length > 0 && Array.from(li.querySelectorAll('a')).some((a) => textOf(a).length >= text.length * 0.8);
  });
  if (items.length >= 2 && linked.length >= items.length * 0.6) return [];
  // Thumbnails or a related/recommended container: teaser cards of other stories.
  const pictured = items.filter((li) => li.querySelector('img, picture')).length;
  if (items.length >= 2 && pictured >= items.length * 0.6) return [];
  if (list.closest(TEASER_LIST)) return [];
  return items.map((li) => normalizeSpace(textOf(li).replace(/^[•·▪■►●◦‣\-–—*]\s*/, ''))).filter((t) => t.length >= 3 && !isFurniture(t));
}

/** The standfirst: one point per line (a dek split by <br> is two lines), without furniture. */
function standfirstOf(el: Element): string[] {
  const lines = textLines(el).filter((t) => !isFurniture(t));
  // An author's bio is not a standfirst ("Jane Roe is the Senior Editor… She can be reached at…").
  return lines.some((l) => NOT_DEK.test(l)) ? [] : lines;
}

const fold = (s: string): string => s.toLowerCase().replace(/\s+/g, ' ').trim();

function repeats(a: string, b: string): boolean {
  return wordSimilarity(a, b) >= 0.5 || fold(b).includes(fold(a)) || fold(a).includes(fold(b));
}

/** The publisher's own summary: key points, else the standfirst, else a useful meta description. */
export function publisherSummary(input: SummaryInput): PublisherSummary | null {
  const { parts } = input;
  let standfirst = parts.summaryKind === 'standfirst' ? parts.summary : null;
  if (parts.summary && parts.summaryKind === 'key-points') {
    const points = keyPointsOf(parts.summary);
    if (points.length) return { kind: 'key-points', points };
    // The locator looks for a standfirst only when it found no key points.
    if (input.doc) standfirst = findStandfirst(input.doc, parts.headline ?? null);
  }
  const body = input.paragraphs.join('\n');
  const description = usefulDescription(input.descriptions, input.title, body);
  let points = standfirst ? standfirstOf(standfirst) : [];
  if (!points.length) {
    const dek = findNamedDek(parts.headline ?? null);
    points = dek ? standfirstOf(dek) : [];
  }
  if (points.length) {
    // A dek of a few words ("“fresh snow, fresh cut”") with a description that says more: both.
    const short = points.join(' ').length < 80;
    if (short && description && !points.some((p) => repeats(p, description))) points.push(description);
    return { kind: 'standfirst', points };
  }
  if (!description) return null;
  // A description cut from the story's first lines (mid-word, or with "…") says less than the lead.
  const cut = fold(description).replace(/(?<!\s)\s*(\.\.\.|…)$/, '');
  const whole = /[.!?。！？]["”»’」]?$/.test(description);
  if (!whole && fold(body.slice(0, 3000)).includes(cut.slice(0, 100))) return null;
  return { kind: 'description', points: [description] };
}
