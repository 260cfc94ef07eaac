// Meter filters and event property values: the pure rules shared by ingestion (validation in
// TypeScript) and aggregation (the same rules in SQL, lib/db/usage-sql.ts). Property values are
// compared as the text PostgreSQL's `->>` gives: strings as is, numbers and booleans as JSON text.

export type MeterFilter = { property: string; operator: "in" | "not_in"; values: string[] };

export type EventProperties = Record<string, unknown>;

/** The text of a property as `properties->>'name'` returns it; null when missing, null or not a scalar. */
export function propertyText(properties: EventProperties, name: string): string | null {
  const value = properties[name];
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return JSON.stringify(value);
  return null;
}

/** `in`: the property is present with one of the values; `not_in`: it is missing or has none of them. */
export function matchesFilters(properties: EventProperties, filters: readonly MeterFilter[]): boolean {
  return filters.every((filter) => {
    const text = propertyText(properties, filter.property);
    const listed = text !== null && filter.values.includes(text);
    return filter.operator === "in" ? listed : !listed;
  });
}

/** Numbers an aggregated value may take: what numeric(40,12) holds exactly. */
const NUMERIC_TEXT = /^-?(\d{1,28})(\.\d{1,12})?$/;

/**
 * The decimal text of a numeric property value (a JSON number or a decimal string), or an error
 * message naming why it does not qualify.
 */
export function readNumericProperty(value: unknown): { ok: true; text: string } | { ok: false; reason: string } {
  if (value === undefined || value === null) return { ok: false, reason: "is missing" };
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return { ok: false, reason: "is not a finite number" };
    const text = numberText(value);
    return NUMERIC_TEXT.test(text) ? { ok: true, text } : { ok: false, reason: `is out of range (at most 28 integer digits and 12 decimals): ${text}` };
  }
  if (typeof value === "string") {
    return NUMERIC_TEXT.test(value.trim())
      ? { ok: true, text: value.trim() }
      : { ok: false, reason: `must be a number or a decimal string with at most 12 decimals, got ${JSON.stringify(value)}` };
  }
  return { ok: false, reason: `must be a number, got ${Array.isArray(value) ? "an array" : typeof value}` };
}

/** A JS number as plain decimal text (no exponent): 1e21 → "1000000000000000000000". */
function numberText(value: number): string {
  const text = String(value);
  if (!/e/i.test(text)) return text;
  return value.toLocaleString("en-US", { useGrouping: false, maximumFractionDigits: 20 });
}
