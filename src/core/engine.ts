import { CATEGORIES } from './categories/registry';
import { createContext, startTextScan, type TextScan } from './categories/context';
import { guard, refreshGuard } from './guard';
import { headingsOfHidden } from './widget-headings';
import { tabBarsOfHidden } from './tab-bars';
import { locateBodySteps, locateRestSteps, type ArticleParts } from './locate/article-locator';
import { HIDDEN_ATTR, SHOWN_ATTR, isMarkedHidden, markHidden, markShown, stripForeignMarks } from './marks';
import { detectPageKind, type PageKind } from './page-kind';
import { siteRulesFor } from './rules/sites';
import { NOT_RENDERED_TAGS } from './skip-tags';
import { finish, type Steps } from './steps';
import { snippet, withTextCache } from './text';
import { mayHideNow } from './on-demand-ui';
import type { Candidate, CategoryId, CleanResult, HideRecord, LayoutProbe, RefusedRecord } from './types';

export interface EngineOptions {
  url?: string;
  layout?: LayoutProbe;
  /** Time budget for the heuristics of one pass, in ms (Infinity in the CLI and tests). */
  budgetMs?: number;
  /** Categories not to run (switched off by the user). */
  disabled?: CategoryId[];
  /** The user's own rules for this site (custom selectors, zapped elements); see src/content/user-rules.ts. */
  userRules?: UserRule[];
  now?: () => number;
  /**
   * Whether the exact selectors' records may wait for a later slice once the deadline passed (the
   * content script: its stylesheet hid their matches at document_start already, and one query over
   * a 100,000-node page takes tens of ms per category). Elsewhere they always run in the pass.
   */
  sliceSelectors?: boolean;
}

/** A rule the user made: a selector, hidden like a site rule, through the guard like every hide. */
export interface UserRule {
  category: CategoryId;
  selector: string;
  rule: string;
  reason: string;
}

/** The engine's state for one document: the located article and what was hidden, by id. */
export interface EngineState {
  doc: Document;
  options: EngineOptions;
  parts: ArticleParts;
  kind: PageKind;
  hidden: HideRecord[];
  refused: RefusedRecord[];
  elements: Map<number, Element>;
  /** Text scans of scopes whose pass ran out of time, for its retry to continue (context.ts). */
  scans: WeakMap<Element, TextScan>;
  /** Set once a pass over the whole body has finished: later passes are no first look (on-demand-ui.ts). */
  lookedOnce?: boolean;
}

/** A state's site rules, read once: a page that streams content runs a pass per batch of new subtrees (issue 11). */
const siteRulesOf = new WeakMap<EngineState, ReturnType<typeof siteRulesFor>>();

function siteRules(state: EngineState): ReturnType<typeof siteRulesFor> {
  let rules = siteRulesOf.get(state);
  if (!rules) {
    try {
      rules = state.options.url ? siteRulesFor(new URL(state.options.url).hostname) : [];
    } catch {
      rules = [];
    }
    siteRulesOf.set(state, rules);
  }
  return rules;
}

/** Each category's exact selectors as one selector list, joined once for all passes. */
const EXACT_SELECTORS = new Map(CATEGORIES.map((c) => [c.id, c.rules.exact.join(',')]));
/** Every category's, as one list: which roots of a batch any of them matches, in two asks a root. */
const ANY_EXACT_SELECTOR = [...EXACT_SELECTORS.values()].filter(Boolean).join(',');

/**
 * The roots of a batch where a category's exact selectors can match anything: most late subtrees
 * (a comment, a card) hold no known clutter, and a category at a time asked each of them twice
 * (late-clutter bench: 2,600 roots, 20 categories; issue 11).
 */
function rootsWithExactMatches(roots: readonly Element[]): readonly Element[] {
  if (roots.length < 2) return roots;
  return roots.filter((root) => root.matches(ANY_EXACT_SELECTOR) || !!root.querySelector(ANY_EXACT_SELECTOR));
}

const clock = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

export function startEngine(doc: Document, options: EngineOptions = {}): EngineState {
  return withTextCache(() => finish(engineSteps(doc, options)));
}

