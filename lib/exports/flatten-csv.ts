// Any list of API objects as CSV: nested objects become dotted columns (`metadata.plan`,
// `billing_address.city`), arrays stay JSON, and the columns are the union of every row's keys
// in first-seen order, so an export shows exactly what the API returns.
import { serializeCsv, type CsvCell } from "../csv/csv";

type Flat = Map<string, CsvCell>;

function flatten(value: unknown, prefix: string, into: Flat) {
  if (value !== null && typeof value === "object" && !Array.isArray(value)) {
    // An empty object (no metadata) adds no column rather than a "{}" cell.
    for (const [key, nested] of Object.entries(value)) flatten(nested, prefix ? `${prefix}.${key}` : key, into);
    return;
  }
  if (Array.isArray(value)) into.set(prefix, JSON.stringify(value));
  else into.set(prefix, value as CsvCell);
}

/** `object` (the type tag, the same on every row) is left out. */
export function objectsToCsv(rows: readonly object[]): string {
  const flats = rows.map((row) => {
    const flat: Flat = new Map();
    flatten(row, "", flat);
    flat.delete("object");
    return flat;
  });
  const columns = [...new Set(flats.flatMap((flat) => [...flat.keys()]))];
  if (columns.length === 0) return serializeCsv([], { bom: true });
  return serializeCsv([columns, ...flats.map((flat) => columns.map((column) => flat.get(column) ?? null))], { bom: true });
}
