// Invoice, line and payment rows → API DTOs. Amounts are shown as stored, never recomputed.
import { creditableMinor } from "../../billing/credit-notes";
import { sumMinor } from "../../billing/money";
import type { InvoiceRecord, InvoiceLineRecord, PaymentRow } from "../../db/invoice-records";
import type { InvoiceStatus } from "../../db/generated/enums";
import { EMPTY_INVOICE_SUMMARY, type InvoiceSummary, type StoredLineTax } from "../../invoices/stored-invoice";
import { isoDate, isoDateOrNull } from "../../schemas/common";
import type { InvoiceDto, InvoiceLineDto, InvoiceStatusName, PaymentDto } from "../../schemas/invoice";
import { decimalText } from "../plans/dto";

/** Integer minor units as a JSON number; throws rather than lose digits beyond ±(2^53 − 1). */
export function minorNumber(value: bigint): number {
  const number = Number(value);
  if (!Number.isSafeInteger(number)) throw new Error(`${value} minor units exceed the JSON safe integer range.`);
  return number;
}

const lower = <T extends string>(value: string) => value.toLowerCase() as T;
export const invoiceStatusEnum = (status: InvoiceStatusName) => status.toUpperCase() as InvoiceStatus;

/** Manual lines sold from the catalogue keep the product id as their key (see create-invoice.ts). */
export const MANUAL_LINE_KIND = "manual";
export const productIdOfLine = (line: Pick<InvoiceLineRecord, "kind" | "key">) => (line.kind === MANUAL_LINE_KIND && line.key.startsWith("prod_") ? line.key : null);

/** Open, past its due date, with something left to pay. */
export const isOverdue = (row: Pick<InvoiceRecord, "status" | "dueAt" | "amountDueMinor" | "amountPaidMinor">, now: Date) =>
  row.status === "OPEN" && row.dueAt !== null && row.dueAt < now && row.amountPaidMinor < row.amountDueMinor;

export const creditedOnLine = (line: InvoiceLineRecord) => ({
  amountMinor: sumMinor(line.creditNoteLines.map((credited) => credited.amountMinor)),
  taxMinor: sumMinor(line.creditNoteLines.map((credited) => credited.taxMinor)),
});

export const storedSummary = (row: Pick<InvoiceRecord, "summary">): InvoiceSummary => ({ ...EMPTY_INVOICE_SUMMARY, ...(row.summary as Partial<InvoiceSummary>) });

export function toInvoiceLineDto(line: InvoiceLineRecord): InvoiceLineDto {
  const credited = creditedOnLine(line).amountMinor;
  return {
    object: "invoice_line",
    id: line.id,
    position: line.position,
    description: line.description,
    kind: line.kind,
    product_id: productIdOfLine(line),
    charge_id: line.chargeId,
    quantity: decimalText(line.quantity),
    unit_amount: line.unitAmount === null ? null : decimalText(line.unitAmount),
    amount: minorNumber(line.amountMinor),
    discount: minorNumber(line.discountMinor),
    tax: minorNumber(line.taxMinor),
    total: minorNumber(line.totalMinor),
    tax_inclusive: line.taxInclusive,
    period_start: isoDateOrNull(line.periodStart),
    period_end: isoDateOrNull(line.periodEnd),
    breakdown: line.breakdown as Record<string, unknown>[],
    taxes: (line.taxes as StoredLineTax[]).map((tax) => ({ rate_id: tax.rate_id, tax: minorNumber(BigInt(tax.tax_minor)) })),
    credited: minorNumber(credited),
    creditable: minorNumber(creditableMinor({ netMinor: line.amountMinor - line.discountMinor, taxMinor: line.taxMinor, creditedMinor: credited, creditedTaxMinor: 0n })),
  };
}

export function toInvoiceDto(row: InvoiceRecord, now: Date): InvoiceDto {
  const summary = storedSummary(row);
  return {
    object: "invoice",
    id: row.id,
    number: row.number,
    status: lower(row.status),
    overdue: isOverdue(row, now),
    customer_id: row.customerId,
    customer_name: row.customer.name,
    subscription_id: row.subscriptionId,
    reason: lower(row.reason),
    currency: row.currency,
    subtotal: minorNumber(row.subtotalMinor),
    discount: minorNumber(row.discountMinor),
    tax: minorNumber(row.taxMinor),
    inclusive_tax: minorNumber(row.inclusiveTaxMinor),
    total: minorNumber(row.totalMinor),
    credit_applied: minorNumber(row.creditAppliedMinor),
    amount_due: minorNumber(row.amountDueMinor),
    amount_paid: minorNumber(row.amountPaidMinor),
    amount_remaining: minorNumber(row.amountDueMinor - row.amountPaidMinor),
    period_start: isoDateOrNull(row.periodStart),
    period_end: isoDateOrNull(row.periodEnd),
    issued_at: isoDate(row.issuedAt),
    due_at: isoDateOrNull(row.dueAt),
    finalized_at: isoDateOrNull(row.finalizedAt),
    paid_at: isoDateOrNull(row.paidAt),
    voided_at: isoDateOrNull(row.voidedAt),
    void_reason: row.voidReason,
    auto_finalize_at: isoDateOrNull(row.autoFinalizeAt),
    memo: row.memo,
    tax_summary: summary.tax_summary.map((entry) => ({
      rate_id: entry.rate_id,
      name: entry.name,
      percent: entry.percent,
      inclusive: entry.inclusive,
      taxable_base: minorNumber(BigInt(entry.taxable_base_minor)),
      tax: minorNumber(BigInt(entry.tax_minor)),
    })),
    coupons: summary.coupons.map((coupon) => ({ coupon_id: coupon.coupon_id, name: coupon.name, discount: minorNumber(BigInt(coupon.discount_minor)) })),
    notes: summary.notes,
    parties: (row.parties as Record<string, unknown> | null) ?? null,
    lines: row.lines.map(toInvoiceLineDto),
    created_at: isoDate(row.createdAt),
    updated_at: isoDate(row.updatedAt),
  };
}

export function toPaymentDto(row: PaymentRow): PaymentDto {
  return {
    object: "payment",
    id: row.id,
    invoice_id: row.invoiceId,
    customer_id: row.customerId,
    currency: row.currency,
    amount: minorNumber(row.amountMinor),
    method: row.method,
    reference: row.reference,
    received_at: isoDate(row.receivedAt),
    created_at: isoDate(row.createdAt),
  };
}
