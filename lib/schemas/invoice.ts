// Invoices, their lines and payments: inputs (API, server actions and console forms share them)
// and DTOs. Amounts are integer minor units of the invoice currency; unit amounts and quantities
// are decimal strings.
import { z } from "zod";
import { isCurrencyCode } from "../billing/currency";
import { listResponseSchema, paginationQuerySchema, requiredText } from "./common";
import { booleanQuery } from "./list-query";

export const INVOICE_STATUSES = ["draft", "open", "paid", "void", "uncollectible"] as const;
export const invoiceStatusSchema = z.enum(INVOICE_STATUSES, { error: `status must be one of ${INVOICE_STATUSES.join(", ")}.` });
export type InvoiceStatusName = z.infer<typeof invoiceStatusSchema>;

export const PAYMENT_METHODS = ["bank_transfer", "card", "cash", "check", "direct_debit", "other"] as const;

const minor = z.number().int().meta({ description: "Integer minor units of the invoice currency." });

/** A non-negative decimal string of at most 12 digits before and after the point (the line columns' size). */
const decimalField = (field: string, example: string) =>
  z
    .union([z.string(), z.number()], { error: `${field} must be a decimal number as a string, e.g. "${example}".` })
    .transform((value) => String(value))
    .pipe(z.string().regex(/^\d{1,12}(\.\d{1,12})?$/, { error: `${field} must be a non-negative decimal such as "${example}" (at most 12 digits before and after the point).` }));

const dateTime = (field: string) =>
  z.iso.datetime({ offset: true, error: `${field} must be an ISO 8601 date-time, e.g. 2026-12-31T00:00:00Z.` }).transform((value) => new Date(value));

const lineFields = {
  description: requiredText("description", 500).optional().meta({ description: "What is billed; default: the product's name." }),
  product_id: z.string().min(1).optional().meta({ description: "A catalogue product (`prod_…`) this line sells; its name is the default description." }),
  quantity: decimalField("quantity", "2").optional().meta({ description: "Default 1.", example: "2" }),
  unit_amount: decimalField("unit_amount", "12.50").meta({ description: "Price of one unit in major units of the invoice currency, e.g. \"12.50\". The line amount is quantity × unit_amount rounded half-up to the currency's minor unit.", example: "12.50" }),
  tax_rate_ids: z
    .array(z.string().min(1), { error: "tax_rate_ids must be a list of tax rate ids." })
    .max(5, { error: "A line takes at most 5 tax rates." })
    .refine((ids) => new Set(ids).size === ids.length, { error: "tax_rate_ids must not repeat a rate." })
    .optional()
    .meta({ description: "Tax rates (`txr_…`) of this line. Default: the customer's tax rates (their own, else their country's defaults); [] for none." }),
  period_start: dateTime("period_start").optional().meta({ description: "Start of the service period the line covers (optional)." }),
  period_end: dateTime("period_end").optional().meta({ description: "End of the service period (optional, after period_start)." }),
};

export const invoiceLineInputSchema = z
  .object(lineFields)
  .strict()
  .refine((line) => line.description !== undefined || line.product_id !== undefined, { error: "Give a description or a product_id.", path: ["description"] })
  .refine((line) => !line.period_start || !line.period_end || line.period_end > line.period_start, { error: "period_end must be after period_start.", path: ["period_end"] })
  .meta({ id: "InvoiceLineInput" });
export type InvoiceLineInput = z.infer<typeof invoiceLineInputSchema>;

export const updateInvoiceLineSchema = z
  .object({ ...lineFields, unit_amount: lineFields.unit_amount.optional() })
  .strict()
  .meta({ id: "UpdateInvoiceLine", description: "Only the fields given change; the line's amount and tax are recomputed." });
export type UpdateInvoiceLineInput = z.infer<typeof updateInvoiceLineSchema>;

const memoField = z.string({ error: "memo must be a string." }).trim().max(2000, { error: "memo must be at most 2000 characters." });

export const createInvoiceSchema = z
  .object({
    customer_id: requiredText("customer_id", 100).meta({ description: "The customer billed (`cus_…`)." }),
    currency: z
      .string({ error: "currency is required." })
      .refine(isCurrencyCode, { error: "currency must be an ISO 4217 currency code in upper case, e.g. EUR." })
      .meta({ example: "EUR" }),
    lines: z.array(invoiceLineInputSchema, { error: "lines must be a list." }).max(100, { error: "An invoice takes at most 100 lines." }).default([]),
    memo: memoField.optional().meta({ description: "A note printed on the invoice." }),
    due_date: dateTime("due_date").optional().meta({ description: "When payment is due. Default: the customer's payment terms from the finalization date." }),
    finalize: z.boolean({ error: "finalize must be true or false." }).default(false).meta({ description: "Finalize at once (number assigned, status open) instead of keeping a draft to review." }),
  })
  .strict()
  .meta({ id: "CreateInvoice" });
