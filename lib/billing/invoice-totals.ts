/**
 * Invoice totals from already-rated lines: coupons, then tax on the discounted amounts, then the
 * customer's credit balance. Worked examples: docs/pricing.md.
 */
import { assertCurrency, type CurrencyCode } from "./currency";
import { applyCoupons, type Coupon, type CouponApplication } from "./discounts";
import { BillingError } from "./errors";
import { sumMinor } from "./money";
import { computeTax, type RateTax, type TaxCustomer, type TaxRate, type TaxRounding, type TaxSummaryEntry } from "./tax";

/** A negative `amountMinor` is a credit on this invoice (e.g. unused time from proration). */
export type InvoiceLineInput = { key: string; description: string; amountMinor: bigint; taxRates?: readonly TaxRate[] };

export type InvoiceTotalsInput = {
  currency: string;
  lines: readonly InvoiceLineInput[];
  coupons?: readonly Coupon[];
  /** Billing periods since the coupons were redeemed: 0 is the period of redemption. */
  couponPeriodIndex: number;
  customer: TaxCustomer;
  taxRounding?: TaxRounding;
  /** The customer's prepaid or credited balance, applied after tax. */
  creditBalanceMinor?: bigint;
};

/** `amountMinor` is before discount; `totalMinor` = `netMinor` + tax unless the tax is inclusive. */
export type InvoiceLineTotals = {
  key: string;
  description: string;
  amountMinor: bigint;
  discountMinor: bigint;
  netMinor: bigint;
  taxMinor: bigint;
  totalMinor: bigint;
  taxes: RateTax[];
  taxInclusive: boolean;
  reverseCharge: boolean;
};

export type InvoiceTotals = {
  currency: CurrencyCode;
  lines: InvoiceLineTotals[];
  subtotalMinor: bigint;
  discountMinor: bigint;
  /** All tax, added or contained. */
  taxMinor: bigint;
  /** The part of `taxMinor` already contained in the subtotal (inclusive rates). */
  inclusiveTaxMinor: bigint;
  /** Σ line totals, floored at 0. */
  totalMinor: bigint;
  /** What credit lines left over once the total reached 0; owed to the customer, never from a coupon. */
  carryForwardCreditMinor: bigint;
  creditAppliedMinor: bigint;
  amountDueMinor: bigint;
  coupons: CouponApplication[];
  taxSummary: TaxSummaryEntry[];
  notes: string[];
};

export function computeInvoiceTotals(input: InvoiceTotalsInput): InvoiceTotals {
  const currency = assertCurrency(input.currency);
  const keys = input.lines.map((line) => line.key);
  const duplicate = keys.find((key, index) => keys.indexOf(key) !== index);
  if (duplicate !== undefined) {
    throw new BillingError("invalid_invoice_input", `Line key ${JSON.stringify(duplicate)} appears twice; coupons and totals address lines by key.`, {
      key: duplicate,
    });
  }
  const creditBalance = input.creditBalanceMinor ?? 0n;
  if (creditBalance < 0n) {
    throw new BillingError("invalid_invoice_input", `The credit balance must not be negative (got ${creditBalance}).`, {
      creditBalanceMinor: creditBalance.toString(),
    });
  }

  const discounted = applyCoupons(currency, input.lines, input.coupons ?? [], input.couponPeriodIndex);
  const taxed = computeTax(currency, discounted.lines, input.customer, input.taxRounding);
  const lines = taxed.lines.map(
    (line): InvoiceLineTotals => ({
      key: line.key,
      description: line.description,
      amountMinor: line.amountMinor,
      discountMinor: line.discountMinor,
      netMinor: line.netMinor,
      taxMinor: line.taxMinor,
      totalMinor: line.netMinor + (line.taxInclusive ? 0n : line.taxMinor),
      taxes: line.taxes,
      taxInclusive: line.taxInclusive,
      reverseCharge: line.reverseCharge,
    }),
  );

  const linesTotal = sumMinor(lines.map((line) => line.totalMinor));
  const totalMinor = linesTotal > 0n ? linesTotal : 0n;
  const creditAppliedMinor = creditBalance < totalMinor ? creditBalance : totalMinor;
  const totals: InvoiceTotals = {
    currency,
    lines,
    subtotalMinor: sumMinor(lines.map((line) => line.amountMinor)),
    discountMinor: sumMinor(lines.map((line) => line.discountMinor)),
    taxMinor: sumMinor(lines.map((line) => line.taxMinor)),
    inclusiveTaxMinor: sumMinor(lines.filter((line) => line.taxInclusive).map((line) => line.taxMinor)),
    totalMinor,
    carryForwardCreditMinor: totalMinor - linesTotal,
    creditAppliedMinor,
    amountDueMinor: totalMinor - creditAppliedMinor,
    coupons: discounted.coupons,
    taxSummary: taxed.summary,
    notes: taxed.notes,
  };
  assertInvoiceReconciles(totals);
  return totals;
}

