import { CATEGORY_IDS } from '../core/categories/registry';
import type { CategoryId, HideRecord, RefusedRecord } from '../core/types';
import type { PageSnapshot } from './snapshot';

/**
 * What the popup asks the content script, and what the content script tells the background.
 * Every request after `tidy:report` echoes the report's `token`: the content script refuses a
 * token that is not its current one (the page navigated or was re-analysed, so record ids the
 * popup holds would name other elements) and answers `STALE` instead.
 */
export type Request =
  | { type: 'tidy:report' }
  /** Starts the element picker on the page (src/content/zapper.ts); names no record, so no token. */
  | { type: 'tidy:zap-start' }
  | { type: 'tidy:snapshot'; token: string }
  | { type: 'tidy:show'; id: number; token: string }
  /** Show record `id` and remember it as an exception for the site (src/content/why-hidden.ts). */
  | { type: 'tidy:keep-shown'; id: number; token: string }
  | { type: 'tidy:set-category'; category: CategoryId; enabled: boolean; token: string }
  | { type: 'tidy:set-paused'; paused: boolean; token: string };

/** The answer to a request whose token is not the document's current one. */
export const STALE = { stale: true } as const;

export interface PageReport {
  url: string;
  /** This document's engine state; later requests echo it (see `Request`). */
  token: string;
  isArticle: boolean;
  /** Why the page is or is not an article: a `reason_page_…` key and its parameters (page-kind.ts). */
  kindReason: string;
  kindParams?: string[];
  /** The headline the engine's locator found, for the popup to show at once (no extraction). */
  headline: string | null;
  paused: boolean;
  disabledCategories: CategoryId[];
  hidden: HideRecord[];
  refused: RefusedRecord[];
  elapsedMs: number;
  /** The longest stretch of the engine's work in one task, in ms (issue 10: no long task of ours). */
  longestSliceMs: number;
  /**
   * The engine's main-thread time on this page so far, every slice summed, in ms: locating,
   * passes and late batches; not the script's own start-up (settings, the site stylesheet).
   */
  workMs: number;
}

/** The answer to `tidy:snapshot`: the page for the popup to extract from, or why there is none. */
export type SnapshotAnswer = PageSnapshot | { tooLarge: true; chars: number; maxChars: number };

export interface BadgeUpdate {
  type: 'tidy:badge';
  count: number;
}

const isId = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
/** Tokens are made by `newToken` (page-session.ts): short, URL-safe. */
const isToken = (v: unknown): v is string => typeof v === 'string' && /^[\w-]{1,64}$/.test(v);

/**
 * A message from the popup as one of our requests, or null: the content script answers nothing
 * else (another extension or a page-world script may post anything to the runtime).
 */
export function parseRequest(message: unknown): Request | null {
  if (!message || typeof message !== 'object') return null;
  const m = message as Record<string, unknown>;
  if (m.type === 'tidy:report') return { type: 'tidy:report' };
  if (m.type === 'tidy:zap-start') return { type: 'tidy:zap-start' };
  if (!isToken(m.token)) return null;
  const token = m.token;
  switch (m.type) {
    case 'tidy:snapshot':
      return { type: 'tidy:snapshot', token };
    case 'tidy:show':
      return isId(m.id) ? { type: 'tidy:show', id: m.id, token } : null;
    case 'tidy:keep-shown':
      return isId(m.id) ? { type: 'tidy:keep-shown', id: m.id, token } : null;
    case 'tidy:set-category':
      return (CATEGORY_IDS as readonly unknown[]).includes(m.category) && typeof m.enabled === 'boolean'
        ? { type: 'tidy:set-category', category: m.category as CategoryId, enabled: m.enabled, token }
        : null;
    case 'tidy:set-paused':
      return typeof m.paused === 'boolean' ? { type: 'tidy:set-paused', paused: m.paused, token } : null;
    default:
      return null;
  }
}

/** The page's address for a bug report: origin and path only (query strings and fragments carry tokens). */
function reportUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`;
  } catch {
    return '';
  }
}

/** What "Copy report" puts on the clipboard: the report without its token, its URL stripped. */
export function reportForClipboard(
  report: PageReport,
): Omit<PageReport, 'token' | 'url' | 'headline'> & { url: string; title: string | null } {
  const { token, url, headline, ...rest } = report;
  void token; // it names the popup's engine state, nothing a bug report needs
  return { url: reportUrl(url), ...rest, title: headline };
}
