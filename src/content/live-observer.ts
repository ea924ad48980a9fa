/**
 * Late content (lazy ads, infinite scroll, a body replaced after load) is handed to `onBatch` in
 * batches. The observer is bounded and goes quiet by itself: batches are debounced, each holds at
 * most MAX_ROOTS subtrees, and it disconnects after QUIET_MS without additions. Reading on wakes it
 * (a scroll re-arms it, since that is when lazy ads load), up to MAX_BATCHES batches in all, so a
 * busy page never keeps us working.
 */
export const LIVE_LIMITS = { DEBOUNCE_MS: 250, MAX_ROOTS: 200, MAX_BATCHES: 300, QUIET_MS: 30_000 };

export interface LiveObserver {
  stop(): void;
}

export function observeAdditions(
  target: Node,
  onBatch: (roots: Element[], bodyReplaced: boolean) => void,
  limits = LIVE_LIMITS,
): LiveObserver {
  let pending = new Set<Element>();
  let bodyReplaced = false;
  let batches = 0;
  let stopped = false;
  let flushTimer: ReturnType<typeof setTimeout> | undefined;
  let quietTimer: ReturnType<typeof setTimeout> | undefined;
  const doc = target.ownerDocument ?? (target as Document);
  const view = doc.defaultView;

  const sleep = (): void => {
    observer.disconnect();
    clearTimeout(quietTimer);
    if (!stopped && batches < limits.MAX_BATCHES) view?.addEventListener('scroll', wake, { once: true, passive: true });
  };
  const wake = (): void => {
    if (stopped) return;
    observer.observe(target, { childList: true, subtree: true });
    armQuietTimer();
  };
  const stop = (): void => {
    stopped = true;
    view?.removeEventListener('scroll', wake);
    clearTimeout(flushTimer);
    sleep();
  };
  const armQuietTimer = (): void => {
    clearTimeout(quietTimer);
    quietTimer = setTimeout(sleep, limits.QUIET_MS);
  };
  const flush = (): void => {
    const roots = Array.from(pending).filter((el) => el.isConnected);
    const replaced = bodyReplaced;
    pending = new Set();
    bodyReplaced = false;
    if (++batches >= limits.MAX_BATCHES) stop();
    // Keep only outermost roots: a subtree is scanned once.
    const outer = roots.filter((el) => !roots.some((other) => other !== el && other.contains(el)));
    if (outer.length || replaced) onBatch(outer.slice(0, limits.MAX_ROOTS), replaced);
  };
  const observer = new MutationObserver((records) => {
    for (const r of records) {
      for (const node of Array.from(r.addedNodes)) {
        if (node.nodeType !== 1) continue;
        if ((node as Element).tagName === 'BODY' || r.target === doc.documentElement) bodyReplaced = true;
        else pending.add(node as Element);
      }
    }
    if (pending.size === 0 && !bodyReplaced) return;
    clearTimeout(flushTimer);
    flushTimer = setTimeout(flush, limits.DEBOUNCE_MS);
    armQuietTimer();
  });
  wake();
  return { stop };
}
