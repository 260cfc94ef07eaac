// Turns the customer form's controls into the API's request shape (the same object
// createCustomerSchema / updateCustomerSchema validate), and zod issues into field errors.
import type { z } from "zod";

export type MetadataRow = { id: number; key: string; value: string };

const ADDRESS_PARTS = ["line1", "line2", "city", "postal_code", "region", "country"] as const;
const OPTIONAL_TEXT = ["email", "external_ref", "phone", "preferred_currency", "tax_id", "notes", "group_id"] as const;

/**
 * `create`: empty optional fields are left out. `update` (PATCH): every field is sent, empty
 * optional ones as null (cleared); metadata keys removed from the form are sent as null.
 */
export function customerRequest(form: FormData, mode: "create" | "update", metadata: MetadataRow[], originalMetadata: Record<string, string> = {}) {
  const text = (name: string) => String(form.get(name) ?? "").trim();
  const empty = mode === "create" ? undefined : null;
  const request: Record<string, unknown> = {
    name: text("name"),
    type: text("type") || "company",
    locale: text("locale") || "en",
    tax_exempt: form.get("tax_exempt") === "on",
    reverse_charge: form.get("reverse_charge") === "on",
  };
  const terms = text("payment_terms_days");
  request.payment_terms_days = terms === "" ? 0 : /^-?\d+$/.test(terms) ? Number(terms) : terms;
  for (const name of OPTIONAL_TEXT) request[name] = text(name) || empty;
  for (const address of ["billing_address", "shipping_address"]) {
    const parts = Object.fromEntries(ADDRESS_PARTS.map((part) => [part, text(`${address}.${part}`)]).filter(([, value]) => value !== ""));
    request[address] = Object.keys(parts).length ? parts : empty;
  }
  const pairs: Record<string, string | null> = {};
  for (const row of metadata) if (row.key.trim() !== "") pairs[row.key.trim()] = row.value;
  if (mode === "update") for (const key of Object.keys(originalMetadata)) if (!(key in pairs)) pairs[key] = null;
  request.metadata = pairs;
  return Object.fromEntries(Object.entries(request).filter(([, value]) => value !== undefined));
}

/** zod issues as `{ "billing_address.country": message }`, first message per field. */
export function fieldErrorsOf(error: z.ZodError): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.code === "unrecognized_keys" ? [...issue.path, issue.keys[0]] : issue.path;
    errors[path.map(String).join(".")] ??= issue.message;
  }
  return errors;
}
