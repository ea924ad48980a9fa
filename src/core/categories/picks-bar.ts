import { leadsElsewhere } from '../locate/teaser-card';
import { picksBarLabel } from '../rules/related';
import { textOf } from '../text';
import type { Candidate } from '../types';
import { climb, inSiteChrome, type DetectContext } from './context';

/** A bar is a few stories; a longer list is a menu or an archive. */
const MIN_PICKS = 3;
const MAX_PICKS = 15;
/** How far above the label its wrapper may reach (p.label; span.title > span.text). */
const LABEL_LEVELS = 3;

/**
 * An address of one story, not of a section: its last path segment a slug of three words or more
 * ('/2023/11/08/rice-park-tree-lighting-…/', '/welcome-home-3/'), where a menu's links name a
 * section in a word or two ('/news/politics/', '/business/').
 */
function storyAddress(href: string, doc: Document): boolean {
  if (!leadsElsewhere(href, doc)) return false;
  try {
    const last = new URL(href, doc.URL).pathname.split('/').filter(Boolean).pop() ?? '';
    return last.split('-').filter(Boolean).length >= 3;
  } catch {
    return false;
  }
}

/**
 * A bar of picked or trending stories in the site's header (rules/related.ts `picksBarLabel`):
 * the label, and right after it a list each of whose items links to one story. The detectors leave
 * site chrome alone so as not to break its menus; a list of story pages under such a label is not a
 * menu (twincities.com-mayor's 'OUR PICKS:' bar inside <header>, thenassauguardian.com-hikes's
 * 'TRENDING' ticker in the top <nav>), and only the label with its list goes: the box is never
 * larger than the two. Outside chrome, related.ts's headed blocks find such bars already.
 */
export function picksBars(ctx: DetectContext, out: Candidate[]): void {
  for (const { el, text } of ctx.shortTexts()) {
    if (ctx.timeUp()) break;
    if (!picksBarLabel.test(text) || el.closest('a[href]') || !inSiteChrome(el)) continue;
    let label = el;
    for (let i = 0; i < LABEL_LEVELS && label.parentElement && textOf(label.parentElement) === text; i++) label = label.parentElement;
    const list = label.nextElementSibling;
    if (!list || !isStoryBar(list, ctx.doc)) continue;
    const size = text.length + textOf(list).length;
    const box = climb(label, (c) => textOf(c).length <= size + 2 && !c.querySelector('h1, form'), ctx, 4);
    if (!box.contains(list)) continue;
    out.push({ element: box, rule: 'picks-bar', reason: 'reason_related_under_heading', params: [text.slice(0, 40)] });
  }
}

/** A list (or a nav around one) of MIN_PICKS to MAX_PICKS items, each linking to a story's page, no sub-menus. */
function isStoryBar(el: Element, doc: Document): boolean {
  const list = el.matches('ul, ol') ? el : el.querySelector(':scope > ul, :scope > ol');
  if (!list || list.querySelector('ul, ol')) return false;
  const items = Array.from(list.children).filter((c) => c.tagName === 'LI');
  if (items.length < MIN_PICKS || items.length > MAX_PICKS || items.length !== list.children.length) return false;
  return items.every((li) => Array.from(li.querySelectorAll('a[href]')).some((a) => storyAddress(a.getAttribute('href')!, doc)));
}
