// Form strings → the API's JSON types. Anything unparseable is passed on as typed, so the shared
// zod schema answers with its own message next to the field.

export const optionalText = (value: string) => (value.trim() === "" ? undefined : value.trim());

/** "" → undefined; "12" → 12; "abc" → "abc" (refused by the schema). */
export function numberOrRaw(value: string): number | string | undefined {
  const text = value.trim();
  if (text === "") return undefined;
  return /^-?\d+$/.test(text) ? Number(text) : text;
}

/** A datetime-local value (the browser's time zone) → ISO 8601 in UTC; "" → undefined. */
export function toIsoOrRaw(value: string): string | undefined {
  if (value.trim() === "") return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date.toISOString();
}

/** An ISO instant → the datetime-local value showing it in the browser's time zone. */
export function toLocalInput(iso: string | null): string {
  if (!iso) return "";
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** "plan_a, plan_b plan_c" → ["plan_a", "plan_b", "plan_c"]. */
export const idList = (value: string) => value.split(/[\s,]+/).filter(Boolean);

/** An unknown plan is reported as `plan_ids.2`: these field names all belong to the one plan ids field. */
export const planIdFields = (prefix = "") => Array.from({ length: 100 }, (_, index) => `${prefix}plan_ids.${index}`);
