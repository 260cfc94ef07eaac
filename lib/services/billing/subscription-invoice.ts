import "server-only";
import { couponAppliesInPeriod, type Coupon } from "../../billing/discounts";
import { allocate } from "../../billing/allocate";
import { toDec } from "../../billing/decimal";
import { buildInvoiceDraft, type InvoiceDraft, type UsageAggregate } from "../../billing/invoicing";
import { money, toMajorString } from "../../billing/money";
import { periodAt, periodByIndex, type BillingCycle } from "../../billing/periods";
import type { ProrationMode } from "../../billing/proration";
import { findCouponsByIds, type CouponRow } from "../../db/coupons";
import { listRedemptionsOfSubscriptions, type SubscriptionRow } from "../../db/subscriptions";
import type { Db } from "../../db/types";
import { findUsageItems, type UsageItemRow } from "../../db/usage";
import type { StoredBreakdownRow } from "../../invoices/stored-invoice";
import { toEngineCoupon } from "../coupons/dto";
import type { AssembledLine } from "../invoices/store-invoice";
import { billingCycleOf, toEngineItem } from "../subscriptions/dto";
import { resolveTaxRatesOfCustomers, type ResolvedTaxRates } from "../tax-rates/resolve-customer-tax-rates";
import type { DimensionUsage } from "../usage/period-usage";
import { usageForItems, type PeriodUsageAggregate } from "../usage/subscription-usage";

/** What assembling the invoices of some subscriptions reads, loaded for all of them at once. */
export type AssemblyInputs = {
  taxByCustomer: Map<string, ResolvedTaxRates>;
  usageItemsBySubscription: Map<string, UsageItemRow[]>;
  redemptionsBySubscription: Map<string, { couponId: string; redeemedAt: Date }[]>;
  coupons: Map<string, CouponRow>;
};

export async function loadAssemblyInputs(db: Db, subscriptions: readonly SubscriptionRow[]): Promise<AssemblyInputs> {
  const taxByCustomer = await resolveTaxRatesOfCustomers(db, [...new Set(subscriptions.map((subscription) => subscription.customerId))]);
  const redemptionsBySubscription = await listRedemptionsOfSubscriptions(db, subscriptions.map((subscription) => subscription.id));
  const couponIds = [...new Set([...redemptionsBySubscription.values()].flat().map((redemption) => redemption.couponId))];
  const coupons = new Map((couponIds.length > 0 ? await findCouponsByIds(db, couponIds) : []).map((coupon) => [coupon.id, coupon]));
  const usageItemsBySubscription = new Map<string, UsageItemRow[]>();
  for (const item of await findUsageItems(db, subscriptions.map((subscription) => subscription.id))) {
    usageItemsBySubscription.set(item.subscriptionId, [...(usageItemsBySubscription.get(item.subscriptionId) ?? []), item]);
  }
  return { taxByCustomer, usageItemsBySubscription, redemptionsBySubscription, coupons };
}

/**
 * What the metered items measured over the period the invoice opening `periodIndex` bills in
 * arrears (period `periodIndex − 1`, each item cut to its active span); nothing for period 0.
 */
export async function loadPeriodUsage(db: Db, inputs: AssemblyInputs, subscription: SubscriptionRow, periodIndex: number): Promise<PeriodUsageAggregate[]> {
  const items = inputs.usageItemsBySubscription.get(subscription.id) ?? [];
  if (periodIndex === 0 || items.length === 0) return [];
  const billed = periodByIndex(billingCycleOf(subscription), periodIndex - 1);
  return usageForItems(db, { customerId: subscription.customerId, periodIndex: billed.index, start: billed.start, end: billed.end, items });
}

/**
 * The breakdown rows of a metered line split by the meter's group-by values: each combination's
 * quantity and its share of the line amount (in proportion to quantity, largest remainder, so the
 * shares add up to the line exactly). Informative: the line is rated on the total.
 */
function dimensionRows(currency: string, amountMinor: bigint, dimensions: readonly DimensionUsage[]): StoredBreakdownRow[] {
  const weighted = dimensions.filter((dimension) => toDec(dimension.quantity).gt(0));
  if (weighted.length === 0) return [];
  const shares = allocate(money(amountMinor, currency), weighted.map((dimension) => dimension.quantity));
  return weighted.map((dimension, index) => ({
    description: Object.entries(dimension.values)
      .map(([key, value]) => `${key} = ${value ?? "(none)"}`)
      .join(", "),
    quantity: dimension.quantity,
    amount: toMajorString(shares[index]!),
    dimension: dimension.values,
  }));
}

