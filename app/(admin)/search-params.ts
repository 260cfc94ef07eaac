export type SearchParams = Record<string, string | string[] | undefined>;

/** One query-string value; empty form fields (`?action=`) count as absent. */
export function searchParam(params: SearchParams, name: string): string | undefined {
  const value = params[name];
  return (Array.isArray(value) ? value[0] : value) || undefined;
}
