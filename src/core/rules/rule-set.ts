/**
 * The shape of a category's rules. Rules are data, kept apart from the detectors that apply them
 * (the Defuddle pattern), so a new label or selector never needs a logic change. Patterns are named,
 * so code refers to `socialRules.labels.follow`, never to a position in a list.
 */
export interface RuleSet {
  /**
   * Selectors certain enough to hide at `document_start`, on any page, before the guard has run.
   * The guard re-checks every match once the DOM is ready and vetoes bad ones.
   */
  exact: string[];
  /** Class/id words (see `nameTokens`): any of these alone marks a candidate. */
  nameWords?: string[];
  /**
   * Whole-text patterns of short elements (labels, headings, badges, buttons). Every category's
   * labels also tell the article locator that such a block is not story text (clutter-text.ts).
   */
  labels?: Record<string, RegExp>;
  /** Patterns found inside longer text (a cookie notice's sentence); not whole-text labels. */
  sentences?: Record<string, RegExp>;
}

/** The patterns of a named set, for code that tries them all. */
export const patternsOf = (named: Record<string, RegExp> | undefined): RegExp[] => (named ? Object.values(named) : []);

/**
 * A pattern written as several: it matches where one of `parts` does, and `test` tries them in
 * turn. For a long alternation whose branches share nothing: V8 compiles such an alternation in
 * more time than its branches one by one, and the content script compiles every pattern afresh in
 * each new tab (social `follow`, 13 branches: 4.5 ms cold in Chromium 156, its parts 2.9 ms; issue 11).
 * The source is the parts' alternation, so exec, match and replace still see one pattern.
 */
class AnyOf extends RegExp {
  readonly parts: readonly RegExp[];
  constructor(parts: readonly RegExp[]) {
    const flags = parts[0]?.flags ?? '';
    if (parts.some((p) => p.flags !== flags || p.global || p.sticky)) throw new Error('anyOf: parts need the same flags, neither g nor y');
    super(parts.map((p) => `(?:${p.source})`).join('|'), flags);
    this.parts = parts;
  }

  override test(text: string): boolean {
    return this.parts.some((p) => p.test(text));
  }
}

export const anyOf = (...parts: RegExp[]): RegExp => new AnyOf(parts);

/** Regex-source alternatives of one pattern, per language (ISO 639-1 code). */
export type Alternatives = Readonly<Record<string, readonly string[]>>;

/**
 * One whole-text pattern from per-language lists of alternatives, compiled once at load into
 * `^(a|b|…)<tail>$`. Anchored at both ends, it accepts the same strings whatever the order of the
 * alternatives, so each language's list can be extended on its own.
 */
export function wholeText(alternatives: Alternatives, tail = '', flags = 'i'): RegExp {
  return new RegExp(`^(${Object.values(alternatives).flat().join('|')})${tail}$`, flags);
}
