import { expect, it } from 'vitest';

/** Must-match and must-not-match examples of one named pattern. */
export interface PatternExamples {
  pattern: RegExp;
  match: string[];
  noMatch: string[];
}

/** One test per named pattern: every `match` example is accepted, every `noMatch` one rejected. */
export function checkPatterns(examples: Record<string, PatternExamples>): void {
  for (const [name, { pattern, match, noMatch }] of Object.entries(examples)) {
    it(name, () => {
      expect(
        match.filter((s) => !pattern.test(s)),
        `${name} should match`,
      ).toEqual([]);
      expect(
        noMatch.filter((s) => pattern.test(s)),
        `${name} should not match`,
      ).toEqual([]);
    });
  }
}
