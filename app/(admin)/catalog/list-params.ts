import type { z } from "zod";
import { searchParam, type SearchParams } from "../search-params";

export const CATALOG_PAGE_SIZE = 25;

/**
 * Reads a catalogue list's filters from the URL and validates them with the API's own query
 * schema: `filters` keep the raw strings (for the form and page links), `query` is the parse.
 */
export function catalogListQuery<S extends z.ZodType>(params: SearchParams, schema: S, names: readonly string[]) {
  const filters: Record<string, string | undefined> = {};
  for (const name of ["q", "status", "sort", ...names]) filters[name] = searchParam(params, name);
  const startingAfter = searchParam(params, "starting_after");
  const defined = Object.fromEntries(Object.entries(filters).filter(([, value]) => value !== undefined));
  const query = schema.safeParse({ ...defined, limit: String(CATALOG_PAGE_SIZE), ...(startingAfter ? { starting_after: startingAfter } : {}) });
  return { filters, startingAfter, query };
}
