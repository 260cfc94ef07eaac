import "server-only";
import { applyCoupons } from "../../billing/discounts";
import { computeInvoiceTotals, type InvoiceLineInput } from "../../billing/invoice-totals";
import { buildInvoiceDraft, type InvoiceDraftLine, type SubscriptionItem } from "../../billing/invoicing";
import { periodAt, periodByIndex } from "../../billing/periods";
import { effectiveCustomerSettings } from "../../customers/effective-settings";
import { findCustomerById } from "../../db/customers";
import { findSubscriptionById, type SubscriptionItemRow, type SubscriptionRow } from "../../db/subscriptions";
import type { Db } from "../../db/types";
import type { Ctx } from "../context";
import { finalizeInvoiceInTx } from "../invoices/finalize-invoice";
import { storeInvoice, type AssembledLine } from "../invoices/store-invoice";
import { billingCycleOf, toEngineItem } from "../subscriptions/dto";
import { couponsForPeriod, engineProrationMode, loadAssemblyInputs } from "./subscription-invoice";

export type ImmediateChange = {
  subscriptionId: string;
  /** Items the change closed at `at` (their activeUntil is already `at`). */
  closedItemIds: readonly string[];
  /** Items the change opened at `at`. */
  openedItemIds: readonly string[];
  at: Date;
  /** false: the rest of the current period is neither credited nor charged. */
  prorate: boolean;
};

const CREDIT_PREFIX = "credit:";
const prorated = (item: SubscriptionItemRow) => item.kind === "RECURRING" && item.timing === "IN_ADVANCE";
const dateOnly = (date: Date) => date.toISOString().slice(0, 10);

/**
 * The proration invoice of a change made inside a period that was already invoiced in advance
 * (Stripe's "always invoice"): unused time of each closed in-advance item is credited and the rest
 * of the period of each opened one is charged, both by the rating engine over [at, period end) with
 * the cycle's proration mode (a trial part is neither). Percent coupons of the period discount both
 * sides alike, so a discounted subscriber gets back what was actually paid; fixed-amount coupons
 * were spent on the period's invoice and are not applied again. In-arrears fees and usage need no
 * invoice now: the period's closing invoice bills each item over its own span.
 *
 * Finalized at once; a net credit (a downgrade, a cancellation) goes to the customer's balance.
 * Returns the invoice id, or null when there is nothing to invoice.
 */
export async function invoiceImmediateChange(tx: Db, ctx: Ctx, change: ImmediateChange): Promise<string | null> {
  if (!change.prorate) return null;
  const subscription = (await findSubscriptionById(tx, change.subscriptionId))!;
  const cycle = billingCycleOf(subscription);
  if (change.at < cycle.anchor) return null;
  const period = periodAt(cycle, change.at);
  // Not invoiced yet: the period's own invoice bills each item over its span.
  if (period.index >= subscription.nextPeriodIndex) return null;

  const byId = new Map(subscription.items.map((item) => [item.id, item]));
  const pick = (ids: readonly string[]) => ids.map((id) => byId.get(id)!).filter(prorated);
  const credited = pick(change.closedItemIds).map((item): SubscriptionItem => ({ ...engineItem(subscription, item), key: CREDIT_PREFIX + item.id, activeFrom: change.at, activeUntil: null }));
  const charged = pick(change.openedItemIds).map((item) => engineItem(subscription, item));
  if (credited.length + charged.length === 0) return null;

  const inputs = await loadAssemblyInputs(tx, [subscription]);
  const { taxRates, customer: taxCustomer } = inputs.taxByCustomer.get(subscription.customerId)!;
  const rated = buildInvoiceDraft(
    {
      currency: subscription.currency,
      cycle,
      periodIndex: period.index,
      prorationMode: engineProrationMode(subscription),
      trialEnd: subscription.trialEnd,
      items: [...credited, ...charged],
      usage: [],
      coupons: [],
      couponPeriodIndex: 0,
      taxRatesByItem: {},
      customer: taxCustomer,
    },
    periodByIndex(cycle, period.index).start,
  ).lines;
  if (rated.length === 0) return null;

  const { coupons, names } = couponsForPeriod(inputs, subscription, period.index);
  const percentCoupons = coupons.filter((coupon) => coupon.kind === "percent");
  const credits = rated.filter((line) => line.key.startsWith(CREDIT_PREFIX));
  const netCredits = new Map(applyCoupons(subscription.currency, credits, percentCoupons, 0).lines.map((line) => [line.key, line.netMinor]));
  const totalsLines: InvoiceLineInput[] = rated.map((line) => ({
    key: line.key,
    description: line.description,
    amountMinor: netCredits.has(line.key) ? -netCredits.get(line.key)! : line.amountMinor,
    taxRates,
  }));
  const totals = computeInvoiceTotals({ currency: subscription.currency, lines: totalsLines, coupons: percentCoupons, couponPeriodIndex: 0, customer: taxCustomer });

  const customer = (await findCustomerById(tx, subscription.customerId))!;
  const invoiceId = (await storeInvoice(tx, {
    customerId: subscription.customerId,
    subscriptionId: subscription.id,
    billingKey: null,
    reason: "SUBSCRIPTION_UPDATE",
    period: { index: period.index, start: period.start, end: period.end },
    currency: subscription.currency,
    lines: rated.map((line) => assembledLine(line, byId, period.end)),
    totals,
    couponNames: names,
    locale: effectiveCustomerSettings(customer, customer.group).locale,
    issuedAt: change.at,
    autoFinalizeAt: null,
    testClockId: subscription.testClockId,
  }))!;
  await finalizeInvoiceInTx(tx, ctx, invoiceId, change.at);
  return invoiceId;
}

function engineItem(subscription: SubscriptionRow, item: SubscriptionItemRow): SubscriptionItem {
  return { ...toEngineItem(item, subscription.currency), key: item.id };
}

function assembledLine(line: InvoiceDraftLine, byId: ReadonlyMap<string, SubscriptionItemRow>, periodEnd: Date): AssembledLine {
  const isCredit = line.key.startsWith(CREDIT_PREFIX);
  const item = byId.get(isCredit ? line.key.slice(CREDIT_PREFIX.length) : line.key)!;
  const span = `${dateOnly(line.periodStart)} – ${dateOnly(periodEnd)}`;
  return {
    engineKey: line.key,
    key: item.key,
    description: isCredit ? `Unused time on ${item.description} (${span})` : `Remaining time on ${item.description} (${span})`,
    kind: line.kind,
    chargeId: item.chargeId,
    quantity: line.quantity,
    periodStart: line.periodStart,
    periodEnd: line.periodEnd,
    breakdown: line.breakdown,
  };
}
