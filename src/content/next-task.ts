import browser from '../shared/native-browser';

/**
 * Waits for a later task, so a long job leaves the page its turn between slices (issue 10).
 *
 * Where the reader switched JavaScript off for a site, the page's timers never fire, content
 * scripts' included (scripts-off-chromium.test.ts), while the extension's own API still answers.
 * Until one of our timers has fired, a read of storage races the timer, and whichever comes first
 * goes on; a page whose timers work gets timers alone from then on.
 */
let timersFire = false;
setTimeout(() => {
  timersFire = true;
}, 0);

export function nextTask(delayMs = 0): Promise<void> {
  return new Promise((resolve) => {
    setTimeout(() => {
      timersFire = true;
      resolve();
    }, delayMs);
    // (No extension API in the unit tests' Node: timers only there.)
    if (!timersFire && browser?.storage)
      void browser.storage.local.get('tidy:next-task').then(
        () => resolve(),
        () => resolve(),
      );
  });
}
