// Credit notes and the customer credit balance: inputs and DTOs (API and console share them).
import { z } from "zod";
import { isCurrencyCode } from "../billing/currency";
import { listResponseSchema, paginationQuerySchema, requiredText } from "./common";

export const CREDIT_NOTE_REASONS = ["duplicate", "fraudulent", "order_change", "product_unsatisfactory", "other"] as const;
export const CREDIT_NOTE_SETTLEMENTS = ["credit_balance", "refund"] as const;

const minor = z.number().int().meta({ description: "Integer minor units of the currency." });
const positiveMinor = (field: string) =>
  z
    .number({ error: `${field} must be a whole number of minor units.` })
    .int({ error: `${field} must be a whole number of minor units.` })
    .min(1, { error: `${field} must be at least 1.` })
    .max(Number.MAX_SAFE_INTEGER);

export const createCreditNoteSchema = z
  .object({
    invoice_id: requiredText("invoice_id", 100).meta({ description: "The finalized invoice credited (`in_…`)." }),
    reason: z.enum(CREDIT_NOTE_REASONS, { error: `reason must be one of ${CREDIT_NOTE_REASONS.join(", ")}.` }),
    memo: z.string().trim().max(2000, { error: "memo must be at most 2000 characters." }).optional(),
    settlement: z
      .enum(CREDIT_NOTE_SETTLEMENTS, { error: "settlement must be credit_balance or refund." })
      .default("credit_balance")
      .meta({ description: "What happens to the part of the credit the invoice had already been paid (or covered by balance): credit_balance adds it to the customer's balance; refund records a refund payment. The unpaid part always lowers what is due first." }),
    lines: z
      .array(
        z
          .object({
            invoice_line_id: requiredText("invoice_line_id", 100),
            amount: positiveMinor("amount").meta({ description: "Minor units credited on this line, in the line's terms (tax-exclusive unless the line's tax is inclusive); at most what remains creditable." }),
          })
          .strict(),
        { error: "lines must be a list." },
      )
      .min(1, { error: "lines needs at least one line (or leave it out to credit everything that remains)." })
      .max(100)
      .refine((lines) => new Set(lines.map((line) => line.invoice_line_id)).size === lines.length, { error: "lines must not repeat an invoice_line_id." })
      .optional()
      .meta({ description: "Omit for a full credit note (everything that remains creditable on every line)." }),
  })
  .strict()
  .meta({ id: "CreateCreditNote" });
export type CreateCreditNoteInput = z.infer<typeof createCreditNoteSchema>;

export const listCreditNotesQuerySchema = paginationQuerySchema
  .extend({
    invoice_id: z.string().min(1).optional().meta({ description: "Only this invoice's credit notes." }),
    customer_id: z.string().min(1).optional().meta({ description: "Only this customer's credit notes." }),
  })
  .strict();
export type ListCreditNotesQuery = z.infer<typeof listCreditNotesQuerySchema>;

export const creditNoteIdParamsSchema = z.object({ creditNoteId: z.string().min(1).meta({ description: "The credit note's id (`cn_…`)." }) });

export const creditNoteDtoSchema = z
  .object({
    object: z.literal("credit_note"),
    id: z.string(),
    number: z.string(),
    invoice_id: z.string(),
    invoice_number: z.string().nullable(),
    customer_id: z.string(),
    reason: z.enum(CREDIT_NOTE_REASONS),
    memo: z.string().nullable(),
    settlement: z.enum(CREDIT_NOTE_SETTLEMENTS),
    currency: z.string(),
    subtotal: minor,
    tax: minor,
    total: minor,
    issued_at: z.string(),
    lines: z.array(
      z.object({ id: z.string(), invoice_line_id: z.string().nullable(), description: z.string(), amount: minor, tax: minor, total: minor }).meta({ id: "CreditNoteLine" }),
    ),
    created_at: z.string(),
  })
  .meta({ id: "CreditNote" });
export type CreditNoteDto = z.infer<typeof creditNoteDtoSchema>;
export const creditNoteListSchema = listResponseSchema(creditNoteDtoSchema, "CreditNoteList");

export const BALANCE_TRANSACTION_TYPES = ["credit_note", "invoice_applied", "adjustment"] as const;

export const balanceTransactionDtoSchema = z
  .object({
    object: z.literal("balance_transaction"),
    id: z.string(),
    customer_id: z.string(),
    currency: z.string(),
    amount: minor.meta({ description: "Positive: credit owed to the customer; negative: credit used on an invoice (or taken back)." }),
    type: z.enum(BALANCE_TRANSACTION_TYPES),
    invoice_id: z.string().nullable(),
    credit_note_id: z.string().nullable(),
    description: z.string().nullable(),
    created_at: z.string(),
  })
  .meta({ id: "BalanceTransaction" });
export type BalanceTransactionDto = z.infer<typeof balanceTransactionDtoSchema>;
export const balanceTransactionListSchema = listResponseSchema(balanceTransactionDtoSchema, "BalanceTransactionList");

export const customerBalanceDtoSchema = z
  .object({
    object: z.literal("customer_balance"),
    customer_id: z.string(),
    balances: z.array(z.object({ currency: z.string(), amount: minor })).meta({ description: "Per currency with a non-zero balance; positive: credit the next invoices use." }),
  })
  .meta({ id: "CustomerBalance" });
export type CustomerBalanceDto = z.infer<typeof customerBalanceDtoSchema>;

export const createBalanceAdjustmentSchema = z
  .object({
    currency: z.string({ error: "currency is required." }).refine(isCurrencyCode, { error: "currency must be an ISO 4217 currency code in upper case, e.g. EUR." }),
    amount: z
      .number({ error: "amount must be a whole number of minor units." })
      .int({ error: "amount must be a whole number of minor units." })
      .refine((value) => value !== 0, { error: "amount must not be 0." })
      .refine((value) => Math.abs(value) <= Number.MAX_SAFE_INTEGER, { error: "amount is too large." })
      .meta({ description: "Positive grants credit; negative takes credit back (never below a zero balance)." }),
    description: requiredText("description", 500),
  })
  .strict()
  .meta({ id: "CreateBalanceAdjustment" });
export type CreateBalanceAdjustmentInput = z.infer<typeof createBalanceAdjustmentSchema>;

export const listBalanceTransactionsQuerySchema = paginationQuerySchema.extend({ currency: z.string().refine(isCurrencyCode).optional() }).strict();
export type ListBalanceTransactionsQuery = z.infer<typeof listBalanceTransactionsQuerySchema>;
