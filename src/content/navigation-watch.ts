/**
 * Single-page sites move to the next story with `history.pushState` and render it in place. A
 * content script lives in an isolated world and cannot see the page's pushState calls, so the
 * address is compared cheaply where something may have moved it: on every batch of the live
 * observer (the new story's nodes arrive), on the Navigation API's events where the browser has
 * them, on popstate/hashchange, and shortly after a click (a reader following a link while the
 * observer sleeps). Pages restored from the back/forward cache are reported too: their badge
 * count must be sent again.
 */

/** How long after a click the address is compared: a router pushes the new URL within a task or two. */
const AFTER_CLICK_MS = 300;

export interface NavigationWatch {
  /** Compares the address with the last one; calls `onNavigate` and returns true when it moved. */
  check(): boolean;
  stop(): void;
}

/**
 * The part of an address that names a story: a change of `#section` is the same story, a hash
 * route (`#/story/2`, `#!/story/2`) is not.
 */
function storyKey(href: string): string {
  const hash = href.indexOf('#');
  if (hash < 0) return href;
  return /^#[!/]/.test(href.slice(hash)) ? href : href.slice(0, hash);
}

interface NavigationLike {
  addEventListener(type: string, listener: () => void): void;
  removeEventListener(type: string, listener: () => void): void;
}

export function watchNavigation(doc: Document, onNavigate: () => void, onRestore: () => void): NavigationWatch {
  const view = doc.defaultView;
  let last = storyKey(doc.location?.href ?? '');
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = (): boolean => {
    const now = storyKey(doc.location?.href ?? '');
    if (now === last) return false;
    last = now;
    onNavigate();
    return true;
  };
  const onCheck = (): void => void check();
  const onClick = (): void => {
    clearTimeout(timer);
    timer = setTimeout(onCheck, AFTER_CLICK_MS);
  };
  const onPageShow = (event: Event): void => {
    if ((event as PageTransitionEvent).persisted) onRestore();
  };
  const navigation = (view as (Window & { navigation?: NavigationLike }) | null)?.navigation;
  const listen = { capture: true, passive: true } as const;
  view?.addEventListener('popstate', onCheck);
  view?.addEventListener('hashchange', onCheck);
  view?.addEventListener('pageshow', onPageShow);
  navigation?.addEventListener('navigatesuccess', onCheck);
  navigation?.addEventListener('currententrychange', onCheck);
  doc.addEventListener('click', onClick, listen);
  return {
    check,
    stop: () => {
      clearTimeout(timer);
      view?.removeEventListener('popstate', onCheck);
      view?.removeEventListener('hashchange', onCheck);
      view?.removeEventListener('pageshow', onPageShow);
      navigation?.removeEventListener('navigatesuccess', onCheck);
      navigation?.removeEventListener('currententrychange', onCheck);
      doc.removeEventListener('click', onClick, listen);
    },
  };
}
