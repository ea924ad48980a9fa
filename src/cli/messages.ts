import { readFileSync } from 'node:fs';

type Messages = Record<string, { message: string }>;
let messages: Messages | null = null;

/** A user-visible string from `_locales/en`, as the popup shows it (the key itself if missing). */
export function cliMessage(key: string): string {
  messages ??= JSON.parse(readFileSync(new URL('../../_locales/en/messages.json', import.meta.url), 'utf8')) as Messages;
  return messages[key]?.message ?? key;
}