export type CreateInvoiceInput = z.infer<typeof createInvoiceSchema>;

export const updateInvoiceSchema = z
  .object({
    memo: memoField.nullable().optional(),
    due_date: dateTime("due_date").nullable().optional().meta({ description: "null: back to the customer's payment terms." }),
  })
  .strict()
  .meta({ id: "UpdateInvoice", description: "Drafts only." });
export type UpdateInvoiceInput = z.infer<typeof updateInvoiceSchema>;

export const voidInvoiceSchema = z.object({ reason: requiredText("reason", 500).meta({ description: "Why the invoice is voided (kept on the invoice)." }) }).strict().meta({ id: "VoidInvoice" });
export type VoidInvoiceInput = z.infer<typeof voidInvoiceSchema>;

export const recordPaymentSchema = z
  .object({
    amount: z
      .number({ error: "amount must be a whole number of minor units." })
      .int({ error: "amount must be a whole number of minor units." })
      .min(1, { error: "amount must be at least 1." })
      .max(Number.MAX_SAFE_INTEGER)
      .meta({ description: "Minor units received; at most what remains to be paid." }),
    method: z.enum(PAYMENT_METHODS, { error: `method must be one of ${PAYMENT_METHODS.join(", ")}.` }).default("bank_transfer"),
    reference: z.string().trim().max(200, { error: "reference must be at most 200 characters." }).optional().meta({ description: "The bank or provider reference." }),
    received_at: dateTime("received_at").optional().meta({ description: "When the money arrived (default now)." }),
  })
  .strict()
  .meta({ id: "RecordPayment" });
export type RecordPaymentInput = z.infer<typeof recordPaymentSchema>;

export const duplicateInvoiceSchema = z
  .object({ customer_id: z.string().min(1).optional().meta({ description: "Bill another customer (default: the same one)." }) })
  .strict()
  .meta({ id: "DuplicateInvoice" });
export type DuplicateInvoiceInput = z.infer<typeof duplicateInvoiceSchema>;

export const INVOICE_SORTS = ["-issued_at", "issued_at", "-total", "total"] as const;
export const invoiceSortSchema = z.enum(INVOICE_SORTS, { error: `sort must be one of ${INVOICE_SORTS.join(", ")}.` });
export type InvoiceSort = z.infer<typeof invoiceSortSchema>;

const dayOrDateTime = (field: string) =>
  z
    .string()
    .refine((value) => /^\d{4}-\d{2}-\d{2}(T.+)?$/.test(value) && !Number.isNaN(Date.parse(value)), { error: `${field} must be a date (2026-01-31) or an ISO 8601 date-time.` })
    .transform((value) => new Date(value.length === 10 ? `${value}T00:00:00Z` : value));

export const listInvoicesQuerySchema = paginationQuerySchema
  .extend({
    status: invoiceStatusSchema.optional(),
    customer_id: z.string().min(1).optional().meta({ description: "Only this customer's invoices." }),
    subscription_id: z.string().min(1).optional().meta({ description: "Only this subscription's invoices." }),
    issued_from: dayOrDateTime("issued_from").optional().meta({ description: "Issued at or after (a UTC date or a date-time)." }),
    issued_to: dayOrDateTime("issued_to").optional().meta({ description: "Issued before (exclusive; a UTC date or a date-time)." }),
    overdue: booleanQuery("overdue").optional().meta({ description: "true: open with a past due date and something left to pay; false: all others." }),
    q: z.string().trim().min(1).max(100).optional().meta({ description: "Case-insensitive search in the invoice number." }),
    sort: invoiceSortSchema.optional().meta({ description: "-issued_at (default), issued_at, -total or total; ties by id." }),
  })
  .strict();
export type ListInvoicesQuery = z.infer<typeof listInvoicesQuerySchema>;

export const invoiceIdParamsSchema = z.object({ invoiceId: z.string().min(1).meta({ description: "The invoice's id (`in_…`)." }) });
export const invoiceLineParamsSchema = invoiceIdParamsSchema.extend({ lineId: z.string().min(1).meta({ description: "The line's id (`il_…`)." }) });

const taxEntrySchema = z.object({ rate_id: z.string(), name: z.string(), percent: z.string(), inclusive: z.boolean(), taxable_base: minor, tax: minor });