/**
 * Throws invoice_invariant_violated, naming every broken rule, unless the totals reconcile. Run on
 * every computed invoice; it also validates totals read back from storage.
 */
export function assertInvoiceReconciles(totals: InvoiceTotals): void {
  const { lines } = totals;
  const linesTotal = sumMinor(lines.map((line) => line.totalMinor));
  const creditLinesTotal = sumMinor(lines.filter((line) => line.amountMinor < 0n).map((line) => line.totalMinor));
  const sumOf = (field: "amountMinor" | "discountMinor" | "taxMinor") => sumMinor(lines.map((line) => line[field]));

  const rules: [string, boolean][] = [
    ["each line's net is its amount minus its discount", lines.every((line) => line.netMinor === line.amountMinor - line.discountMinor)],
    ["each line's total is its net plus its exclusive tax", lines.every((line) => line.totalMinor === line.netMinor + (line.taxInclusive ? 0n : line.taxMinor))],
    ["each line's tax is the sum of its per-rate taxes", lines.every((line) => line.taxMinor === sumMinor(line.taxes.map((tax) => tax.taxMinor)))],
    [
      "charges are discounted to no less than zero and credits are not discounted",
      lines.every((line) => (line.amountMinor >= 0n ? line.discountMinor >= 0n && line.netMinor >= 0n : line.discountMinor === 0n)),
    ],
    ["no charge line has a negative tax or total", lines.every((line) => line.amountMinor < 0n || (line.taxMinor >= 0n && line.totalMinor >= 0n))],
    ["subtotal, discount and tax are the sums of the lines", totals.subtotalMinor === sumOf("amountMinor") && totals.discountMinor === sumOf("discountMinor") && totals.taxMinor === sumOf("taxMinor")],
    ["inclusive tax is the tax of the inclusive lines", totals.inclusiveTaxMinor === sumMinor(lines.filter((line) => line.taxInclusive).map((line) => line.taxMinor))],
    ["subtotal − discount + exclusive tax = Σ line totals", totals.subtotalMinor - totals.discountMinor + totals.taxMinor - totals.inclusiveTaxMinor === linesTotal],
    ["the total is Σ line totals floored at 0, the excess carried forward", totals.totalMinor >= 0n && totals.totalMinor - totals.carryForwardCreditMinor === linesTotal && (linesTotal >= 0n ? totals.carryForwardCreditMinor === 0n : totals.totalMinor === 0n)],
    ["only credit lines are carried forward, never a coupon", totals.carryForwardCreditMinor <= -creditLinesTotal],
    ["the tax summary reconciles with the lines, rate by rate", taxSummaryReconciles(totals)],
    ["the coupons add up to the discount", sumMinor(totals.coupons.map((coupon) => coupon.discountMinor)) === totals.discountMinor],
    ["0 ≤ credit applied ≤ total and amount due = total − credit applied", totals.creditAppliedMinor >= 0n && totals.creditAppliedMinor <= totals.totalMinor && totals.amountDueMinor === totals.totalMinor - totals.creditAppliedMinor],
  ];
  const broken = rules.filter(([, holds]) => !holds).map(([rule]) => rule);
  if (broken.length > 0) {
    throw new BillingError("invoice_invariant_violated", `Invoice totals do not reconcile: ${broken.join("; ")}.`, { broken });
  }
}

function taxSummaryReconciles({ lines, taxSummary }: InvoiceTotals): boolean {
  const fromLines = new Map<string, bigint>();
  for (const { rateId, taxMinor } of lines.flatMap((line) => line.taxes)) fromLines.set(rateId, (fromLines.get(rateId) ?? 0n) + taxMinor);
  return taxSummary.length === fromLines.size && taxSummary.every((entry) => fromLines.get(entry.rateId) === entry.taxMinor);
}
