// Keyset pagination for lists of resources with a unique code, in creation or code order.
// Both keys are unique, so "after the cursor row" is a single comparison and pages never
// skip or repeat a row. The cursor stays the last row's id (as in every other list).

export type CodeSort = "created_desc" | "created_asc" | "code_asc" | "code_desc";

export function codeOrderBy(sort: CodeSort): { id: "asc" | "desc" } | { code: "asc" | "desc" } {
  const [key, direction] = sort.split("_") as ["created" | "code", "asc" | "desc"];
  return key === "created" ? { id: direction } : { code: direction };
}

/** Rows after `cursor` in `sort` order; undefined without a cursor. */
export function afterCursor(sort: CodeSort, cursor: { id: string; code: string } | null | undefined) {
  if (!cursor) return undefined;
  const [key, direction] = sort.split("_") as ["created" | "code", "asc" | "desc"];
  const comparison = direction === "asc" ? "gt" : "lt";
  return key === "created" ? { id: { [comparison]: cursor.id } } : { code: { [comparison]: cursor.code } };
}
