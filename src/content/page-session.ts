import { blankEngineState, engineSteps, isItem, runBatch, type EngineOptions, type EngineState, type UserRule } from '../core/engine';
import { guard, type GuardVerdict } from '../core/guard';
import { HIDDEN_ATTR, OFF_ATTR, SHOWN_ATTR, UNLOCK_ATTR, clearMarks, markShown, offAttr } from '../core/marks';
import type { CategoryId, HideRecord } from '../core/types';
import { headlineText } from '../core/locate/headline';
import { advance, type Steps } from '../core/steps';
import type { PageReport, SnapshotAnswer } from '../shared/messages';
import { takeSnapshot } from '../shared/snapshot';
import { pageLayoutProbe } from './layout-probe';
import { observeAdditions, type LiveObserver } from './live-observer';
import { watchNavigation, type NavigationWatch } from './navigation-watch';
import { nextTask } from './next-task';

/**
 * Our work in one task stays near this (issue 10: no long task of ours on a 100,000-node page):
 * locating the article pauses between slices of this size, and the heuristics of one pass get
 * this much time; the rest waits for the next batch, or for a retry.
 */
const BUDGET_MS = 40;
/**
 * Passes cut short by the budget are retried, each slice of the same size, until done or at most
 * this often (about 2 s of heuristics on the largest pages). A retry goes on from where its pass
 * stopped (the text scan, each detector's loops, the steps finished: engine.ts `resume`), so
 * slices add up instead of starting again.
 */
const MAX_RETRIES = 50;
/** The page's turn between two slices of ours. */
const RETRY_DELAY_MS = 20;
/**
 * A page that is not an article yet (a client-rendered site's empty app root) is decided again
 * when a batch brings this much text, at most MAX_REDECISIONS times per story.
 */
const ARTICLE_TEXT_CHARS = 500;
const MAX_REDECISIONS = 8;
/** The popup shows a headline at once; a longer "headline" is the locator misreading the page. */
const MAX_HEADLINE_CHARS = 300;

/** One page's engine, live observer and switches. */
export class PageSession {
  private state: EngineState;
  private observer: LiveObserver | null = null;
  private navigation: NavigationWatch | null = null;
  private elapsedMs = 0;
  private redecisions = 0;
  /** The count last sent: the badge is told only when it changes (or the page is restored). */
  private sentCount = -1;
  private tokenOf: EngineState | null = null;
  private currentToken = '';
  private userRules: UserRule[] = [];
  /** The article being located in slices (null when none is): a newer locate supersedes it. */
  private locating: Steps<EngineState> | null = null;
  /** Whether the first locate has ended: until then the popup is not answered (it asks again). */
  private located = false;
  /** The longest stretch of our work in one task, for the report (bench: issue 10's long tasks). */
  private longestSliceMs = 0;
  /** All of it, summed: the engine's main-thread time on this page (bench: Firefox has no profiler to read it from). */
  private workMs = 0;
  private sliceDepth = 0;
  /** The site's "keep showing" exceptions (why-hidden.ts), and the elements they keep shown now. */
  private shownSelectors: string[] = [];
  private keptShown = new Set<Element>();

  constructor(
    private readonly doc: Document,
    private disabled: CategoryId[],
    private readonly onChange: (visibleCount: number) => void,
    /** How long one slice of locating may be (tests that are not about slicing locate in one go). */
    private readonly locateSliceMs = BUDGET_MS,
  ) {
    // Until the first locate ends: a state with no article, which nothing is asked of.
    this.state = blankEngineState(doc, this.engineOptions());
  }

  get ready(): boolean {
    return this.located;
  }

  start(): void {
    this.locate((next) => {
      this.located = true;
      this.state = next;
      this.pass(this.doc.body);
      this.navigation = watchNavigation(
        this.doc,
        () => {
          this.reanalyse();
          this.observer?.wake();
        },
        () => this.notify(true),
      );
      this.observer = observeAdditions(this.doc.documentElement, (roots, replaced) => this.timed(() => this.onBatch(roots, replaced)));
    });
  }

  stop(): void {
    this.observer?.stop();
    this.navigation?.stop();
  }

  private onBatch(roots: Element[], replaced: boolean): void {
    // Moved to another story (pushState): the check re-analyses the page.
    if (this.navigation?.check()) return;
    if (replaced || (this.state.parts.root && !this.state.parts.root.isConnected)) return this.reanalyse();
    this.pass(roots);
    if (!this.state.kind.isArticle && !this.locating && this.redecisions < MAX_REDECISIONS && textAtLeast(roots, ARTICLE_TEXT_CHARS)) {
      // Article text arrived after load: decide again, and on an article run the heuristics.
      this.redecisions++;
      this.locate((next) => {
        if (next.kind.isArticle) this.adopt(next);
      });
    }
  }

  /**
   * Another story, or the same one built anew: the old hide records, counts and the guard's
   * article parts go, and the page is analysed again.
   */
  private reanalyse(): void {
    this.locate((next) => this.adopt(next));
  }

