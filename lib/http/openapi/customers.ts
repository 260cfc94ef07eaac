import { z } from "zod";
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { CUSTOMER_IMPORT_COLUMNS, CUSTOMER_IMPORT_MAX_ROWS } from "../../customers/customer-csv";
import {
  anonymizeCustomerSchema,
  contactParamsSchema,
  createCustomerContactSchema,
  createCustomerSchema,
  customerContactDtoSchema,
  customerContactListSchema,
  customerDtoSchema,
  customerIdParamsSchema,
  customerListSchema,
  customerExportSchema,
  customerHistorySchema,
  customerImportReportSchema,
  customerStatusChangeSchema,
  exportCustomersQueryObjectSchema,
  importCustomersQuerySchema,
  deletedCustomerContactDtoSchema,
  deletedCustomerDtoSchema,
  externalRefParamsSchema,
  listCustomersQueryObjectSchema,
  updateCustomerSchema,
} from "../../schemas/customer";
import { error, json, metadataQueryParameter, operation } from "./operation";

const customerNotFound = error("No customer with this id.");
const customerStatusChange = (change: "disable" | "enable" | "archive", summary: string, description: string) =>
  operation({
    method: "post",
    operationId: `${change}Customer`,
    tags: ["Customers"],
    summary,
    description,
    requestParams: { path: customerIdParamsSchema },
    requestBody: { required: false, content: json(customerStatusChangeSchema) },
    responses: {
      "200": { description: "The customer in its new status.", content: json(customerDtoSchema) },
      "404": customerNotFound,
      "409": error("The customer's status does not allow this (`invalid_state`), or the Idempotency-Key was reused with another request."),
    },
  });

