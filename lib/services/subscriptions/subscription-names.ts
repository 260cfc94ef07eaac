import "server-only";
import { prisma } from "../../db/client";
import { findNames } from "../../db/subscriptions";
import type { SubscriptionDto } from "../../schemas/subscription";
import type { Ctx } from "../context";

export type SubscriptionNames = { customers: Record<string, string>; plans: Record<string, string> };

/** The customer and plan names of some subscriptions, by id (for the console's tables and headers). */
export async function getSubscriptionNames(_ctx: Ctx, subscriptions: Pick<SubscriptionDto, "customer_id" | "plan_id">[]): Promise<SubscriptionNames> {
  const { customers, plans } = await findNames(prisma(), {
    customerIds: [...new Set(subscriptions.map((row) => row.customer_id))],
    planIds: [...new Set(subscriptions.map((row) => row.plan_id))],
  });
  return {
    customers: Object.fromEntries(customers.map((customer) => [customer.id, customer.name])),
    plans: Object.fromEntries(plans.map((plan) => [plan.id, plan.name])),
  };
}
