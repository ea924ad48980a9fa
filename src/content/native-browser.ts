import type Browser from 'webextension-polyfill';

/**
 * The content script's `webextension-polyfill` (scripts/build.ts aliases the import to this file):
 * the browser's own API. The polyfill is 9.5 KB of the script parsed on every page, and what the
 * content script uses needs none of it in MV3: storage and runtime.sendMessage return promises in
 * Chrome and Firefox alike, and index.ts answers messages through `sendResponse`, which both
 * support (Chrome ignores a promise returned by an onMessage listener).
 */
const api = (globalThis as { browser?: unknown; chrome?: unknown }).browser ?? (globalThis as { chrome?: unknown }).chrome;

export default api as typeof Browser;