export const invoiceLineDtoSchema = z
  .object({
    object: z.literal("invoice_line"),
    id: z.string(),
    position: z.number().int(),
    description: z.string(),
    kind: z.string().meta({ description: "recurring, usage, one_time (from a subscription) or manual." }),
    product_id: z.string().nullable(),
    charge_id: z.string().nullable(),
    quantity: z.string(),
    unit_amount: z.string().nullable().meta({ description: "Major units, when the line has a single unit price." }),
    amount: minor.meta({ description: "Before discount." }),
    discount: minor,
    tax: minor,
    total: minor,
    tax_inclusive: z.boolean(),
    period_start: z.string().nullable(),
    period_end: z.string().nullable(),
    breakdown: z.array(z.record(z.string(), z.unknown())).meta({ description: "The rating breakdown (tiers, packages), in major units." }),
    taxes: z.array(z.object({ rate_id: z.string(), tax: minor })),
    credited: minor.meta({ description: "Already credited by credit notes (tax-exclusive for exclusive-tax lines)." }),
    creditable: minor.meta({ description: "What a credit note may still credit on this line: amount − discount − credited (never below 0)." }),
  })
  .meta({ id: "InvoiceLine" });
export type InvoiceLineDto = z.infer<typeof invoiceLineDtoSchema>;

export const invoiceDtoSchema = z
  .object({
    object: z.literal("invoice"),
    id: z.string(),
    number: z.string().nullable().meta({ description: "Assigned at finalization; null while draft." }),
    status: invoiceStatusSchema,
    overdue: z.boolean().meta({ description: "Open, past its due date, with something left to pay." }),
    customer_id: z.string(),
    customer_name: z.string(),
    subscription_id: z.string().nullable(),
    reason: z.enum(["subscription_create", "subscription_cycle", "subscription_update", "subscription_end", "manual"]),
    currency: z.string(),
    subtotal: minor,
    discount: minor,
    tax: minor,
    inclusive_tax: minor.meta({ description: "The part of `tax` already contained in the subtotal." }),
    total: minor,
    credit_applied: minor.meta({ description: "Customer credit balance used at finalization plus credit notes that reduced what is due." }),
    amount_due: minor.meta({ description: "total − credit_applied." }),
    amount_paid: minor,
    amount_remaining: minor.meta({ description: "amount_due − amount_paid." }),
    period_start: z.string().nullable(),
    period_end: z.string().nullable(),
    issued_at: z.string(),
    due_at: z.string().nullable(),
    finalized_at: z.string().nullable(),
    paid_at: z.string().nullable(),
    voided_at: z.string().nullable(),
    void_reason: z.string().nullable(),
    auto_finalize_at: z.string().nullable().meta({ description: "A draft is finalized automatically then (the review grace period)." }),
    memo: z.string().nullable(),
    tax_summary: z.array(taxEntrySchema),
    coupons: z.array(z.object({ coupon_id: z.string(), name: z.string(), discount: minor })),
    notes: z.array(z.string()),
    parties: z.record(z.string(), z.unknown()).nullable().meta({ description: "Seller and buyer as they were at finalization." }),
    lines: z.array(invoiceLineDtoSchema),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .meta({ id: "Invoice" });
export type InvoiceDto = z.infer<typeof invoiceDtoSchema>;

export const invoiceTotalsSchema = z
  .object({ currency: z.string(), count: z.number().int(), total: minor, amount_due: minor, amount_paid: minor, amount_remaining: minor })
  .meta({ id: "InvoiceTotals" });
export type InvoiceTotalsDto = z.infer<typeof invoiceTotalsSchema>;

export const invoiceListSchema = z
  .object({
    object: z.literal("list"),
    data: z.array(invoiceDtoSchema),
    has_more: z.boolean(),
    next_cursor: z.string().nullable().meta({ description: "Pass as `starting_after` (with the same sort) to get the next page; null on the last page." }),
    totals: z.array(invoiceTotalsSchema).meta({ description: "Per currency, over every invoice matching the filters (not only this page)." }),
  })
  .meta({ id: "InvoiceList" });
export type InvoiceListDto = z.infer<typeof invoiceListSchema>;

export const paymentDtoSchema = z
  .object({
    object: z.literal("payment"),
    id: z.string(),
    invoice_id: z.string(),
    customer_id: z.string(),
    currency: z.string(),
    amount: minor.meta({ description: "Negative for a refund (a credit note settled by refund)." }),
    method: z.string(),
    reference: z.string().nullable(),
    received_at: z.string(),
    created_at: z.string(),
  })
  .meta({ id: "Payment" });
export type PaymentDto = z.infer<typeof paymentDtoSchema>;
export const paymentListSchema = listResponseSchema(paymentDtoSchema, "PaymentList");

export const invoiceEventDtoSchema = z
  .object({ object: z.literal("invoice_event"), id: z.string(), action: z.string(), actor: z.string(), details: z.record(z.string(), z.unknown()), created_at: z.string() })
  .meta({ id: "InvoiceEvent" });
export type InvoiceEventDto = z.infer<typeof invoiceEventDtoSchema>;

/** Actions without options (finalize, mark_uncollectible) take an empty body; unknown fields are refused. */
export const invoiceActionSchema = z.object({}).strict().meta({ id: "InvoiceActionRequest" });

export const deletedInvoiceSchema = z.object({ object: z.literal("invoice"), id: z.string(), deleted: z.literal(true) }).meta({ id: "DeletedInvoice" });
