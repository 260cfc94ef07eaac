import type { ZodOpenApiPathsObject } from "zod-openapi";
import { billingSettingsDtoSchema, updateBillingSettingsSchema } from "../../schemas/billing-settings";
import { listResponseSchema } from "../../schemas/common";
import {
  createInvoiceSchema,
  deletedInvoiceSchema,
  duplicateInvoiceSchema,
  invoiceActionSchema,
  invoiceDtoSchema,
  invoiceEventDtoSchema,
  invoiceIdParamsSchema,
  invoiceLineInputSchema,
  invoiceLineParamsSchema,
  invoiceListSchema,
  listInvoicesQuerySchema,
  paymentDtoSchema,
  paymentListSchema,
  recordPaymentSchema,
  updateInvoiceLineSchema,
  updateInvoiceSchema,
  voidInvoiceSchema,
} from "../../schemas/invoice";
import { error, json, operation } from "./operation";

const tags = ["Invoices"];
const notFound = error("No invoice with this id.");
const invoice = (description: string) => ({ description, content: json(invoiceDtoSchema) });
const draftOnly = error("The invoice is not a draft (`invalid_state`; the message names its status).");

export const invoicePaths: ZodOpenApiPathsObject = {
  "/invoices": {
    get: operation({
      method: "get",
      operationId: "listInvoices",
      tags,
      summary: "List invoices",
      description: "Newest first unless `sort` says otherwise, with cursor pagination. Filters combine with AND; `totals` sums every matching invoice per currency.",
      requestParams: { query: listInvoicesQuerySchema },
      responses: { "200": { description: "A page of invoices and the totals of the filtered set.", content: json(invoiceListSchema) } },
    }),
    post: operation({
      method: "post",
      operationId: "createInvoice",
      tags,
      summary: "Create a one-off invoice",
      description:
        "A manual invoice with its lines, as a draft to review (default) or finalized at once with `finalize: true`. Each line's amount is quantity × unit_amount rounded half-up to the currency's minor unit; tax per line from its rates (the customer's by default). The invoice amounts are the sums of the lines.",
      requestBody: { required: true, content: json(createInvoiceSchema) },
      responses: {
        "201": invoice("The new invoice."),
        "404": error("No such customer."),
        "409": error("The customer is archived (`invalid_state`), or the Idempotency-Key was reused."),
        "422": error("A business rule, `param` naming the field: an unknown or archived product (`lines[i].product_id`) or tax rate (`lines[i].tax_rate_ids[j]`), mixed inclusive and exclusive rates."),
      },
    }),
  },
  "/invoices/{invoiceId}": {
    get: operation({
      method: "get",
      operationId: "getInvoice",
      tags,
      summary: "Retrieve an invoice",
      requestParams: { path: invoiceIdParamsSchema },
      responses: { "200": invoice("The invoice with its lines."), "404": notFound },
    }),
    patch: operation({
      method: "patch",
      operationId: "updateInvoice",
      tags,
      summary: "Update a draft's memo or due date",
      requestParams: { path: invoiceIdParamsSchema },
      requestBody: { required: true, content: json(updateInvoiceSchema) },
      responses: { "200": invoice("The updated draft."), "404": notFound, "409": draftOnly },
    }),
    delete: operation({
      method: "delete",
      operationId: "deleteInvoice",
      tags,
      summary: "Delete a draft",
      description: "Only drafts are deleted; a finalized invoice keeps its number and is voided instead.",
      requestParams: { path: invoiceIdParamsSchema },
      responses: {
        "200": { description: "The draft was deleted.", content: json(deletedInvoiceSchema) },
        "404": notFound,
        "409": draftOnly,
      },
    }),
  },
  "/invoices/{invoiceId}/lines": {
    post: operation({
      method: "post",
      operationId: "addInvoiceLine",
      tags,
      summary: "Add a manual line to a draft",
      requestParams: { path: invoiceIdParamsSchema },
      requestBody: { required: true, content: json(invoiceLineInputSchema) },
      responses: { "201": invoice("The draft with its new line and totals."), "404": notFound, "409": draftOnly, "422": error("A business rule (`param` names the field).") },
    }),
  },
  "/invoices/{invoiceId}/lines/{lineId}": {
    patch: operation({
      method: "patch",
      operationId: "updateInvoiceLine",
      tags,
      summary: "Change a manual line of a draft",
      requestParams: { path: invoiceLineParamsSchema },
      requestBody: { required: true, content: json(updateInvoiceLineSchema) },
      responses: {
        "200": invoice("The draft with the line and totals recomputed."),
        "404": error("No such invoice or line."),
        "409": error("Not a draft, or the line comes from a subscription (`invalid_state`)."),
        "422": error("A business rule (`param` names the field)."),
      },
    }),
    delete: operation({
      method: "delete",
      operationId: "removeInvoiceLine",
      tags,
      summary: "Remove a manual line from a draft",
      requestParams: { path: invoiceLineParamsSchema },
      responses: { "200": invoice("The draft without the line."), "404": error("No such invoice or line."), "409": error("Not a draft, or the line comes from a subscription (`invalid_state`).") },
    }),
  },
  "/invoices/{invoiceId}/finalize": {
    post: operation({
      method: "post",
      operationId: "finalizeInvoice",
      tags,
      summary: "Finalize a draft",
      description:
        "Assigns the next number of the invoice series (gap-free, unique under concurrency), snapshots seller and buyer, sets the due date (the draft's own, else the payment terms) and applies the customer's credit balance. Status becomes `open`, or `paid` when nothing is due.",
      requestParams: { path: invoiceIdParamsSchema },
      requestBody: { required: false, content: json(invoiceActionSchema) },
      responses: { "200": invoice("The finalized invoice."), "404": notFound, "409": draftOnly },
    }),
  },
  "/invoices/{invoiceId}/void": {
    post: operation({
      method: "post",
      operationId: "voidInvoice",
      tags,
      summary: "Void an invoice",
      description: "Open or uncollectible invoices with no payment only. The number is kept; credit balance the invoice used goes back to the customer.",
      requestParams: { path: invoiceIdParamsSchema },
      requestBody: { required: true, content: json(voidInvoiceSchema) },
      responses: { "200": invoice("The voided invoice."), "404": notFound, "409": error("Draft, paid, partially paid or already void (`invalid_state`, the message says which).") },
    }),
  },
  "/invoices/{invoiceId}/mark_uncollectible": {
    post: operation({
      method: "post",
      operationId: "markInvoiceUncollectible",
      tags,
      summary: "Mark an open invoice uncollectible",
      requestParams: { path: invoiceIdParamsSchema },
      requestBody: { required: false, content: json(invoiceActionSchema) },
      responses: { "200": invoice("The invoice, now uncollectible."), "404": notFound, "409": error("The invoice is not open (`invalid_state`).") },
    }),
  },
  "/invoices/{invoiceId}/payments": {
    get: operation({
      method: "get",
      operationId: "listInvoicePayments",
      tags,
      summary: "List an invoice's payments and refunds",
      requestParams: { path: invoiceIdParamsSchema },
      responses: { "200": { description: "Oldest first.", content: json(paymentListSchema) }, "404": notFound },
    }),
    post: operation({
      method: "post",
      operationId: "recordInvoicePayment",
      tags,
      summary: "Record a payment",
      description: "Money received against an open or uncollectible invoice. A partial payment keeps it open; paying what remains makes it `paid`.",
      requestParams: { path: invoiceIdParamsSchema },
      requestBody: { required: true, content: json(recordPaymentSchema) },
      responses: {
        "201": { description: "The payment.", content: json(paymentDtoSchema) },
        "404": notFound,
        "409": error("The invoice is a draft, paid or void (`invalid_state`)."),
        "422": error("`amount` is more than what remains to be paid."),
      },
    }),
  },
  "/invoices/{invoiceId}/duplicate": {
    post: operation({
      method: "post",
      operationId: "duplicateInvoice",
      tags,
      summary: "Duplicate an invoice",
      description: "A new one-off draft with the same lines and memo (discounts are not copied), for the same or another customer.",
      requestParams: { path: invoiceIdParamsSchema },
      requestBody: { required: false, content: json(duplicateInvoiceSchema) },
      responses: { "201": invoice("The new draft."), "404": error("No such invoice or customer."), "409": error("The customer is archived (`invalid_state`).") },
    }),
  },
  "/invoices/{invoiceId}/history": {
    get: operation({
      method: "get",
      operationId: "getInvoiceHistory",
      tags,
      summary: "An invoice's history",
      description: "Creation, edits, finalization, payments, credit notes and void, oldest first, from the audit log.",
      requestParams: { path: invoiceIdParamsSchema },
      responses: { "200": { description: "The events.", content: json(listResponseSchema(invoiceEventDtoSchema, "InvoiceEventList")) }, "404": notFound },
    }),
  },
  "/billing_settings": {
    get: operation({
      method: "get",
      operationId: "getBillingSettings",
      tags: ["Invoices"],
      summary: "Billing settings",
      description: "The seller printed on invoices, the invoice and credit note number formats, the draft review period.",
      responses: { "200": { description: "The settings.", content: json(billingSettingsDtoSchema) } },
    }),
    patch: operation({
      method: "patch",
      operationId: "updateBillingSettings",
      tags: ["Invoices"],
      summary: "Update billing settings",
      description: "Issued numbers never change; a new format starts its own series at 1.",
      requestBody: { required: true, content: json(updateBillingSettingsSchema) },
      responses: { "200": { description: "The saved settings.", content: json(billingSettingsDtoSchema) } },
    }),
  },
};
