import "server-only";
import { couponAppliesInPeriod, type Coupon } from "../../billing/discounts";
import { buildInvoiceDraft, type InvoiceDraft } from "../../billing/invoicing";
import { periodAt, periodByIndex, type BillingCycle } from "../../billing/periods";
import { prisma } from "../../db/client";
import { findCouponById } from "../../db/coupons";
import { listSubscriptionRedemptions, type SubscriptionRow } from "../../db/subscriptions";
import type { Db } from "../../db/types";
import { AppError } from "../../errors";
import { isoDate } from "../../schemas/common";
import type { UpcomingInvoiceDto } from "../../schemas/subscription";
import type { Ctx } from "../context";
import { toEngineCoupon } from "../coupons/dto";
import { resolveCustomerTaxRates } from "../tax-rates/resolve-customer-tax-rates";
import { billingCycleOf, toEngineItem } from "./dto";
import { findSubscriptionOrThrow } from "./get-subscription";

/**
 * The first period a redemption discounts: a code redeemed when the subscription was created (or
 * before it started) counts from period 0; one redeemed later, from the next period opened after it.
 */
function firstDiscountedPeriod(cycle: BillingCycle, subscription: SubscriptionRow, redeemedAt: Date): number {
  if (redeemedAt <= subscription.createdAt || redeemedAt < cycle.anchor) return 0;
  return periodAt(cycle, redeemedAt).index + 1;
}

/**
 * The subscription's coupons that discount period `periodIndex`. Each coupon counts its periods
 * from its own redemption; the engine takes one coupon period index for all, so the coupons are
 * filtered here and handed over at index 0, where every duration still applies.
 */
async function couponsForPeriod(db: Db, subscription: SubscriptionRow, cycle: BillingCycle, periodIndex: number): Promise<Coupon[]> {
  const coupons: Coupon[] = [];
  for (const redemption of await listSubscriptionRedemptions(db, subscription.id)) {
    const coupon = await findCouponById(db, redemption.couponId);
    if (!coupon) continue;
    const since = periodIndex - firstDiscountedPeriod(cycle, subscription, redemption.redeemedAt);
    const engineCoupon = toEngineCoupon(coupon, subscription.currency);
    if (since >= 0 && couponAppliesInPeriod(engineCoupon, since)) coupons.push(engineCoupon);
  }
  return coupons;
}

function toUpcomingInvoiceDto(subscription: SubscriptionRow, draft: InvoiceDraft): UpcomingInvoiceDto {
  const totalsByKey = new Map(draft.totals.lines.map((line) => [line.key, line]));
  return {
    object: "upcoming_invoice",
    subscription_id: subscription.id,
    customer_id: subscription.customerId,
    currency: draft.currency,
    period_index: draft.periodIndex,
    period_start: isoDate(draft.periodStart),
    period_end: isoDate(draft.periodEnd),
    lines: draft.lines.map((line) => {
      const totals = totalsByKey.get(line.key)!;
      return {
        key: line.key,
        description: line.description,
        kind: line.kind,
        period_start: isoDate(line.periodStart),
        period_end: isoDate(line.periodEnd),
        quantity: line.quantity,
        amount: Number(totals.amountMinor),
        discount: Number(totals.discountMinor),
        tax: Number(totals.taxMinor),
        total: Number(totals.totalMinor),
        breakdown: line.breakdown.map(({ description, quantity, unitPrice, amount }) => ({
          description,
          quantity,
          ...(unitPrice !== undefined ? { unit_price: unitPrice } : {}),
          amount,
        })),
      };
    }),
    subtotal: Number(draft.totals.subtotalMinor),
    discount: Number(draft.totals.discountMinor),
    tax: Number(draft.totals.taxMinor),
    total: Number(draft.totals.totalMinor),
    amount_due: Number(draft.totals.amountDueMinor),
    notes: draft.totals.notes,
  };
}

/**
 * The invoice the next billing run would create: the one opening period `nextPeriodIndex`, from the
 * stored items, the subscription's coupons and the customer's tax rates. Usage is not metered yet,
 * so usage lines are absent. Nothing is stored.
 */
export async function previewUpcomingInvoice(_ctx: Ctx, subscriptionId: string): Promise<UpcomingInvoiceDto> {
  const db = prisma();
  const subscription = await findSubscriptionOrThrow(db, subscriptionId);
  if (subscription.nextBillingAt === null) throw new AppError("invalid_state", "This subscription bills nothing more: it has no upcoming invoice.");
  const cycle = billingCycleOf(subscription);
  const periodIndex = subscription.nextPeriodIndex;
  const { taxRates, customer } = await resolveCustomerTaxRates(db, subscription.customerId);
  const items = subscription.items.map((item) => toEngineItem(item, subscription.currency));
  const draft = buildInvoiceDraft(
    {
      currency: subscription.currency,
      cycle,
      periodIndex,
      prorationMode: subscription.prorationMode.toLowerCase() as Parameters<typeof buildInvoiceDraft>[0]["prorationMode"],
      trialEnd: subscription.trialEnd,
      items,
      usage: [],
      coupons: await couponsForPeriod(db, subscription, cycle, periodIndex),
      couponPeriodIndex: 0,
      taxRatesByItem: Object.fromEntries(items.map((item) => [item.key, taxRates])),
      customer,
    },
    periodByIndex(cycle, periodIndex).start,
  );
  return toUpcomingInvoiceDto(subscription, draft);
}
