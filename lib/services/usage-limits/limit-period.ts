// The period a usage limit measures: the current billing period of the customer's billing
// subscription whose usage item prices the meter, else the UTC calendar month; in the customer's
// time (its test clock's when it has one). With the period comes the quantity that subscription's
// price of the meter includes, which percentage thresholds are a percentage of.
import { periodAt } from "../../billing/periods";
import { includedQuantity } from "../../billing/pricing/included-quantity";
import type { ChargeModel } from "../../billing/pricing/types";
import type { Db } from "../../db/types";
import { findBillingSubscriptions, findUsageItems } from "../../db/usage";
import type { UsageLimitPeriodDto } from "../../schemas/usage-limit";
import { clockNow } from "../billing/clock";
import type { Ctx } from "../context";
import { billingCycleOf } from "../subscriptions/dto";

export type LimitPeriod = { start: Date; end: Date; source: UsageLimitPeriodDto["source"]; subscriptionId: string | null; includedQuantity: string | null };

/** Where a customer's limits are measured from: its time and its periods per meter (loaded once per customer). */
export type CustomerLimitClock = { now: Date; periodOf(meterId: string): LimitPeriod };

export function calendarMonth(at: Date): LimitPeriod {
  const start = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1));
  const end = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 1));
  return { start, end, source: "calendar_month", subscriptionId: null, includedQuantity: null };
}

export async function customerLimitClock(db: Db, ctx: Ctx, customer: { id: string; testClockId: string | null }): Promise<CustomerLimitClock> {
  const now = await clockNow(db, customer.testClockId, ctx);
  const subscriptions = await findBillingSubscriptions(db, customer.id);
  const items = await findUsageItems(db, subscriptions.map((subscription) => subscription.id));
  const active = items.filter((item) => item.activeFrom.getTime() <= now.getTime() && (item.activeUntil === null || now.getTime() < item.activeUntil.getTime()));
  return {
    now,
    periodOf(meterId) {
      // Subscriptions come oldest id first: with several pricing the meter, the oldest decides (and
      // its first item pricing the meter, should it have several, says what is included).
      const pricing = (subscriptionId: string) => active.find((item) => item.subscriptionId === subscriptionId && item.meterId === meterId);
      const subscription = subscriptions.find((candidate) => candidate.billingAnchor.getTime() <= now.getTime() && pricing(candidate.id));
      if (!subscription) return calendarMonth(now);
      const period = periodAt(billingCycleOf(subscription), now);
      const included = includedQuantity(pricing(subscription.id)!.properties as ChargeModel);
      return { start: period.start, end: period.end, source: "subscription", subscriptionId: subscription.id, includedQuantity: included };
    },
  };
}
