import type { RuleSet } from '../rules/rule-set';
import { onceForText, readsAsStorySentence } from '../text';
import type { Candidate, EngineHooksContext } from '../types';
import type { DetectContext } from './context';

/**
 * A clutter category, self-describing: everything else (the id list, the document_start CSS, the
 * article locator's clutter text, the popup, the options) is derived from the registry of these.
 */
export interface Category<Id extends string = string> {
  id: Id;
  /** The `_locales` message name of the category's display name. */
  nameKey: string;
  rules: RuleSet;
  /** Heuristic candidates; only run on article pages. The engine runs `rules.exact` itself. */
  detect(ctx: DetectContext): Candidate[];
  /** Runs after each pass in which this category hid something (overlays: undo the scroll lock). */
  afterPass?(ctx: EngineHooksContext): void;
}

/** Keeps the literal id type, so the registry can derive `CategoryId` from its entries. */
export const defineCategory = <const Id extends string>(category: Category<Id>): Category<Id> => category;

/** The first of `patterns` that matches the whole `text`, unless the text reads as a story sentence. */
export function matchesAny(patterns: Record<string, RegExp> | undefined, text: string): RegExp | undefined {
  if (!patterns) return undefined;
  // Several detectors ask the same set of the same text (onceForText).
  let firstMatch = firstMatches.get(patterns);
  if (!firstMatch) firstMatches.set(patterns, (firstMatch = firstMatchOf(Object.values(patterns))));
  return onceForText(firstMatch, text);
}

/** One test per pattern set, so onceForText keeps each set's answers apart. */
const firstMatches = new WeakMap<Record<string, RegExp>, (text: string) => RegExp | undefined>();

const firstMatchOf =
  (patterns: RegExp[]) =>
  (text: string): RegExp | undefined => {
    // The patterns first: they reject nearly every text, and the sentence check is the dearer one.
    for (const re of patterns) if (re.test(text)) return readsAsStorySentence(text) ? undefined : re;
    return undefined;
  };

/** Short, readable rule name for records: `label:advertisement`, `heading:most-read`. */
export function ruleName(kind: string, matched: string): string {
  const slug = matched
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 32);
  return `${kind}:${slug}`;
}