/** An engine state before anything was located: no article parts, not an article, nothing hidden. */
export function blankEngineState(doc: Document, options: EngineOptions = {}): EngineState {
  const parts: ArticleParts = {
    headline: null,
    summary: null,
    summaryKind: null,
    root: null,
    leadCaption: null,
    byline: null,
    prose: [],
    holders: [],
    proseChars: 0,
  };
  return {
    doc,
    options,
    parts,
    kind: { isArticle: false, reason: 'reason_page_no_body' },
    hidden: [],
    refused: [],
    elements: new Map(),
    scans: new WeakMap(),
  };
}

/** startEngine in steps (steps.ts), for the content script to locate a huge page in slices. */
export function* engineSteps(doc: Document, options: EngineOptions = {}): Steps<EngineState> {
  const body = yield* locateBodySteps(doc);
  const kind = detectPageKind(doc, body.parts, options.url);
  // No summary, lead caption or byline on a page that is no article: only the exact selectors run
  // there, and the popup extracts nothing from it (article-locator.ts).
  const parts = kind.isArticle ? yield* locateRestSteps(doc, body) : body.parts;
  return { ...blankEngineState(doc, options), parts, kind };
}

/**
 * One pass over `scope` (the whole body first; what the page adds later comes in batches,
 * runBatch). `deadline` is in the clock of `options.now`. `resume`: this is the retry of a pass
 * over `scope` that ran out of time, and its text scan continues where that one stopped.
 */
export function runPass(state: EngineState, scope: Element | null = state.doc.body, deadline = Infinity, resume = false): CleanResult {
  return runBatch(state, scope ? [scope] : [], deadline, resume);
}

/**
 * One pass over a batch of late subtrees (disjoint: none holds another), as runPass over each of
 * them but with each step's fixed work done once for the batch: a page streaming 25 comments a
 * tick paid the category loop, the guard's refresh and the detectors' set-up 25 times a tick
 * (late-clutter bench, issue 11). The resume state is the batch's: its retry passes the same roots.
 */
export function runBatch(state: EngineState, roots: readonly Element[], deadline = Infinity, resume = false): CleanResult {
  return withTextCache(() => passOver(state, roots, deadline, resume));
}

