// react-query keys, one factory per resource, so invalidation matches what was fetched.
export const qk = {
  apiKeys: {
    all: ["api-keys"] as const,
    list: (params: { limit: number }) => ["api-keys", "list", params] as const,
  },
  customers: {
    search: (q: string) => ["customers", "search", q] as const,
  },
};
