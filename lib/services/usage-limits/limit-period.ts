// The period a usage limit measures: the current billing period of the customer's billing
// subscription whose usage item prices the meter, else the UTC calendar month; in the customer's
// time (its test clock's when it has one).
import { periodAt } from "../../billing/periods";
import type { Db } from "../../db/types";
import { findBillingSubscriptions, findUsageItems } from "../../db/usage";
import type { UsageLimitPeriodDto } from "../../schemas/usage-limit";
import { clockNow } from "../billing/clock";
import type { Ctx } from "../context";
import { billingCycleOf } from "../subscriptions/dto";

export type LimitPeriod = { start: Date; end: Date; source: UsageLimitPeriodDto["source"]; subscriptionId: string | null };

/** Where a customer's limits are measured from: its time and its periods per meter (loaded once per customer). */
export type CustomerLimitClock = { now: Date; periodOf(meterId: string): LimitPeriod };

export function calendarMonth(at: Date): LimitPeriod {
  const start = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1));
  const end = new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth() + 1, 1));
  return { start, end, source: "calendar_month", subscriptionId: null };
}

export async function customerLimitClock(db: Db, ctx: Ctx, customer: { id: string; testClockId: string | null }): Promise<CustomerLimitClock> {
  const now = await clockNow(db, customer.testClockId, ctx);
  const subscriptions = await findBillingSubscriptions(db, customer.id);
  const items = await findUsageItems(db, subscriptions.map((subscription) => subscription.id));
  const active = items.filter((item) => item.activeFrom.getTime() <= now.getTime() && (item.activeUntil === null || now.getTime() < item.activeUntil.getTime()));
  return {
    now,
    periodOf(meterId) {
      // Subscriptions come oldest id first: with several pricing the meter, the oldest decides.
      const subscription = subscriptions.find((candidate) => candidate.billingAnchor.getTime() <= now.getTime() && active.some((item) => item.subscriptionId === candidate.id && item.meterId === meterId));
      if (!subscription) return calendarMonth(now);
      const period = periodAt(billingCycleOf(subscription), now);
      return { start: period.start, end: period.end, source: "subscription", subscriptionId: subscription.id };
    },
  };
}
