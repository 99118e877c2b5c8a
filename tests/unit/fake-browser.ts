/** An in-memory stand-in for the WebExtension API parts the background uses (storage.local). */
export function createFakeBrowser() {
  let data: Record<string, unknown> = {};
  return {
    storage: {
      local: {
        async get(key: string | string[] | null) {
          if (key === null) return structuredClone(data);
          const keys = Array.isArray(key) ? key : [key];
          return Object.fromEntries(keys.filter((k) => k in data).map((k) => [k, structuredClone(data[k])]));
        },
        async set(items: Record<string, unknown>) {
          data = {...data, ...structuredClone(items)};
        },
        async clear() {
          data = {};
        },
      },
    },
    runtime: {id: 'test-extension', getURL: (p: string) => `chrome-extension://test-extension/${p}`},
  };
}