export const customerPaths: ZodOpenApiPathsObject = {
  "/customers": {
    get: operation({
      method: "get",
      operationId: "listCustomers",
      tags: ["Customers"],
      summary: "List customers",
      description: "Newest first unless `sort` says otherwise, with cursor pagination. Filters combine with AND.",
      requestParams: { query: listCustomersQueryObjectSchema },
      parameters: [metadataQueryParameter],
      responses: { "200": { description: "A page of customers.", content: json(customerListSchema) } },
    }),
    post: operation({
      method: "post",
      operationId: "createCustomer",
      tags: ["Customers"],
      summary: "Create a customer",
      requestBody: { required: true, content: json(createCustomerSchema) },
      responses: {
        "201": { description: "The new customer.", content: json(customerDtoSchema) },
        "409": error("Another customer has this `external_ref` (`conflict`, `param: external_ref`), or the Idempotency-Key was reused."),
        "422": error("A business rule: `reverse_charge` without a `tax_id`, or a `group_id` that does not exist or is archived (`param` names it)."),
      },
    }),
  },
  "/customers/export.csv": {
    get: operation({
      method: "get",
      operationId: "exportCustomersCsv",
      tags: ["Customers"],
      summary: "Export customers as CSV",
      description:
        "Every customer matching the list's filters, in the list's `sort`, as RFC 4180 CSV (UTF-8 with a byte order mark, CRLF). The columns are the import's plus id, account_number, status, created_at and anonymized_at, and one `metadata.<key>` column per key. Text cells starting with = + - @ are prefixed with an apostrophe (formula injection).",
      requestParams: { query: exportCustomersQueryObjectSchema },
      parameters: [metadataQueryParameter],
      responses: { "200": { description: "The CSV file.", content: { "text/csv": { schema: z.string() } } } },
    }),
  },
  "/customers/import": {
    post: operation({
      method: "post",
      operationId: "importCustomers",
      tags: ["Customers"],
      summary: "Import customers from CSV",
      description: `The body is a CSV file (Content-Type: text/csv) with a header row. Columns: ${CUSTOMER_IMPORT_COLUMNS.map((column) => `\`${column}\``).join(", ")} and \`metadata.<key>\`; only \`name\` is required, empty cells are not given. Each row is validated like POST /customers; external_ref must be unique in the file and among customers. All or nothing: one transaction, at most ${CUSTOMER_IMPORT_MAX_ROWS} rows. Rows are numbered as CSV records, the header being row 1.`,
      requestParams: { query: importCustomersQuerySchema },
      requestBody: { required: true, content: { "text/csv": { schema: z.string() } } },
      responses: {
        "200": { description: "Dry run: the validation report (`valid`, `errors`).", content: json(customerImportReportSchema) },
        "201": { description: "Every row was imported.", content: json(customerImportReportSchema) },
        "422": error("Some rows have errors; nothing was imported. `details` lists each one (`param`: `rows[3].email`)."),
      },
    }),
  },
  "/customers/by_external_ref/{externalRef}": {
    get: operation({
      method: "get",
      operationId: "getCustomerByExternalRef",
      tags: ["Customers"],
      summary: "Retrieve a customer by external reference",
      requestParams: { path: externalRefParamsSchema },
      responses: { "200": { description: "The customer.", content: json(customerDtoSchema) }, "404": error("No customer with this external_ref.") },
    }),
  },
  "/customers/{customerId}": {
    get: operation({
      method: "get",
      operationId: "getCustomer",
      tags: ["Customers"],
      summary: "Retrieve a customer",
      requestParams: { path: customerIdParamsSchema },
      responses: { "200": { description: "The customer.", content: json(customerDtoSchema) }, "404": customerNotFound },
    }),
    patch: operation({
      method: "patch",
      operationId: "updateCustomer",
      tags: ["Customers"],
      summary: "Update a customer",
      description: "Only the fields sent change; null clears an optional field. `metadata` is merged: a key set to null is removed.",
      requestParams: { path: customerIdParamsSchema },
      requestBody: { required: true, content: json(updateCustomerSchema) },
      responses: {
        "200": { description: "The updated customer.", content: json(customerDtoSchema) },
        "404": customerNotFound,
        "409": error("Another customer has this `external_ref` (`conflict`), or the customer is archived (`invalid_state`)."),
        "422": error("A business rule: `reverse_charge` without a `tax_id`, or a `group_id` that does not exist or is archived (`param` names it)."),
      },
    }),
    delete: operation({
      method: "delete",
      operationId: "deleteCustomer",
      tags: ["Customers"],
      summary: "Delete a customer",
      description:
        "Deletes a customer that was never billed, with its contacts, tax rate assignments and price overrides. A customer with subscriptions or coupon redemptions (later: invoices) is refused: archive or anonymize it instead.",
      requestParams: { path: customerIdParamsSchema },
      responses: {
        "200": { description: "The customer was deleted.", content: json(deletedCustomerDtoSchema) },
        "404": customerNotFound,
        "409": error("The customer has billing records (`invalid_state`)."),
      },
    }),
  },
  "/customers/{customerId}/history": {
    get: operation({
      method: "get",
      operationId: "getCustomerHistory",
      tags: ["Customers"],
      summary: "A customer's lifecycle history",
      description: "Creation, disable/enable/archive (with their `reason`) and anonymization, newest first, from the audit log.",
      requestParams: { path: customerIdParamsSchema },
      responses: { "200": { description: "The status changes.", content: json(customerHistorySchema) }, "404": customerNotFound },
    }),
  },
  "/customers/{customerId}/export": {
    get: operation({
      method: "get",
      operationId: "exportCustomerData",
      tags: ["Customers"],
      summary: "Export all of a customer's data",
      description: "The customer, contacts, tax rates, price overrides, subscriptions, coupon redemptions and audit entries about it: the answer to a data subject access request.",
      requestParams: { path: customerIdParamsSchema },
      responses: { "200": { description: "The customer's data.", content: json(customerExportSchema) }, "404": customerNotFound },
    }),
  },
  "/customers/{customerId}/anonymize": {
    post: operation({
      method: "post",
      operationId: "anonymizeCustomer",
      tags: ["Customers"],
      summary: "Anonymize a customer (GDPR erasure)",
      description:
        "Erases personal data and keeps the financial record: name becomes `Anonymized customer C-000123`; email, phone, addresses, tax id, notes and metadata are cleared; contacts are deleted; earlier audit entries lose names and emails. Ids, account number, `external_ref` (your reference: keep personal data out of it), subscriptions and redemptions stay. The customer is archived. Idempotent.",
      requestParams: { path: customerIdParamsSchema },
      requestBody: { required: false, content: json(anonymizeCustomerSchema) },
      responses: { "200": { description: "The anonymized customer.", content: json(customerDtoSchema) }, "404": customerNotFound },
    }),
  },
  "/customers/{customerId}/disable": {
    post: customerStatusChange("disable", "Disable a customer", "An active customer becomes disabled: kept and readable, but not to be billed anew."),
  },
  "/customers/{customerId}/enable": {
    post: customerStatusChange("enable", "Enable a customer", "A disabled customer becomes active again."),
  },
  "/customers/{customerId}/archive": {
    post: customerStatusChange("archive", "Archive a customer", "An active or disabled customer becomes archived: read-only, and final."),
  },
  "/customers/{customerId}/contacts": {
    get: operation({
      method: "get",
      operationId: "listCustomerContacts",
      tags: ["Customers"],
      summary: "List a customer's contacts",
      description: "All contacts, in the order they were added (never more than one page).",
      requestParams: { path: customerIdParamsSchema },
      responses: { "200": { description: "The contacts.", content: json(customerContactListSchema) }, "404": customerNotFound },
    }),
    post: operation({
      method: "post",
      operationId: "createCustomerContact",
      tags: ["Customers"],
      summary: "Add a contact",
      requestParams: { path: customerIdParamsSchema },
      requestBody: { required: true, content: json(createCustomerContactSchema) },
      responses: {
        "201": { description: "The new contact.", content: json(customerContactDtoSchema) },
        "404": customerNotFound,
        "409": error("The customer is archived (`invalid_state`), or the Idempotency-Key was reused with another request."),
      },
    }),
  },
  "/customers/{customerId}/contacts/{contactId}": {
    delete: operation({
      method: "delete",
      operationId: "deleteCustomerContact",
      tags: ["Customers"],
      summary: "Remove a contact",
      requestParams: { path: contactParamsSchema },
      responses: {
        "200": { description: "The contact was removed.", content: json(deletedCustomerContactDtoSchema) },
        "404": error("No such customer, or no such contact on this customer."),
        "409": error("The customer is archived (`invalid_state`)."),
      },
    }),
  },
};
