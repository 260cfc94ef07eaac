/**
 * The JSON an invoice stores next to its amounts (Invoice.summary, Invoice.parties,
 * InvoiceLine.breakdown, InvoiceLine.taxes). Written once when the invoice is assembled or
 * finalized and read as is by the API, the console and the PDF: documents show stored figures,
 * they never recompute them. Minor amounts are decimal strings (JSON has no bigint).
 */
import type { BreakdownLine } from "../billing/pricing/types";

export type StoredTaxSummaryEntry = {
  rate_id: string;
  name: string;
  /** Decimal string, e.g. "20" or "8.875". */
  percent: string;
  inclusive: boolean;
  taxable_base_minor: string;
  tax_minor: string;
};

export type StoredCouponApplication = { coupon_id: string; name: string; discount_minor: string };

export type InvoiceSummary = {
  tax_summary: StoredTaxSummaryEntry[];
  coupons: StoredCouponApplication[];
  /** Engine notes worth printing (e.g. reverse charge). */
  notes: string[];
};

export type StoredAddress = {
  line1: string;
  line2?: string;
  city: string;
  postal_code?: string;
  region?: string;
  country: string;
};

export type InvoiceParty = {
  name: string;
  email: string | null;
  address: StoredAddress | null;
  tax_id: string | null;
};

/** Seller and buyer as they were at finalization, so later edits never change an issued invoice. */
export type InvoiceParties = {
  seller: InvoiceParty;
  buyer: InvoiceParty & { account_number: string; reverse_charge: boolean; tax_exempt: boolean };
};

/**
 * A row of a line's breakdown in major units: the rating's (tiers, packages, transactions, for the
 * whole period) or, for a metered line with group-by dimensions, one row per combination of values
 * (`dimension`) with its quantity and its share of the line amount.
 */
export type StoredBreakdownRow = BreakdownLine & { dimension?: Record<string, string | null> };

export type StoredBreakdown = StoredBreakdownRow[];

export type StoredLineTax = { rate_id: string; tax_minor: string };

export const EMPTY_INVOICE_SUMMARY: InvoiceSummary = { tax_summary: [], coupons: [], notes: [] };
