// The customer CSV format, shared by the list export and the import (pure: no database).
//
// Columns (header row first; names are case-sensitive, order is free):
//   name (required), email, type (company | individual), external_ref, phone, locale,
//   preferred_currency, tax_id, tax_exempt (true | false), reverse_charge (true | false),
//   group_id, payment_terms_days, notes,
//   billing_address.line1 .line2 .city .postal_code .region .country, same for shipping_address.,
//   metadata.<key> (one column per metadata key).
// An empty cell is "not given" (the create defaults apply). The export adds read-only columns
// (id, account_number, status, created_at, anonymized_at) that an import refuses.
import { CsvError, parseCsv, serializeCsv } from "../csv/csv";
import { createCustomerSchema, type CreateCustomerInput, type CustomerDto } from "../schemas/customer";

const ADDRESS_PARTS = ["line1", "line2", "city", "postal_code", "region", "country"] as const;
const ADDRESSES = ["billing_address", "shipping_address"] as const;
const SCALAR_COLUMNS = [
  "name",
  "email",
  "type",
  "external_ref",
  "phone",
  "locale",
  "preferred_currency",
  "tax_id",
  "tax_exempt",
  "reverse_charge",
  "group_id",
  "payment_terms_days",
  "notes",
] as const;
const BOOLEAN_COLUMNS = new Set<string>(["tax_exempt", "reverse_charge"]);
const INTEGER_COLUMNS = new Set<string>(["payment_terms_days"]);
const ADDRESS_COLUMNS = ADDRESSES.flatMap((address) => ADDRESS_PARTS.map((part) => `${address}.${part}`));
const METADATA_PREFIX = "metadata.";

/** Every column an import accepts besides `metadata.<key>`. */
export const CUSTOMER_IMPORT_COLUMNS: readonly string[] = [...SCALAR_COLUMNS, ...ADDRESS_COLUMNS];
const EXPORT_ONLY_COLUMNS = ["id", "account_number", "status", "created_at", "anonymized_at"] as const;

/** The most rows one import takes (one transaction). */
export const CUSTOMER_IMPORT_MAX_ROWS = 5000;

/** A problem in the file: `row` is the CSV record number (the header is row 1), `column` a header name or null. */
export type ImportIssue = { row: number; column: string | null; message: string };
export type ParsedCustomerRow = { row: number; input: CreateCustomerInput };

function cellValue(column: string, cell: string): unknown {
  if (BOOLEAN_COLUMNS.has(column)) {
    const lower = cell.toLowerCase();
    return lower === "true" ? true : lower === "false" ? false : cell;
  }
  if (INTEGER_COLUMNS.has(column) && /^-?\d+$/.test(cell)) return Number(cell);
  return cell;
}

function checkHeader(header: string[]): ImportIssue[] {
  const issues: ImportIssue[] = [];
  const seen = new Set<string>();
  for (const column of header) {
    if (seen.has(column)) issues.push({ row: 1, column, message: `Column '${column}' appears more than once.` });
    seen.add(column);
    const known = CUSTOMER_IMPORT_COLUMNS.includes(column) || (column.startsWith(METADATA_PREFIX) && column.length > METADATA_PREFIX.length);
    if (!known) {
      const readOnly = (EXPORT_ONLY_COLUMNS as readonly string[]).includes(column);
      issues.push({ row: 1, column, message: readOnly ? `Column '${column}' is set by Billow and cannot be imported: remove it.` : `Unknown column '${column}'.` });
    }
  }
  if (!seen.has("name")) issues.push({ row: 1, column: "name", message: "The header must have a 'name' column." });
  return issues;
}

/** One record as the object createCustomerSchema validates (empty cells left out). */
function recordToObject(header: string[], record: string[]): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  header.forEach((column, index) => {
    const cell = (record[index] ?? "").trim();
    if (cell === "") return;
    const dot = column.indexOf(".");
    if (dot === -1) object[column] = cellValue(column, cell);
    else {
      const parent = column.slice(0, dot);
      ((object[parent] ??= {}) as Record<string, unknown>)[column.slice(dot + 1)] = cell;
    }
  });
  return object;
}

const issueColumn = (path: PropertyKey[]) => (path.length ? path.map(String).join(".") : null);

/**
 * Parses and validates a customer CSV with createCustomerSchema. Checks that need the database
 * (existing external refs, groups) are the caller's; duplicates within the file are found here.
 */
export function parseCustomerCsv(text: string): { rows: ParsedCustomerRow[]; rowCount: number; issues: ImportIssue[] } {
  let records: string[][];
  try {
    records = parseCsv(text);
  } catch (error) {
    if (error instanceof CsvError) return { rows: [], rowCount: 0, issues: [{ row: error.row, column: null, message: error.message }] };
    throw error;
  }
  const [rawHeader, ...body] = records;
  if (!rawHeader) return { rows: [], rowCount: 0, issues: [{ row: 1, column: null, message: "The file is empty: it needs a header row and at least one customer." }] };
  const header = rawHeader.map((column) => column.trim());
  const issues = checkHeader(header);
  if (issues.length) return { rows: [], rowCount: 0, issues };

  const numbered = body.map((record, index) => ({ row: index + 2, record })).filter(({ record }) => record.some((cell) => cell.trim() !== ""));
  if (numbered.length === 0) return { rows: [], rowCount: 0, issues: [{ row: 2, column: null, message: "The file has no customer rows." }] };
  if (numbered.length > CUSTOMER_IMPORT_MAX_ROWS) {
    return { rows: [], rowCount: numbered.length, issues: [{ row: CUSTOMER_IMPORT_MAX_ROWS + 2, column: null, message: `At most ${CUSTOMER_IMPORT_MAX_ROWS} customers per import: split the file.` }] };
  }

  const rows: ParsedCustomerRow[] = [];
  const firstRowOfRef = new Map<string, number>();
  for (const { row, record } of numbered) {
    if (record.length > header.length) {
      issues.push({ row, column: null, message: `This row has ${record.length} cells but the header has ${header.length} columns.` });
      continue;
    }
    const parsed = createCustomerSchema.safeParse(recordToObject(header, record));
    if (!parsed.success) {
      for (const issue of parsed.error.issues) issues.push({ row, column: issueColumn(issue.path), message: issue.message });
      continue;
    }
    const ref = parsed.data.external_ref;
    if (ref !== undefined) {
      const first = firstRowOfRef.get(ref);
      if (first !== undefined) {
        issues.push({ row, column: "external_ref", message: `external_ref '${ref}' is also on row ${first}.` });
        continue;
      }
      firstRowOfRef.set(ref, row);
    }
    rows.push({ row, input: parsed.data });
  }
  return { rows, rowCount: numbered.length, issues };
}

/** The export: importable columns plus read-only ones, and one metadata column per key found. */
export function customersToCsv(customers: CustomerDto[]): string {
  const metadataKeys = [...new Set(customers.flatMap((customer) => Object.keys(customer.metadata)))].sort();
  const header = [...EXPORT_ONLY_COLUMNS, ...CUSTOMER_IMPORT_COLUMNS, ...metadataKeys.map((key) => `${METADATA_PREFIX}${key}`)];
  const rows = customers.map((customer) => [
    customer.id,
    customer.account_number,
    customer.status,
    customer.created_at,
    customer.anonymized_at,
    ...SCALAR_COLUMNS.map((column) => customer[column]),
    ...ADDRESSES.flatMap((address) => ADDRESS_PARTS.map((part) => customer[address]?.[part] ?? null)),
    ...metadataKeys.map((key) => customer.metadata[key] ?? null),
  ]);
  return serializeCsv([header, ...rows], { bom: true });
}
