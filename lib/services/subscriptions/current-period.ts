import "server-only";
import { periodAt } from "../../billing/periods";
import { prisma } from "../../db/client";
import { subscriptionNow } from "../billing/clock";
import type { Ctx } from "../context";
import { billingCycleOf } from "./dto";
import { findSubscriptionOrThrow } from "./get-subscription";

export type CurrentPeriod = { index: number; start: string; end: string };

/** The billing period the subscription is in now (its first one before it starts); null once it ended. */
export async function getCurrentPeriod(ctx: Ctx, subscriptionId: string): Promise<CurrentPeriod | null> {
  const db = prisma();
  const subscription = await findSubscriptionOrThrow(db, subscriptionId);
  if (subscription.endedAt) return null;
  const now = await subscriptionNow(db, subscription, ctx);
  const period = periodAt(billingCycleOf(subscription), now < subscription.billingAnchor ? subscription.billingAnchor : now);
  return { index: period.index, start: period.start.toISOString(), end: period.end.toISOString() };
}
