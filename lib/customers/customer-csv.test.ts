import { describe, expect, test } from "vitest";
import { parseCsv } from "../csv/csv";
import type { CustomerDto } from "../schemas/customer";
import { customersToCsv, parseCustomerCsv } from "./customer-csv";

const csv = (...lines: string[]) => lines.join("\r\n");

describe("parseCustomerCsv", () => {
  test("maps columns to the create schema: booleans, numbers, addresses, metadata; empty cells are not given", () => {
    const { rows, rowCount, issues } = parseCustomerCsv(
      csv(
        "name,email,tax_id,reverse_charge,payment_terms_days,billing_address.line1,billing_address.city,billing_address.country,metadata.plan,phone",
        "Acme,OPS@acme.example,DE1,TRUE,30,1 Main St,Berlin,DE,pro,",
        ",,,,,,,,,",
        "Jo,,,,,,,,,",
      ),
    );
    expect(issues).toEqual([]);
    expect(rowCount).toBe(2);
    expect(rows).toEqual([
      {
        row: 2,
        input: expect.objectContaining({
          name: "Acme",
          email: "ops@acme.example",
          tax_id: "DE1",
          reverse_charge: true,
          payment_terms_days: 30,
          billing_address: { line1: "1 Main St", city: "Berlin", country: "DE" },
          metadata: { plan: "pro" },
          type: "company",
          locale: "en",
        }),
      },
      { row: 4, input: expect.objectContaining({ name: "Jo", metadata: {} }) },
    ]);
    expect(rows[0]!.input).not.toHaveProperty("phone");
  });

  test("every row error is reported with its row and column; duplicates in the file name the first row", () => {
    const { rows, issues } = parseCustomerCsv(
      csv(
        "name,email,external_ref,billing_address.city,billing_address.country,payment_terms_days,tax_exempt",
        "Good,,r1,,,,",
        "Bad email,not-an-email,r2,,,,",
        ",a@b.example,r3,,,,",
        "Bad address,,r4,Paris,XX,,",
        "Bad numbers,,r5,,,thirty,maybe",
        "Duplicate,,r1,,,,",
        "Too,many,cells,,,,,extra",
      ),
    );
    expect(rows.map((row) => row.row)).toEqual([2]);
    expect(issues).toEqual([
      { row: 3, column: "email", message: "Enter a valid email address." },
      { row: 4, column: "name", message: "name is required." },
      { row: 5, column: "billing_address.line1", message: "line1 is required." },
      { row: 5, column: "billing_address.country", message: "country must be an ISO 3166-1 alpha-2 code in upper case, e.g. FR." },
      { row: 6, column: "tax_exempt", message: "tax_exempt must be true or false." },
      { row: 6, column: "payment_terms_days", message: "payment_terms_days must be a whole number from 0 to 365." },
      { row: 7, column: "external_ref", message: "external_ref 'r1' is also on row 2." },
      { row: 8, column: null, message: "This row has 8 cells but the header has 7 columns." },
    ]);
  });

  test("header problems: unknown, duplicate, read-only and missing name columns; empty or malformed files", () => {
    expect(parseCustomerCsv(csv("name,nickname,name,id", "x,y,z,w")).issues).toEqual([
      { row: 1, column: "nickname", message: "Unknown column 'nickname'." },
      { row: 1, column: "name", message: "Column 'name' appears more than once." },
      { row: 1, column: "id", message: "Column 'id' is set by Billow and cannot be imported: remove it." },
    ]);
    expect(parseCustomerCsv("email\r\na@b.example").issues).toEqual([{ row: 1, column: "name", message: "The header must have a 'name' column." }]);
    expect(parseCustomerCsv("").issues[0]).toMatchObject({ row: 1, message: expect.stringContaining("empty") });
    expect(parseCustomerCsv("name\r\n").issues[0]).toMatchObject({ row: 2, message: "The file has no customer rows." });
    expect(parseCustomerCsv('name\r\n"open').issues).toEqual([{ row: 2, column: null, message: "A quoted field in record 2 is not closed." }]);
  });
});

describe("customersToCsv", () => {
  const customer = (overrides: Partial<CustomerDto>): CustomerDto => ({
    object: "customer",
    id: "cus_1",
    account_number: "C-000001",
    name: "Acme",
    email: null,
    type: "company",
    external_ref: null,
    phone: null,
    locale: "en",
    preferred_currency: null,
    tax_id: null,
    tax_exempt: false,
    reverse_charge: false,
    group_id: null,
    billing_address: null,
    shipping_address: null,
    payment_terms_days: 0,
    metadata: {},
    notes: null,
    status: "active",
    disabled_at: null,
    archived_at: null,
    anonymized_at: null,
    effective: { payment_terms_days: 0, preferred_currency: null, locale: "en", tax_exempt: false },
    created_at: "2026-01-01T00:00:00.000Z",
    updated_at: "2026-01-01T00:00:00.000Z",
    ...overrides,
  });

  test("one column per metadata key, guarded formulas, and the importable part reads back", () => {
    const text = customersToCsv([
      customer({ name: "=cmd()", metadata: { plan: "pro" }, billing_address: { line1: "1", line2: null, city: "Paris", postal_code: null, region: null, country: "FR" } }),
      customer({ id: "cus_2", account_number: "C-000002", name: "Globex, Inc.", metadata: { seats: "5" }, payment_terms_days: 30 }),
    ]);
    expect(text.startsWith("\uFEFFid,account_number,status,created_at,anonymized_at,name,")).toBe(true);
    const [header, first, second] = parseCsv(text);
    expect(header!.slice(-2)).toEqual(["metadata.plan", "metadata.seats"]);
    const at = (row: string[], column: string) => row[header!.indexOf(column)];
    expect(at(first!, "name")).toBe("'=cmd()");
    expect(at(first!, "billing_address.country")).toBe("FR");
    expect(at(second!, "name")).toBe("Globex, Inc.");
    expect(at(second!, "metadata.seats")).toBe("5");
    expect(at(second!, "payment_terms_days")).toBe("30");

    const importable = header!.map((column, index) => ({ column, index })).filter(({ column }) => !["id", "account_number", "status", "created_at", "anonymized_at"].includes(column));
    const reimport = [importable.map(({ column }) => column), importable.map(({ index }) => second![index]!)].map((row) => row.map((cell) => (/[",]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell)).join(",")).join("\r\n");
    const parsed = parseCustomerCsv(reimport);
    expect(parsed.issues).toEqual([]);
    expect(parsed.rows[0]!.input).toMatchObject({ name: "Globex, Inc.", payment_terms_days: 30, metadata: { seats: "5" }, tax_exempt: false });
  });
});
