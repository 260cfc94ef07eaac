// Paging arguments shared by the catalogue lists: a sort on one column, ties broken by id, and
// Prisma's cursor (the last id of the previous page) so any sort pages without gaps or repeats.
export type CatalogOrder = { field: "createdAt" | "code" | "name"; direction: "asc" | "desc" };

export type CatalogPage = { limit: number; startingAfter?: string; order: CatalogOrder };

export function pageArgs({ limit, startingAfter, order }: CatalogPage) {
  // Ids are time-ordered, so createdAt ties (same millisecond) still follow creation order.
  const orderBy = order.field === "createdAt" ? [{ id: order.direction }] : [{ [order.field]: order.direction }, { id: order.direction }];
  return { orderBy, take: limit, ...(startingAfter ? { cursor: { id: startingAfter }, skip: 1 } : {}) };
}

/** Case-insensitive substring match; Prisma passes `contains` to ILIKE unescaped, so %, _ and \ are escaped. */
export const containsInsensitive = (q: string) => ({ contains: q.replace(/[\\%_]/g, "\\$&"), mode: "insensitive" as const });

/** null / not null on archivedAt for status=active / archived. */
export const archivedFilter = (status?: "active" | "archived") =>
  status === undefined ? {} : { archivedAt: status === "archived" ? { not: null } : null };
