/** A list page's URL with its filters (empty ones left out), e.g. for sort and paging links. */
export function listHref(path: string, params: Record<string, string | undefined>): string {
  const query = new URLSearchParams(Object.entries(params).filter((entry): entry is [string, string] => Boolean(entry[1]))).toString();
  return query ? `${path}?${query}` : path;
}

export type ColumnSort = { href: string; direction?: "ascending" | "descending" };

/**
 * The sort link of a column over `field` (`-field` is descending): ascending on the first click,
 * reversed on the next. `filters` are kept; paging restarts.
 */
export function columnSort(path: string, filters: Record<string, string | undefined>, field: string, current: string | undefined): ColumnSort {
  const direction = current === field ? "ascending" : current === `-${field}` ? "descending" : undefined;
  return { href: listHref(path, { ...filters, sort: direction === "ascending" ? `-${field}` : field }), direction };
}
