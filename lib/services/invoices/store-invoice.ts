import "server-only";
import type { InvoiceTotals } from "../../billing/invoice-totals";
import { sumMinor } from "../../billing/money";
import { insertInvoices, type InvoiceLineData, type InvoiceRecord } from "../../db/invoices";
import type { InvoiceReason } from "../../db/generated/enums";
import type { Db } from "../../db/types";
import { createId } from "../../ids";
import type { InvoiceSummary, StoredBreakdownRow, StoredLineTax } from "../../invoices/stored-invoice";

/** One assembled line; `engineKey` is its key in `totals` (unique per invoice), `key` the charge key shown. */
export type AssembledLine = {
  engineKey: string;
  key: string;
  description: string;
  kind: string;
  chargeId: string | null;
  quantity: string;
  periodStart: Date | null;
  periodEnd: Date | null;
  breakdown: readonly StoredBreakdownRow[];
};

export type StoreInvoiceInput = {
  customerId: string;
  subscriptionId: string | null;
  /** Unique (billing-run idempotency): a second invoice with the same key fails to insert. */
  billingKey: string | null;
  reason: InvoiceReason;
  period: { index: number; start: Date; end: Date } | null;
  currency: string;
  lines: readonly AssembledLine[];
  totals: InvoiceTotals;
  couponNames: ReadonlyMap<string, string>;
  locale: string;
  memo?: string | null;
  issuedAt: Date;
  /** Finalized automatically at this time (the review grace period); null: the caller finalizes. */
  autoFinalizeAt: Date | null;
  testClockId: string | null;
};

/** A flat or per-unit line shows its unit price; tiered and package lines show their breakdown instead. */
function unitAmountOf(breakdown: readonly StoredBreakdownRow[]): string | null {
  const rated = breakdown.filter((row) => row.dimension === undefined);
  return rated.length === 1 ? (rated[0]!.unitPrice ?? null) : null;
}

function summaryOf(totals: InvoiceTotals, couponNames: ReadonlyMap<string, string>): InvoiceSummary {
  return {
    tax_summary: totals.taxSummary.map((entry) => ({
      rate_id: entry.rateId,
      name: entry.name,
      percent: entry.percent,
      inclusive: entry.inclusive,
      taxable_base_minor: entry.taxableBaseMinor.toString(),
      tax_minor: entry.taxMinor.toString(),
    })),
    coupons: totals.coupons
      .filter((applied) => applied.discountMinor > 0n)
      .map((applied) => ({ coupon_id: applied.couponId, name: couponNames.get(applied.couponId) ?? applied.couponId, discount_minor: applied.discountMinor.toString() })),
    notes: totals.notes,
  };
}

/**
 * An assembled invoice as a draft row with its lines, amounts exactly as the engine computed them.
 * The total is the sum of the line totals, so a net credit (e.g. a downgrade's unused time) gives a
 * negative total, which finalization moves to the customer's balance.
 */
export function draftInvoiceRecord(input: StoreInvoiceInput): InvoiceRecord {
  const id = createId("invoice", input.issuedAt.getTime());
  const totalsByKey = new Map(input.totals.lines.map((line) => [line.key, line]));
  const lines: InvoiceLineData[] = input.lines.map((line, position) => {
    const totals = totalsByKey.get(line.engineKey);
    if (!totals) throw new Error(`Invoice line ${line.engineKey} has no totals.`);
    const taxes: StoredLineTax[] = totals.taxes.map((tax) => ({ rate_id: tax.rateId, tax_minor: tax.taxMinor.toString() }));
    return {
      id: createId("invoiceLine", input.issuedAt.getTime()),
      position,
      key: line.key,
      description: line.description,
      kind: line.kind,
      chargeId: line.chargeId,
      quantity: line.quantity,
      unitAmount: unitAmountOf(line.breakdown),
      amountMinor: totals.amountMinor,
      discountMinor: totals.discountMinor,
      taxMinor: totals.taxMinor,
      totalMinor: totals.totalMinor,
      taxInclusive: totals.taxInclusive,
      periodStart: line.periodStart,
      periodEnd: line.periodEnd,
      breakdown: line.breakdown.map((entry) => ({ ...entry })),
      taxes,
    };
  });
  const totalMinor = sumMinor(lines.map((line) => line.totalMinor));
  return {
    lines,
    data: {
      id,
      customerId: input.customerId,
      subscriptionId: input.subscriptionId,
      billingKey: input.billingKey,
      reason: input.reason,
      periodIndex: input.period?.index ?? null,
      periodStart: input.period?.start ?? null,
      periodEnd: input.period?.end ?? null,
      currency: input.currency,
      subtotalMinor: input.totals.subtotalMinor,
      discountMinor: input.totals.discountMinor,
      taxMinor: input.totals.taxMinor,
      inclusiveTaxMinor: input.totals.inclusiveTaxMinor,
      totalMinor,
      // A net credit is owed to the customer, not due from them: finalization moves it to the balance.
      creditAppliedMinor: totalMinor < 0n ? totalMinor : 0n,
      amountDueMinor: totalMinor < 0n ? 0n : totalMinor,
      summary: summaryOf(input.totals, input.couponNames),
      locale: input.locale,
      memo: input.memo ?? null,
      issuedAt: input.issuedAt,
      autoFinalizeAt: input.autoFinalizeAt,
      testClockId: input.testClockId,
    },
  };
}

/** Stores an assembled invoice as a draft; returns its id. */
export async function storeInvoice(tx: Db, input: StoreInvoiceInput): Promise<string> {
  const record = draftInvoiceRecord(input);
  await insertInvoices(tx, [record]);
  return record.data.id;
}
