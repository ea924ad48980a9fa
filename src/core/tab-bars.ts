import { guard } from './guard';
import type { ArticleParts } from './locate/article-locator';
import { isMarkedHidden } from './marks';
import { linkDensity, textOf } from './text';
import type { Candidate } from './types';

/** A tab bar is a few short labels; a longer list of in-page links is a table of contents. */
const TAB_BAR_MAX_CHARS = 120;
const MIN_TABS = 2;
/** The spaces between the tabs are the only text outside their links. */
const MIN_TAB_LINK_DENSITY = 0.85;

/** The element an in-page link ("#tabs-1") points at, if the page has it. */
function targetOf(a: Element, doc: Document): Element | null {
  const id = (a.getAttribute('href') ?? '').slice(1);
  if (!id) return null;
  try {
    return doc.getElementById(decodeURIComponent(id));
  } catch {
    return null;
  }
}

/**
 * The tab bars left standing over widgets the pass hid: a short list whose every link points into
 * the page, at a panel that is now hidden (spanish_article: "Lo + visto | Lo + comentado | Lo
 * último" over its three story lists; knowtechie: "Headlines | Trending | Videos" over the sidebar's
 * tab panels). Structure only, in any language: a table of contents points at the story's sections,
 * which the guard never lets us hide, so its links never all lead to hidden panels. `query` finds
 * the in-page links of the pass's roots (DetectContext.query).
 */
export function tabBarsOfHidden(doc: Document, query: (selector: string) => readonly Element[], parts: ArticleParts): Candidate[] {
  const bars = new Set<Element>();
  for (const a of query('a[href^="#"]')) {
    const bar = a.closest('ul, ol, [role="tablist"]');
    if (bar && !bars.has(bar) && !isMarkedHidden(bar)) bars.add(bar);
  }
  const out: Candidate[] = [];
  for (const bar of bars) {
    const text = textOf(bar);
    if (!text || text.length > TAB_BAR_MAX_CHARS) continue;
    const links = Array.from(bar.querySelectorAll('a'));
    const targets = links.map((a) => targetOf(a, doc));
    if (new Set(targets).size < MIN_TABS || targets.some((t) => !t || !isMarkedHidden(t) || t.contains(bar))) continue;
    // Nothing but the tabs' own labels: no sentence or other link beside them.
    if (linkDensity(bar) < MIN_TAB_LINK_DENSITY) continue;
    if (!guard(bar, parts).ok) continue;
    out.push({ element: bar, rule: 'tab-bar', reason: 'reason_widget_heading', params: [text.slice(0, 40)] });
  }
  return out;
}
