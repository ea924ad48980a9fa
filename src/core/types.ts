import type { CategoryId } from './categories/registry';

export type { CategoryId };

/** One hidden element, explained. Drives the badge, popup counts, undo and bug reports. */
export interface HideRecord {
  id: number;
  category: CategoryId;
  /** Which rule matched, e.g. `label:advertisement` or `selector:[id^="div-gpt-ad"]`. */
  rule: string;
  /**
   * Why, as data: a `_locales` message key (`reason_ad_label`) filled with `params`, worded by the
   * popup and the CLI (`reasonText`). Reasons made outside core (the user's rules) may be text.
   */
  reason: string;
  params?: string[];
  /** The start of the hidden element's text (or a description of an empty element). */
  text: string;
}

/** A candidate the guard would not let through. */
export interface RefusedRecord {
  category: CategoryId;
  rule: string;
  /** Why the guard refused: a `reason_guard_…` key and its parameters (see HideRecord). */
  reason: string;
  params?: string[];
  text: string;
}

/** What a detector proposes. The engine passes it through the guard before hiding. */
export interface Candidate {
  element: Element;
  rule: string;
  /** A `reason_…` message key and its parameters (see HideRecord). */
  reason: string;
  params?: string[];
}

/** What a category's after-pass hook may touch. */
export interface EngineHooksContext {
  doc: Document;
  layout?: LayoutProbe;
}

/** Optional access to layout; absent in Node (CLI, unit tests), present in the page. */
export interface LayoutProbe {
  /** Computed `position` of an element ('static' when unknown). */
  position(el: Element): string;
  /** Whether the element is rendered at all (not display:none, itself or an ancestor); true when unknown. */
  rendered?(el: Element): boolean;
}

export interface CleanResult {
  isArticle: boolean;
  hidden: HideRecord[];
  refused: RefusedRecord[];
  /** Milliseconds spent, for benchmarks and the popup's diagnostics. */
  elapsedMs: number;
  /** True when the heuristics stopped at their time budget. */
  budgetExceeded: boolean;
  /** Milliseconds per category in this pass, for benchmarks. */
  timings: Partial<Record<CategoryId, number>>;
}
