/**
 * Late content (lazy ads, infinite scroll, a body replaced after load) is handed to `onBatch` in
 * batches. The observer is bounded and goes quiet by itself:
 * - a few additions after a calm spell (a lazy ad arriving on its own) are sent after QUICK_MS,
 *   one frame: late clutter is hidden within 200 ms of its insertion (issue 11) with time to spare;
 * - otherwise a batch is sent DEBOUNCE_MS after the last change, and at the latest MAX_WAIT_MS
 *   after the first one, so a steady stream of changes (a ticker, infinite scroll) is handled in
 *   batches, and never holds back an ad inserted beside it;
 * - a batch holds at most MAX_ROOTS subtrees (more become one scan of the body, so none is left
 *   out); more than MAX_PENDING pending changes become one rescan of the body instead of a
 *   growing set;
 * - it sleeps after QUIET_MS without additions, and at the latest MAX_AWAKE_MS after waking;
 *   reading on wakes it (a scroll anywhere, inner containers too, since that is when lazy ads
 *   load), and what was added while it slept is scanned on waking;
 * - MAX_BATCHES batches in all, so a busy page never keeps us working.
 */
const LIVE_LIMITS = {
  QUICK_MS: 16,
  /** At most this many pending roots, and no batch sent in the last DEBOUNCE_MS: sent after QUICK_MS. */
  QUICK_ROOTS: 50,
  DEBOUNCE_MS: 100,
  MAX_WAIT_MS: 120,
  MAX_ROOTS: 1000,
  MAX_PENDING: 1000,
  MAX_BATCHES: 300,
  QUIET_MS: 30_000,
  MAX_AWAKE_MS: 120_000,
};

export type LiveLimits = typeof LIVE_LIMITS;

export interface LiveObserver {
  stop(): void;
  /** Wake up now (the page moved to another story): what was added while asleep is scanned. */
  wake(): void;
}

export function observeAdditions(
  target: Node,
  onBatch: (roots: Element[], bodyReplaced: boolean) => void,
  overrides: Partial<LiveLimits> = {},
): LiveObserver {
  const limits: LiveLimits = { ...LIVE_LIMITS, ...overrides };
  let pending = new Set<Element>();
  let bodyReplaced = false;
  let rescan = false;
  let firstPendingAt = 0;
  let lastFlushAt = -Infinity;
  let batches = 0;
  let stopped = false;
  let awake = false;
  let awakeSince = 0;
  let flushTimer: ReturnType<typeof setTimeout> | undefined;
  let quietTimer: ReturnType<typeof setTimeout> | undefined;
  const doc = target.ownerDocument ?? (target as Document);
  const view = doc.defaultView;
  const listen = { capture: true, passive: true } as const;

  let slept = false;
  const sleep = (): void => {
    slept = true;
    observer.disconnect();
    awake = false;
    clearTimeout(quietTimer);
  };
  const wake = (): void => {
    if (stopped || awake) return;
    awake = true;
    awakeSince = Date.now();
    observer.observe(target, { childList: true, subtree: true });
    armQuietTimer();
    // Whatever was added while we slept was not seen: scan the page again on waking.
    if (slept) {
      rescan = true;
      schedule();
    }
  };
  const stop = (): void => {
    stopped = true;
    view?.removeEventListener('scroll', wake, listen);
    doc.removeEventListener('scroll', wake, listen);
    clearTimeout(flushTimer);
    sleep();
  };
  const armQuietTimer = (): void => {
    clearTimeout(quietTimer);
    const left = limits.MAX_AWAKE_MS - (Date.now() - awakeSince);
    quietTimer = setTimeout(sleep, Math.max(0, Math.min(limits.QUIET_MS, left)));
  };
  const schedule = (): void => {
    const now = Date.now();
    if (!flushTimer) firstPendingAt = now;
    clearTimeout(flushTimer);
    const calm = now - lastFlushAt >= limits.DEBOUNCE_MS && !rescan && pending.size <= limits.QUICK_ROOTS;
    const wait = Math.max(0, Math.min(calm ? limits.QUICK_MS : limits.DEBOUNCE_MS, firstPendingAt + limits.MAX_WAIT_MS - now));
    flushTimer = setTimeout(flush, wait);
  };
  const flush = (): void => {
    flushTimer = undefined;
    lastFlushAt = Date.now();
    const roots = rescan && doc.body ? [doc.body] : Array.from(pending).filter((el) => el.isConnected);
    const replaced = bodyReplaced;
    pending = new Set();
    bodyReplaced = false;
    rescan = false;
    if (++batches >= limits.MAX_BATCHES) stop();
    const outer = outermost(roots, limits.MAX_ROOTS);
    // More roots than a batch holds: one scan of the body, so that none of them is left out.
    if (outer.length > limits.MAX_ROOTS && doc.body) onBatch([doc.body], replaced);
    else if (outer.length || replaced) onBatch(outer, replaced);
  };
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      for (const node of Array.from(r.addedNodes)) {
        if (node.nodeType !== 1) continue;
        if ((node as Element).tagName === 'BODY' || r.target === doc.documentElement) bodyReplaced = true;
        else if (!rescan) pending.add(node as Element);
      }
    }
    // Too much at once: one rescan of the body instead of an ever larger set.
    if (pending.size > limits.MAX_PENDING) {
      pending = new Set();
      rescan = true;
    }
    if (pending.size === 0 && !bodyReplaced && !rescan) return;
    schedule();
    armQuietTimer();
  });
  // Scroll events of inner containers do not bubble: a capture listener on the document hears them.
  view?.addEventListener('scroll', wake, listen);
  doc.addEventListener('scroll', wake, listen);
  wake();
  return { stop, wake };
}

/**
 * The roots no other root holds (a subtree is scanned once), by a walk up each root's ancestors
 * against a Set: linear in roots × depth, where comparing every pair was quadratic. Stops after
 * `cap` + 1, enough to tell the caller the batch is over its cap.
 */
function outermost(roots: Element[], cap: number): Element[] {
  const all = new Set(roots);
  const out: Element[] = [];
  for (const el of roots) {
    let up = el.parentElement;
    while (up && !all.has(up)) up = up.parentElement;
    if (!up && out.push(el) > cap) break;
  }
  return out;
}
