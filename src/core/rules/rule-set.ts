/**
 * The shape of a category's rules. Rules are data, kept apart from the detectors that apply them
 * (the Defuddle pattern), so a new label or selector never needs a logic change.
 */
export interface RuleSet {
  /**
   * Selectors certain enough to hide at `document_start`, on any page, before the guard has run.
   * The guard re-checks every match once the DOM is ready and vetoes bad ones.
   */
  exact: string[];
  /** Class/id words (see `nameTokens`): any of these alone marks a candidate. */
  nameWords?: string[];
  /** Whole-text patterns of short elements (labels, headings, badges, buttons). */
  labels?: RegExp[];
}
