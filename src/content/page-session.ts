import { extractArticle, type ArticleInfo } from '../core/extract';
import { isItem, runPass, startEngine, type EngineState } from '../core/engine';
import { OFF_ATTR, SHOWN_ATTR, markShown, offAttr } from '../core/marks';
import type { CategoryId } from '../core/types';
import type { PageReport } from '../shared/messages';
import { pageLayoutProbe } from './layout-probe';
import { observeAdditions, type LiveObserver } from './live-observer';

/** Heuristics get this much time per pass; the rest waits for the next batch or is skipped. */
const BUDGET_MS = 60;
/** Passes cut short by the budget are retried this often, each with 4× the budget. */
const MAX_RETRIES = 2;

/** One page's engine, live observer and switches. */
export class PageSession {
  private state: EngineState;
  private observer: LiveObserver | null = null;
  private elapsedMs = 0;

  constructor(
    private readonly doc: Document,
    private disabled: CategoryId[],
    private readonly onChange: (visibleCount: number) => void,
  ) {
    this.state = this.freshState();
  }

  start(): void {
    this.pass(this.doc.body);
    this.observer = observeAdditions(this.doc.documentElement, (roots, replaced) => {
      if (replaced || (this.state.parts.root && !this.state.parts.root.isConnected)) {
        this.state = this.freshState();
        this.pass(this.doc.body);
      } else {
        for (const root of roots) this.pass(root);
      }
    });
  }

  stop(): void {
    this.observer?.stop();
  }

  report(): PageReport {
    let article: ArticleInfo | null;
    try {
      article = this.state.kind.isArticle ? extractArticle(this.doc, this.state.parts) : null;
    } catch {
      article = null;
    }
    return {
      url: location.href,
      isArticle: this.state.kind.isArticle,
      kindReason: this.state.kind.reason,
      paused: this.doc.documentElement.hasAttribute(OFF_ATTR),
      disabledCategories: this.disabled,
      // Wrappers collapsed around hidden clutter are not items of their own (engine.ts collapseWrappers).
      hidden: this.state.hidden.filter((r) => isItem(r) && !this.state.elements.get(r.id)?.hasAttribute(SHOWN_ATTR)),
      refused: this.state.refused,
      article,
      elapsedMs: Math.round(this.elapsedMs * 10) / 10,
    };
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

  private freshState(): EngineState {
    const view = this.doc.defaultView;
    return startEngine(this.doc, {
      url: location.href,
      layout: view ? pageLayoutProbe(view) : undefined,
      budgetMs: BUDGET_MS,
      disabled: this.disabled,
    });
  }

  private pass(scope: Element | null, retry = 0): void {
    if (!scope) return;
    const result = runPass(this.state, scope);
    this.elapsedMs += result.elapsedMs;
    this.notify();
    // Out of time on a busy machine: the skipped categories run again in a later task with a
    // larger budget (already-hidden elements are skipped), instead of never running on a page
    // that does not change any more.
    if (result.budgetExceeded && retry < MAX_RETRIES && scope.isConnected) {
      setTimeout(() => {
        const budget = this.state.options.budgetMs;
        this.state.options.budgetMs = BUDGET_MS * 4 ** (retry + 1);
        try {
          this.pass(scope, retry + 1);
        } finally {
          this.state.options.budgetMs = budget;
        }
      }, 50);
    }
  }

  private notify(): void {
    const root = this.doc.documentElement;
    const visible = root.hasAttribute(OFF_ATTR)
      ? 0
      : this.state.hidden.filter(
          (r) => isItem(r) && !root.hasAttribute(offAttr(r.category)) && !this.state.elements.get(r.id)?.hasAttribute(SHOWN_ATTR),
        ).length;
    this.onChange(visible);
  }
}
