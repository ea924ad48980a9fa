import type { Candidate, LayoutProbe } from './types';

/**
 * The site's own UI that it shows when the reader asks: a sign-in popup, a message template, a
 * feedback or e-mail-this-story form, a connection-error notice. Sites serve these in the page and
 * keep them out of sight with their stylesheet until a click opens them (harpers.org.justice's
 * sign-in panel under "Sign in", phys.org.tool's "Feedback to editors" form, city-journal's error
 * modal). A reader sees one only where that stylesheet did not load (as in the news-labelled
 * measure, which serves the page's HTML alone): it is clutter then. Hidden for good, it would break
 * the site's sign-in or form the moment the reader opens it. So these are hidden only when they
 * are on screen at the first look at the page, and never by a later pass, which may well be
 * looking at the dialog the reader just opened.
 */
const ON_DEMAND_UI_RULES: ReadonlySet<string> = new Set([
  'login-panel',
  'template-placeholder',
  'feedback-form',
  'email-story-form',
  'text:connection-error',
]);

/**
 * Whether a detector's candidate may be hidden in this pass. `firstLook`: the pass over the whole
 * page before any other has finished. Without a layout probe (Node: the CLI, unit tests) there is
 * no stylesheet, so what is in the page shows.
 */
export function mayHideNow(candidate: Candidate, firstLook: boolean, layout?: LayoutProbe): boolean {
  if (!ON_DEMAND_UI_RULES.has(candidate.rule)) return true;
  return firstLook && (layout?.rendered?.(candidate.element) ?? true);
}