function passOver(state: EngineState, roots: readonly Element[], deadline: number, resume: boolean): CleanResult {
  const now = state.options.now ?? clock;
  const start = now();
  const before = state.hidden.length;
  const refusedBefore = state.refused.length;
  const timings: CleanResult['timings'] = {};
  let budgetExceeded = false;
  const scope = roots[0];
  if (scope) {
    // Marks the page served itself (an ad carrying data-tidy-shown) exempt nothing. (Once per
    // root: what the page adds later comes in batches of its own.)
    if (!resume) roots.forEach(stripForeignMarks);
    refreshGuard(state.parts);
    const disabled = new Set(state.options.disabled ?? []);
    const firstLook = scope === state.doc.body && !state.lookedOnce;
    // (Keyed by the batch's first root: the retry of a cut batch passes the same roots.)
    const scan = (resume && state.scans.get(scope)) || startTextScan(state.doc, roots);
    const ctx = createContext(
      state.doc,
      roots,
      state.parts,
      state.kind.isArticle,
      Math.min(deadline, start + (state.options.budgetMs ?? Infinity)),
      now,
      state.options.layout,
      scan,
    );
    // Each step runs once per pass: the retry of a cut pass does what its pass did not get to.
    // Selectors always run (the page's known clutter is recorded and guarded at once); the
    // heuristics only until the deadline, and a detector out of time goes on in the retry, its
    // loops where they stopped (context.ts).
    // One clock reading after each category serves its timing, the deadline check after its
    // detector, and the next category's start and selectors' check: a page that streams content
    // runs a pass per batch, and five readings per category were a tenth of that cost when it ran
    // one per subtree (late-clutter bench, issue 11).
    let time = start;
    let queried = false;
    let exactRoots: readonly Element[] | undefined;
    const selectors = (key: string, run: () => void): void => {
      if (scan.finishedSteps.has(key)) return;
      if (state.options.sliceSelectors && queried && ctx.pastDeadlineAt(time)) {
        budgetExceeded = true;
        return;
      }
      run();
      queried = true;
      scan.finishedSteps.add(key);
    };
    for (const category of CATEGORIES) {
      if (disabled.has(category.id)) continue;
      const t0 = time;
      selectors(`selector:${category.id}`, () =>
        applySelector(
          state,
          (exactRoots ??= rootsWithExactMatches(roots)),
          category.id,
          EXACT_SELECTORS.get(category.id) ?? '',
          'selector',
          'reason_known_selector',
        ),
      );
      // Heuristics: article pages only, unless done or out of time. (A text scan cut short is the
      // deadline passing, so a detector that ran on half the scan is not finished.)
      const key = `detect:${category.id}`;
      const due = state.kind.isArticle && !scan.finishedSteps.has(key) && !budgetExceeded;
      if (due && !ctx.pastDeadline()) {
        ctx.runs(category.id);
        for (const candidate of category.detect(ctx))
          if (mayHideNow(candidate, firstLook, state.options.layout)) apply(state, category.id, candidate);
      }
      time = now();
      if (due && ctx.pastDeadlineAt(time)) budgetExceeded = true;
      else if (due) scan.finishedSteps.add(key);
      timings[category.id] = (timings[category.id] ?? 0) + time - t0;
    }
    selectors('site-rules', () => {
      for (const rule of siteRules(state)) {
        if (!disabled.has(rule.category))
          applySelector(state, roots, rule.category, rule.selector, `site:${rule.selector}`, 'reason_site_rule', [rule.site]);
      }
    });
    selectors('user-rules', () => {
      for (const rule of state.options.userRules ?? []) {
        try {
          if (!disabled.has(rule.category)) applySelector(state, roots, rule.category, rule.selector, rule.rule, rule.reason);
        } catch {
          // A stored selector this browser cannot parse matches nothing, and harms nothing.
        }
      }
    });
    if (state.kind.isArticle) {
      for (const c of headingsOfHidden(state.hidden.slice(before), state.elements, state.parts)) apply(state, c.category, c);
      const wrappedFrom = state.hidden.length;
      collapseWrappers(state, before);
      // A widget whose cards and list went one by one is whole only once its box is collapsed: its
      // title goes then (yna_co_kr: 'Main Article Right Now' over two cards and a list).
      for (const c of headingsOfHidden(state.hidden.slice(wrappedFrom), state.elements, state.parts)) apply(state, c.category, c);
      // Tab bars over the panels just hidden, wrapped or not (tab-bars.ts).
      const tabsFrom = state.hidden.length;
      for (const c of tabBarsOfHidden(state.doc, ctx.query, state.parts)) apply(state, 'related', c);
      collapseWrappers(state, tabsFrom);
    }
    // Kept only for the retry of a pass cut short; any other pass over the scope scans it afresh.
    if (budgetExceeded) state.scans.set(scope, scan);
    else state.scans.delete(scope);
    if (firstLook && !budgetExceeded) state.lookedOnce = true;
    const hiddenNow = new Set(state.hidden.slice(before).map((r) => r.category));
    for (const category of CATEGORIES) {
      if (hiddenNow.has(category.id)) category.afterPass?.({ doc: state.doc, layout: state.options.layout });
    }
  }
  return {
    isArticle: state.kind.isArticle,
    hidden: state.hidden.slice(before),
    refused: state.refused.slice(refusedBefore),
    elapsedMs: now() - start,
    budgetExceeded,
    timings,
  };
}

function applySelector(
  state: EngineState,
  roots: readonly Element[],
  category: CategoryId,
  selector: string,
  rule: string,
  reason: string,
  params?: string[],
): void {
  if (!selector) return;
  for (const root of roots) {
    const matches = Array.from(root.querySelectorAll(selector));
    if (root.matches(selector)) matches.unshift(root);
    for (const el of matches) apply(state, category, { element: el, rule, reason, ...(params && { params }) });
  }
}

