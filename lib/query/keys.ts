// react-query keys, one factory per resource, so invalidation matches what was fetched.
export const qk = {
  apiKeys: {
    all: ["api-keys"] as const,
    list: (params: { limit: number }) => ["api-keys", "list", params] as const,
  },
  customers: {
    search: (q: string) => ["customers", "search", q] as const,
  },
  usage: {
    all: ["usage"] as const,
    series: (params: Record<string, string>) => ["usage", "series", params] as const,
    topCustomers: (params: Record<string, string>) => ["usage", "top-customers", params] as const,
    events: (filters: Record<string, string>) => ["usage", "events", filters] as const,
    customer: (customerId: string) => ["usage", "customer", customerId] as const,
  },
};
