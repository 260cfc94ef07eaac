// Keyset pagination for lists of resources with a unique code, in creation or code order.
// Both keys are unique, so "after the cursor row" is a single comparison and pages never
// skip or repeat a row. The cursor stays the last row's id (as in every other list).

import type { CodeSort } from "../schemas/list-query";

function sortKey(sort: CodeSort) {
  const direction = sort.startsWith("-") ? ("desc" as const) : ("asc" as const);
  return { key: sort.replace(/^-/, "") as "created_at" | "code", direction };
}

export function codeOrderBy(sort: CodeSort): { id: "asc" | "desc" } | { code: "asc" | "desc" } {
  const { key, direction } = sortKey(sort);
  return key === "created_at" ? { id: direction } : { code: direction };
}

/** Rows after `cursor` in `sort` order; undefined without a cursor. */
export function afterCursor(sort: CodeSort, cursor: { id: string; code: string } | null | undefined) {
  if (!cursor) return undefined;
  const { key, direction } = sortKey(sort);
  const comparison = direction === "asc" ? "gt" : "lt";
  return key === "created_at" ? { id: { [comparison]: cursor.id } } : { code: { [comparison]: cursor.code } };
}
