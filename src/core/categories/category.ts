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
  patterns.find((re) => re.test(text));

/** Short, stable rule name of a pattern for records: `label:advertisement|advertisements…`. */
export function ruleName(kind: string, re: RegExp): string {
  const src = re.source.replace(/[\\^$()?:]/g, '').slice(0, 40);
  return `${kind}:${src}`;
}
