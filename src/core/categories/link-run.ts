import { leadsElsewhere } from '../locate/teaser-card';
import { linkDensity, textOf } from '../text';
import { distinctHrefs } from './context';

/** A line of a link run is a story's title, never a paragraph. */
const LINK_RUN_LINE_MAX_CHARS = 200;
/** Two lines may be the story's own "see also"; the run is a list from three on. */
const MIN_LINK_RUN_LINES = 3;

/** One block that is all one link to another page (a title, not a sentence with a link in it). */
function isLinkLine(el: Element): boolean {
  const t = textOf(el);
  if (!t || t.length > LINK_RUN_LINE_MAX_CHARS || !/^(P|DIV|LI|H[2-6])$/.test(el.tagName)) return false;
  if (distinctHrefs(el) !== 1 || linkDensity(el) < 0.9) return false;
  const a = el.matches('a[href]') ? el : el.querySelector('a[href]');
  return !!a && leadsElsewhere(a.getAttribute('href'), el.ownerDocument);
}

/**
 * The sibling blocks right after a related heading, each one link to another story, when the page
 * writes the list as loose blocks instead of a <ul> (infobae: "<p><b>Seguir leyendo:</b></p>" then
 * one `<div><a><i><b>title</b></i></a></div>` per story, at the end of the body). Empty unless a run
 * of at least three such lines follows.
 */
export function linkRunAfter(heading: Element): Element[] {
  const run: Element[] = [];
  for (let el = heading.nextElementSibling; el && isLinkLine(el); el = el.nextElementSibling) run.push(el);
  return run.length >= MIN_LINK_RUN_LINES ? run : [];
}
