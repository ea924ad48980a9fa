import { withTextCache } from './text';
/**
 * Work that may stop between two steps and go on in a later task: a generator that yields where
 * it may pause. The content script runs it in slices (a 100,000-node page located in one go was a
 * 700 ms task, issue 10); the CLI and the tests run it to the end at once with `finish`.
 */
export type Steps<T> = Generator<void, T, void>;

export function finish<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Runs `steps` until they end (their result) or until `now()` passes `until` (null: call again
 * for the rest). Each call is one slice: the text cache lives for the slice only, as the page
 * may change between two.
 */
export function advance<T>(steps: Steps<T>, until: number, now: () => number): T | null {
  return withTextCache(() => {
    for (;;) {
      const step = steps.next();
      if (step.done) return step.value;
      if (now() > until) return null;
    }
  });
}