  /**
   * Marks are cleared and set again in the same task, so clutter that stays on the page (the
   * site's ad rail) never shows in between.
   */
  private adopt(next: EngineState): void {
    clearMarks(this.doc);
    if (next.options.url !== this.state.options.url) this.redecisions = 0;
    this.state = next;
    this.pass(this.doc.body);
  }

  /**
   * Locates the article in slices of BUDGET_MS, then hands the new state to `then` (in a task of
   * its own when locating took more than one, so no task does both). A newer locate (another
   * navigation) supersedes this one. Pages that fit one slice (nearly all) are located and
   * cleaned in the task that starts it, with no wait: where page scripts are off, see next-task.ts.
   */
  private locate(then: (next: EngineState) => void): void {
    const steps = engineSteps(this.doc, this.engineOptions());
    this.locating = steps;
    let slices = 0;
    const slice = (): void => {
      if (this.locating !== steps) return;
      const next = this.timed(() => advance(steps, performance.now() + this.locateSliceMs, () => performance.now()));
      slices++;
      if (!next) return void nextTask().then(slice);
      this.locating = null;
      if (slices === 1) return this.timed(() => then(next));
      void nextTask().then(() => this.timed(() => then(next)));
    };
    slice();
  }

  /** Runs `work`, and keeps the longest stretch of our work in one task and their sum (nested calls count once). */
  private timed<T>(work: () => T): T {
    const outermost = this.sliceDepth++ === 0;
    const t0 = performance.now();
    try {
      return work();
    } finally {
      this.sliceDepth--;
      if (outermost) {
        const ms = performance.now() - t0;
        this.longestSliceMs = Math.max(this.longestSliceMs, ms);
        this.workMs += ms;
      }
    }
  }

  /**
   * What the popup shows first, at once: no extraction runs here (the popup extracts from
   * `snapshot()`), only the headline the locator already found.
   */
  report(): PageReport {
    const headline = this.state.kind.isArticle && this.state.parts.headline ? headlineText(this.state.parts.headline) : '';
    return {
      url: location.href,
      token: this.token(),
      isArticle: this.state.kind.isArticle,
      kindReason: this.state.kind.reason,
      ...(this.state.kind.params && { kindParams: this.state.kind.params }),
      headline: headline.slice(0, MAX_HEADLINE_CHARS) || null,
      paused: this.doc.documentElement.hasAttribute(OFF_ATTR),
      disabledCategories: this.disabled,
      // Wrappers collapsed around hidden clutter are not items of their own (engine.ts collapseWrappers).
      hidden: this.state.hidden.filter((r) => isItem(r) && !this.state.elements.get(r.id)?.hasAttribute(SHOWN_ATTR)),
      refused: this.state.refused,
      elapsedMs: Math.round(this.elapsedMs * 10) / 10,
      longestSliceMs: Math.round(this.longestSliceMs * 10) / 10,
      workMs: Math.round(this.workMs * 10) / 10,
    };
  }

  /** The page as it is now, with the engine's parts marked, for the popup's extraction. */
  snapshot(): SnapshotAnswer {
    return takeSnapshot(this.doc, this.state.parts, location.href);
  }

  /**
   * Names the current engine state: record ids count from 0 in each state, so a popup holding
   * ids of an earlier one (the page navigated, or was analysed afresh) must not act on them.
   */
  token(): string {
    if (this.tokenOf !== this.state) {
      this.tokenOf = this.state;
      this.currentToken = Array.from(crypto.getRandomValues(new Uint32Array(2)), (n) => n.toString(36)).join('-');
    }
    return this.currentToken;
  }

  /** Per-element undo: the record's element is shown again, exactly as it was. */
  show(id: number): void {
    const el = this.state.elements.get(id);
    if (el) markShown(el, 'user');
    // …with the wrappers that were hidden only because it was.
    for (const r of this.state.hidden) {
      const wrapper = this.state.elements.get(r.id);
      if (!isItem(r) && el && wrapper?.contains(el)) markShown(wrapper, 'user');
    }
    // The scroll lock was undone for a hidden overlay: with the last one shown again, it goes too.
    const overlayHidden = this.state.hidden.some(
      (r) => r.category === 'overlays' && !this.state.elements.get(r.id)?.closest(`[${SHOWN_ATTR}]`),
    );
    if (!overlayHidden) this.doc.documentElement.removeAttribute(UNLOCK_ATTR);
    this.notify();
  }

  setCategory(category: CategoryId, enabled: boolean): void {
    this.disabled = enabled ? this.disabled.filter((c) => c !== category) : [...new Set([...this.disabled, category])];
    this.doc.documentElement.toggleAttribute(offAttr(category), !enabled);
    this.state.options.disabled = this.disabled;
    if (enabled) this.pass(this.doc.body);
    this.notify();
  }

  setPaused(paused: boolean): void {
    this.doc.documentElement.toggleAttribute(OFF_ATTR, paused);
    this.notify();
  }

