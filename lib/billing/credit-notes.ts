/**
 * Credit note arithmetic: the tax of a partial credit on an invoice line, and how a credit note's
 * total is settled against its invoice. Rules and worked examples: docs/invoices.md.
 */
import { BillingError } from "./errors";
import { roundQuotientMinor } from "./rounding";

export type CreditableLine = {
  /** The line's amount after discount (tax-inclusive when its tax is inclusive): the most that can be credited. */
  netMinor: bigint;
  /** The tax charged on the line (all rates). */
  taxMinor: bigint;
  /** Already credited on this line by earlier credit notes, and the tax they credited. */
  creditedMinor: bigint;
  creditedTaxMinor: bigint;
};

export const creditableMinor = (line: CreditableLine): bigint => (line.netMinor > line.creditedMinor ? line.netMinor - line.creditedMinor : 0n);

/**
 * The tax credited with `amountMinor` of a line: the line's tax in proportion to the amount
 * credited so far, rounded half-up once on the cumulative amount, minus the tax earlier credit notes
 * already credited. Rounding the cumulative share (not each note's own share) makes successive
 * partial credits telescope, so crediting a line in full, in any number of notes, returns exactly
 * the tax it charged: 3 × 33.33 % of a 100.00 line with 20.00 tax credits 6.67, 6.66, 6.67.
 */
export function creditLineTax(line: CreditableLine, amountMinor: bigint): bigint {
  if (amountMinor <= 0n || amountMinor > creditableMinor(line)) {
    throw new BillingError("invalid_amount", `The credit must be between 1 and ${creditableMinor(line)} minor units (got ${amountMinor}).`, {
      amountMinor: amountMinor.toString(),
    });
  }
  const cumulativeTax = roundQuotientMinor(line.taxMinor * (line.creditedMinor + amountMinor), line.netMinor);
  return cumulativeTax - line.creditedTaxMinor;
}

export type CreditSettlementMode = "credit_balance" | "refund";

export type CreditSettlement = {
  /** Lowers the invoice's amount due (no money moves): the unpaid part of the invoice comes first. */
  reducesDueMinor: bigint;
  /** Paid back to the customer (a negative payment); the invoice's amount paid and due drop by it. */
  refundMinor: bigint;
  /** Added to the customer's credit balance. */
  toBalanceMinor: bigint;
};

/**
 * Splits a credit note's total (Stripe's pre-/post-payment semantics): first it lowers what is
 * still unpaid; the rest was already settled (paid, or covered by credit balance) and goes back to
 * the customer, refunded up to what they paid when `refund` is asked, else (and beyond that) as
 * credit balance. The parts always sum to the total.
 */
export function settleCredit(input: { totalMinor: bigint; amountDueMinor: bigint; amountPaidMinor: bigint; mode: CreditSettlementMode }): CreditSettlement {
  const { totalMinor, amountDueMinor, amountPaidMinor, mode } = input;
  if (totalMinor <= 0n) throw new BillingError("invalid_amount", `A credit note total must be positive (got ${totalMinor}).`);
  const unpaid = amountDueMinor - amountPaidMinor;
  const reducesDueMinor = totalMinor < unpaid ? totalMinor : unpaid > 0n ? unpaid : 0n;
  const settled = totalMinor - reducesDueMinor;
  const refundMinor = mode === "refund" ? (settled < amountPaidMinor ? settled : amountPaidMinor) : 0n;
  return { reducesDueMinor, refundMinor, toBalanceMinor: settled - refundMinor };
}
