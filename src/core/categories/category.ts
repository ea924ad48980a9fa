import { readsAsStorySentence } from '../text';
import type { RuleSet } from '../rules/rule-set';
import type { Candidate, CategoryId } from '../types';
import type { DetectContext } from './context';

/** A clutter category: its rules (data) and the detector that applies them (logic). */
export interface Category {
  id: CategoryId;
  rules: RuleSet;
  /** Heuristic candidates; only run on article pages. The engine runs `rules.exact` itself. */
  detect(ctx: DetectContext): Candidate[];
}

export const matchesAny = (patterns: RegExp[], text: string): RegExp | undefined =>
  readsAsStorySentence(text) ? undefined : patterns.find((re) => re.test(text));

/** Short, readable rule name for records: `label:advertisement`, `heading:most-read`. */
export function ruleName(kind: string, matched: string): string {
  const slug = matched
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 32);
  return `${kind}:${slug}`;
}
