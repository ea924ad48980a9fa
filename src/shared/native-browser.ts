import type Browser from 'webextension-polyfill';

/**
 * The browser's own extension API, for the content script (scripts/build.ts aliases its
 * `webextension-polyfill` import to this file) and the popup's first module. The polyfill is
 * 9.5 KB of script parsed on every page and on every popup opening, and what these use needs none
 * of it in MV3: storage, tabs and runtime messaging return promises in Chrome and Firefox alike,
 * and content/index.ts answers messages through `sendResponse`, which both support (Chrome
 * ignores a promise returned by an onMessage listener).
 */
const api = (globalThis as { browser?: unknown; chrome?: unknown }).browser ?? (globalThis as { chrome?: unknown }).chrome;

export default api as typeof Browser;