/** Guard, then mark and record. A refused match of a document_start selector is shown again. */
function apply(state: EngineState, category: CategoryId, c: Candidate): void {
  const el = c.element;
  if (NOT_RENDERED_TAGS.has(el.tagName)) return;
  if (el.hasAttribute(SHOWN_ATTR) || isMarkedHidden(el)) return;
  const verdict = guard(el, state.parts);
  if (!verdict.ok) {
    // Selectors known up front were hidden by CSS before the guard could look: show them again.
    if (c.rule === 'selector' || c.rule.startsWith('site:')) markShown(el, 'guard');
    // One record per rule and reason (its parameters name the article text it would have hidden).
    const { reason, params } = verdict;
    const same = params?.join('\n');
    if (!state.refused.some((r) => r.reason === reason && r.params?.join('\n') === same && r.rule === c.rule)) {
      state.refused.push({ category, rule: c.rule, reason, ...(params && { params }), text: snippet(el) });
    }
    return;
  }
  markHidden(el, category);
  // Records of elements that left the page are dropped (page-session.ts): ids still only grow.
  const id = (state.hidden[state.hidden.length - 1]?.id ?? 0) + 1;
  state.hidden.push({ id, category, rule: c.rule, reason: c.reason, ...(c.params && { params: c.params }), text: snippet(el) });
  state.elements.set(id, el);
}

/** Convenience for the CLI and tests: locate, then one full pass. */
export function cleanDocument(doc: Document, options: EngineOptions = {}): CleanResult & { state: EngineState } {
  const state = startEngine(doc, options);
  return { ...runPass(state), state };
}

/** The rule of records for wrappers collapsed around hidden clutter: not items of their own in counts. */
export const WRAPPER_RULE = 'wrapper';
/** Whether a record is an item of its own (badge, popup list, counts), not a collapsed wrapper. */
export const isItem = (r: HideRecord): boolean => r.rule !== WRAPPER_RULE;
const WRAPPER_STOP = new Set(['BODY', 'HTML', 'MAIN', 'ARTICLE']);
/**
 * How far up an emptied wrapper is collapsed: an ad or widget sits in at most a frame, a slot and
 * a column cell of its own; further up, a box holding only hidden items is more likely a section.
 */
const MAX_WRAPPER_LEVELS = 3;

/**
 * A wrapper left holding nothing but hidden clutter (and scripts) goes with it, so no empty frame,
 * margin or border stays behind (korea-herald fixture: Dable's wrapper around its hidden widget).
 * At most MAX_WRAPPER_LEVELS up, never the body root, always through the guard.
 */
function collapseWrappers(state: EngineState, from: number): void {
  for (const record of state.hidden.slice(from)) {
    let el = state.elements.get(record.id)?.parentElement ?? null;
    for (
      let up = 0;
      el && up < MAX_WRAPPER_LEVELS && !WRAPPER_STOP.has(el.tagName) && el !== state.parts.root && !isMarkedHidden(el);
      up++, el = el.parentElement
    ) {
      if (!holdsOnlyHidden(el)) break;
      apply(state, record.category, { element: el, rule: WRAPPER_RULE, reason: 'reason_wrapper' });
      if (!isMarkedHidden(el)) break;
    }
  }
}

/**
 * Whether `el` has no text of its own and at least one rendered child, every one hidden by us.
 * Stops at the first child that says no: a list of 33,000 rows around one hidden ad was copied
 * and filtered whole, for every hidden record under it (100,000-node page).
 */
function holdsOnlyHidden(el: Element): boolean {
  let shown = 0;
  for (let n = el.firstChild; n; n = n.nextSibling) {
    if (n.nodeType === 3 && (n.nodeValue ?? '').trim() !== '') return false;
    if (n.nodeType !== 1 || NOT_RENDERED_TAGS.has((n as Element).tagName)) continue;
    if (!(n as Element).hasAttribute(HIDDEN_ATTR) || (n as Element).hasAttribute(SHOWN_ATTR)) return false;
    shown++;
  }
  return shown > 0;
}
