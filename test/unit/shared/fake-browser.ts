/** An in-memory `webextension-polyfill` for settings, popup and options tests. */
type Listener = (changes: Record<string, { oldValue?: unknown; newValue?: unknown }>, area: string) => void;

export function fakeBrowser(initial: Record<string, unknown> = {}) {
  const store = new Map<string, unknown>(Object.entries(structuredClone(initial)));
  const listeners: Listener[] = [];
  const later = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 1));
  return {
    store,
    browser: {
      storage: {
        local: {
          async get(keys: string[] | string | null) {
            await later();
            const list = keys === null ? [...store.keys()] : Array.isArray(keys) ? keys : [keys];
            return Object.fromEntries(list.filter((k) => store.has(k)).map((k) => [k, structuredClone(store.get(k))]));
          },
          async set(items: Record<string, unknown>) {
            await later();
            const changes: Record<string, { oldValue?: unknown; newValue?: unknown }> = {};
            for (const [k, v] of Object.entries(items)) {
              changes[k] = { oldValue: store.get(k), newValue: v };
              store.set(k, structuredClone(v));
            }
            for (const l of listeners) l(changes, 'local');
          },
        },
        onChanged: { addListener: (l: Listener) => listeners.push(l) },
      },
      i18n: { getMessage: (key: string) => (key === 'options_reset' ? 'Reset settings' : '') },
      runtime: {},
    },
  };
}
