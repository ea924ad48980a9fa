import { readFileSync } from 'node:fs';
import { isReasonKey } from '../core/reasons';

interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}
let messages: Record<string, Message> | null = null;

/**
 * A user-visible string from `_locales/en`, as the popup shows it (the key itself if missing),
 * with `$NAME$` placeholders filled from `substitutions` the way browser.i18n.getMessage does.
 */
export function cliMessage(key: string, substitutions: string[] = []): string {
  messages ??= JSON.parse(readFileSync(new URL('../../_locales/en/messages.json', import.meta.url), 'utf8')) as Record<string, Message>;
  const entry = messages[key];
  if (!entry) return key;
  const fill = (s: string): string => s.replace(/\$(\d)/g, (_m, n: string) => substitutions[Number(n) - 1] ?? '');
  return entry.message.replace(/\$([A-Za-z0-9_@]+)\$|\$\$/g, (m, name?: string) => {
    if (!name) return '$';
    const content = entry.placeholders?.[name.toLowerCase()]?.content;
    return content === undefined ? m : fill(content);
  });
}

/** A hide or refusal reason in English: core's reasons are message keys, the guard's are text. */
export function cliReason(record: { reason: string; params?: string[] }): string {
  return isReasonKey(record.reason) ? cliMessage(record.reason, record.params) : record.reason;
}