/**
 * The first period a redemption discounts: a code redeemed when the subscription was created (or
 * before it started) counts from period 0; one redeemed later, from the next period opened after it.
 */
function firstDiscountedPeriod(cycle: BillingCycle, subscription: SubscriptionRow, redeemedAt: Date): number {
  if (redeemedAt <= subscription.createdAt || redeemedAt < cycle.anchor) return 0;
  return periodAt(cycle, redeemedAt).index + 1;
}

/**
 * The subscription's coupons that discount period `periodIndex`, with their names. Each coupon
 * counts its periods from its own redemption; the engine takes one coupon period index for all, so
 * the coupons are filtered here and handed over at index 0, where every duration still applies.
 */
export function couponsForPeriod(inputs: AssemblyInputs, subscription: SubscriptionRow, periodIndex: number) {
  const cycle = billingCycleOf(subscription);
  const coupons: Coupon[] = [];
  const names = new Map<string, string>();
  for (const redemption of inputs.redemptionsBySubscription.get(subscription.id) ?? []) {
    const coupon = inputs.coupons.get(redemption.couponId);
    if (!coupon) continue;
    const since = periodIndex - firstDiscountedPeriod(cycle, subscription, redemption.redeemedAt);
    const engineCoupon = toEngineCoupon(coupon, subscription.currency);
    if (since >= 0 && couponAppliesInPeriod(engineCoupon, since)) {
      coupons.push(engineCoupon);
      names.set(coupon.id, coupon.name);
    }
  }
  return { coupons, names };
}

export type SubscriptionInvoice = { draft: InvoiceDraft; lines: AssembledLine[]; couponNames: Map<string, string> };

export const engineProrationMode = (subscription: Pick<SubscriptionRow, "prorationMode">) => subscription.prorationMode.toLowerCase() as ProrationMode;

/**
 * The invoice that opens period `periodIndex` of a subscription, assembled by the rating engine from
 * the stored items (every span, keyed by item id so a charge changed mid-period bills each span),
 * the coupons that apply to that period, the customer's tax rates and the period's usage.
 */
export function assembleSubscriptionInvoice(
  inputs: AssemblyInputs,
  subscription: SubscriptionRow,
  periodIndex: number,
  usage: readonly PeriodUsageAggregate[] = [],
): SubscriptionInvoice {
  const cycle = billingCycleOf(subscription);
  const tax = inputs.taxByCustomer.get(subscription.customerId);
  if (!tax) throw new Error(`Subscription ${subscription.id}: its customer's tax profile was not loaded.`);
  const items = subscription.items.map((item) => ({ ...toEngineItem(item, subscription.currency), key: item.id }));
  const { coupons, names } = couponsForPeriod(inputs, subscription, periodIndex);
  const draft = buildInvoiceDraft(
    {
      currency: subscription.currency,
      cycle,
      periodIndex,
      prorationMode: engineProrationMode(subscription),
      trialEnd: subscription.trialEnd,
      items,
      usage: usage.map(({ itemId, periodIndex: usagePeriod, quantity, transactions }): UsageAggregate => ({
        itemKey: itemId,
        periodIndex: usagePeriod,
        ...(transactions !== undefined ? { transactions } : { quantity: quantity ?? "0" }),
      })),
      coupons,
      couponPeriodIndex: 0,
      taxRatesByItem: Object.fromEntries(items.map((item) => [item.key, tax.taxRates])),
      customer: tax.customer,
    },
    periodByIndex(cycle, periodIndex).start,
  );
  const itemsById = new Map(subscription.items.map((item) => [item.id, item]));
  const dimensionsByItem = new Map(usage.map((aggregate) => [aggregate.itemId, aggregate.dimensions]));
  const lines = draft.lines.map((line): AssembledLine => {
    const item = itemsById.get(line.itemKey)!;
    const dimensions = dimensionsByItem.get(line.itemKey) ?? [];
    return {
      engineKey: line.key,
      key: item.key,
      description: item.description,
      kind: line.kind,
      chargeId: item.chargeId,
      quantity: line.quantity,
      periodStart: line.periodStart,
      periodEnd: line.periodEnd,
      breakdown: [...line.breakdown, ...dimensionRows(subscription.currency, line.amountMinor, dimensions)],
    };
  });
  return { draft, lines, couponNames: names };
}