  /**
   * The user's rules for this site (src/content/user-rules.ts) changed: what a removed rule hid is
   * shown again (as by Show), what a new one matches is hidden, now and on late content.
   */
  setUserRules(rules: UserRule[]): void {
    const before = new Set(this.userRules.map((r) => r.rule));
    const now = new Set(rules.map((r) => r.rule));
    this.userRules = rules;
    this.state.options.userRules = rules;
    for (const r of this.state.hidden) {
      const el = this.state.elements.get(r.id);
      if (before.has(r.rule) && !now.has(r.rule)) this.show(r.id);
      // A rule made again (a zap undone, then redone) hides again what Show had brought back.
      else if (now.has(r.rule) && !before.has(r.rule) && el?.getAttribute(SHOWN_ATTR) === 'user') el.removeAttribute(SHOWN_ATTR);
    }
    if (this.observer) this.pass(this.doc.body);
    this.notify();
  }

  /**
   * The site's exceptions changed: what they match is shown (a shown mark, like Show), on load and
   * on late content; what a deleted exception kept shown is hidden again.
   */
  setShownRules(selectors: string[]): void {
    this.shownSelectors = selectors;
    const now = this.applyShown();
    for (const el of this.keptShown) if (!now.has(el) && el.getAttribute(SHOWN_ATTR) === 'user') el.removeAttribute(SHOWN_ATTR);
    this.keptShown = now;
    this.notify();
  }

  private applyShown(): Set<Element> {
    const matched = new Set<Element>();
    for (const selector of this.shownSelectors) {
      let found: Element[];
      try {
        found = Array.from(this.doc.querySelectorAll(selector));
      } catch {
        continue; // validated when stored; a browser that reads a selector differently skips it
      }
      // The exception covers what is inside: with the element shown, the engine would hide the
      // ad frame within it instead, and the reader asked to see this box as it is.
      for (const el of found.flatMap((f) => [f, ...Array.from(f.querySelectorAll(`[${HIDDEN_ATTR}]`))])) {
        matched.add(el);
        if (!el.hasAttribute(SHOWN_ATTR)) markShown(el, 'user');
      }
    }
    for (const el of matched) this.keptShown.add(el);
    return matched;
  }

  /** The element of record `id`, while it is on the page (why-hidden.ts labels and keeps it). */
  element(id: number): Element | undefined {
    return this.state.elements.get(id);
  }

  /** The hide record `id`, for the content script's undo of a zap. */
  record(id: number): HideRecord | undefined {
    return this.state.hidden.find((r) => r.id === id);
  }

  /** What the guard says of hiding `el` (the element picker asks before it saves a rule). */
  verdict(el: Element): GuardVerdict {
    return guard(el, this.state.parts);
  }

  private engineOptions(): EngineOptions {
    const view = this.doc.defaultView;
    return {
      url: this.doc.location?.href ?? location.href,
      layout: view ? pageLayoutProbe(view) : undefined,
      budgetMs: BUDGET_MS,
      sliceSelectors: true,
      disabled: this.disabled,
      userRules: this.userRules,
    };
  }

  /** One pass over `scopes` (the body, or a batch of late subtrees: one pass and one budget for the batch). */
  private pass(scopes: Element | Element[] | null, retry = 0): void {
    const list = (Array.isArray(scopes) ? scopes : [scopes]).filter((s): s is Element => !!s?.isConnected);
    if (!list.length) return;
    const state = this.state;
    let cut = false;
    this.timed(() => {
      const result = runBatch(state, list, performance.now() + BUDGET_MS, retry > 0);
      this.elapsedMs += result.elapsedMs;
      cut = result.budgetExceeded;
      if (this.shownSelectors.length) this.applyShown();
      this.notify();
    });
    // Out of time (a large page, a busy machine): the rest runs in a later task (already-hidden
    // elements are skipped), instead of never running on a page that does not change any more.
    // Not after a navigation: the new story's pass covers the page.
    if (cut && retry < MAX_RETRIES) {
      void nextTask(RETRY_DELAY_MS).then(() => {
        if (this.state === state) this.pass(list, retry + 1);
      });
    }
  }

  private notify(force = false): void {
    this.prune();
    const root = this.doc.documentElement;
    const visible = root.hasAttribute(OFF_ATTR)
      ? 0
      : this.state.hidden.filter(
          (r) => isItem(r) && !root.hasAttribute(offAttr(r.category)) && !this.state.elements.get(r.id)?.hasAttribute(SHOWN_ATTR),
        ).length;
    if (visible === this.sentCount && !force) return;
    this.sentCount = visible;
    this.onChange(visible);
  }

  /** Records whose element left the page (a re-rendered widget) count no more. */
  private prune(): void {
    const { hidden, elements } = this.state;
    if (hidden.every((r) => elements.get(r.id)?.isConnected)) return;
    this.state.hidden = hidden.filter((r) => elements.get(r.id)?.isConnected);
    for (const [id, el] of elements) if (!el.isConnected) elements.delete(id);
  }
}

/** Whether `roots` hold at least `chars` characters of text, counting no further than needed. */
function textAtLeast(roots: Element[], chars: number): boolean {
  let n = 0;
  for (const root of roots) if ((n += (root.textContent ?? '').length) >= chars) return true;
  return false;
}
