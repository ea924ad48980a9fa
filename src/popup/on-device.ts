/**
 * Chrome's built-in Summarizer API (on-device model), offered by the popup on the user's request
 * only. Feature-detected: where the browser has no `Summarizer`, nothing here is used. The popup
 * labels its output as on-device; it never replaces the publisher's own summary.
 */
export type OnDeviceAvailability = 'available' | 'downloadable' | 'downloading' | 'unavailable';

interface SummarizerSession {
  summarize(text: string, options?: { context?: string; signal?: AbortSignal }): Promise<string>;
  destroy?(): void;
  inputQuota?: number;
}

export interface SummarizerCreateOptions {
  type?: 'key-points' | 'tldr' | 'teaser' | 'headline';
  format?: 'plain-text' | 'markdown';
  length?: 'short' | 'medium' | 'long';
  sharedContext?: string;
  expectedInputLanguages?: string[];
  outputLanguage?: string;
  monitor?: (m: EventTarget) => void;
  signal?: AbortSignal;
}

/** The shape of `globalThis.Summarizer` (Chrome 138+), as far as we use it. */
export interface SummarizerApi {
  availability(options?: SummarizerCreateOptions): Promise<OnDeviceAvailability>;
  create(options?: SummarizerCreateOptions): Promise<SummarizerSession>;
}

export interface OnDeviceSummary {
  kind: 'on-device';
  points: string[];
}

/** The browser's Summarizer, or null where there is none. */
export function findSummarizer(scope: object = globalThis): SummarizerApi | null {
  const api = (scope as { Summarizer?: unknown }).Summarizer as Partial<SummarizerApi> | undefined;
  return api && typeof api.availability === 'function' && typeof api.create === 'function' ? (api as SummarizerApi) : null;
}

function options(lang: string | null): SummarizerCreateOptions {
  const base = lang?.split('-')[0]?.toLowerCase();
  const supported = base && ['en', 'es', 'ja'].includes(base) ? base : 'en';
  return { type: 'key-points', format: 'plain-text', length: 'short', expectedInputLanguages: [supported], outputLanguage: supported };
}

/** Whether the popup should offer the button (false where absent or unavailable). */
export async function onDeviceAvailability(api: SummarizerApi | null, lang: string | null = null): Promise<OnDeviceAvailability> {
  if (!api) return 'unavailable';
  try {
    return await api.availability(options(lang));
  } catch {
    return 'unavailable';
  }
}

/** "* one\n* two" or "1. one" or plain sentences → points. */
export function parsePoints(output: string): string[] {
  const lines = output.split(/\n+/).map((l) =>
    l
      .replace(/^\s*(?:[-*•·]|\d+[.)])\s+/, '')
      .replace(/\*\*/g, '')
      .trim(),
  );
  return lines.filter((l) => l.length > 0);
}

/**
 * Summarise the article on the device. Call only on a user gesture (the model may need a
 * download, which Chrome allows only after one). The text is cut to the model's input quota.
 */
export async function summarizeOnDevice(
  article: { title: string | null; text: string; lang: string | null },
  api: SummarizerApi,
  signal?: AbortSignal,
): Promise<OnDeviceSummary> {
  const session = await api.create({ ...options(article.lang), sharedContext: 'A news article', signal });
  try {
    const quota = session.inputQuota && Number.isFinite(session.inputQuota) ? session.inputQuota : 16000;
    const text = article.text.slice(0, Math.max(1000, quota * 3));
    const output = await session.summarize(text, { context: article.title ? `Headline: ${article.title}` : undefined, signal });
    return { kind: 'on-device', points: parsePoints(output) };
  } finally {
    session.destroy?.();
  }
}
