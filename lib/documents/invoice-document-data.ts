/**
 * What an invoice document prints: the stored invoice as is (amounts, summary, parties, lines
 * with their breakdown), plus the time zone its dates are shown in. Nothing here is computed
 * from anything else; the template only formats.
 */
import type { InvoiceParties, InvoiceSummary, StoredBreakdown } from "../invoices/stored-invoice";

export type DocumentInvoiceStatus = "DRAFT" | "OPEN" | "PAID" | "VOID" | "UNCOLLECTIBLE";

export type InvoiceDocumentLine = {
  description: string;
  /** Decimal string. */
  quantity: string;
  /** Major-unit decimal string when the line has a unit price (flat, per unit, per seat). */
  unitAmount: string | null;
  amountMinor: bigint;
  discountMinor: bigint;
  totalMinor: bigint;
  taxInclusive: boolean;
  periodStart: Date | null;
  /** Exclusive, as billing periods are. */
  periodEnd: Date | null;
  breakdown: StoredBreakdown;
};

export type InvoiceDocumentData = {
  status: DocumentInvoiceStatus;
  number: string | null;
  currency: string;
  locale: string;
  /** IANA zone the dates are printed in (the subscription's billing zone, else the account default). */
  timeZone: string;
  issuedAt: Date;
  dueAt: Date | null;
  periodStart: Date | null;
  periodEnd: Date | null;
  memo: string | null;
  subtotalMinor: bigint;
  discountMinor: bigint;
  taxMinor: bigint;
  inclusiveTaxMinor: bigint;
  totalMinor: bigint;
  creditAppliedMinor: bigint;
  amountDueMinor: bigint;
  amountPaidMinor: bigint;
  summary: InvoiceSummary;
  parties: InvoiceParties;
  lines: InvoiceDocumentLine[];
};
