import "server-only";
import { couponAppliesInPeriod, type Coupon } from "../../billing/discounts";
import { buildInvoiceDraft, type InvoiceDraft, type UsageAggregate } from "../../billing/invoicing";
import { periodAt, periodByIndex, type BillingCycle } from "../../billing/periods";
import type { ProrationMode } from "../../billing/proration";
import { findCouponById } from "../../db/coupons";
import { listSubscriptionRedemptions, type SubscriptionRow } from "../../db/subscriptions";
import type { Db } from "../../db/types";
import { toEngineCoupon } from "../coupons/dto";
import type { AssembledLine } from "../invoices/store-invoice";
import { billingCycleOf, toEngineItem } from "../subscriptions/dto";
import { resolveCustomerTaxRates } from "../tax-rates/resolve-customer-tax-rates";

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
export async function couponsForPeriod(db: Db, subscription: SubscriptionRow, cycle: BillingCycle, periodIndex: number) {
  const coupons: Coupon[] = [];
  const names = new Map<string, string>();
  for (const redemption of await listSubscriptionRedemptions(db, subscription.id)) {
    const coupon = await findCouponById(db, redemption.couponId);
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
export async function assembleSubscriptionInvoice(
  db: Db,
  subscription: SubscriptionRow,
  periodIndex: number,
  usage: readonly UsageAggregate[] = [],
): Promise<SubscriptionInvoice> {
  const cycle = billingCycleOf(subscription);
  const { taxRates, customer } = await resolveCustomerTaxRates(db, subscription.customerId);
  const items = subscription.items.map((item) => ({ ...toEngineItem(item, subscription.currency), key: item.id }));
  const { coupons, names } = await couponsForPeriod(db, subscription, cycle, periodIndex);
  const draft = buildInvoiceDraft(
    {
      currency: subscription.currency,
      cycle,
      periodIndex,
      prorationMode: engineProrationMode(subscription),
      trialEnd: subscription.trialEnd,
      items,
      usage,
      coupons,
      couponPeriodIndex: 0,
      taxRatesByItem: Object.fromEntries(items.map((item) => [item.key, taxRates])),
      customer,
    },
    periodByIndex(cycle, periodIndex).start,
  );
  const itemsById = new Map(subscription.items.map((item) => [item.id, item]));
  const lines = draft.lines.map((line): AssembledLine => {
    const item = itemsById.get(line.itemKey)!;
    return {
      engineKey: line.key,
      key: item.key,
      description: item.description,
      kind: line.kind,
      chargeId: item.chargeId,
      quantity: line.quantity,
      periodStart: line.periodStart,
      periodEnd: line.periodEnd,
      breakdown: line.breakdown,
    };
  });
  return { draft, lines, couponNames: names };
}
