import "server-only";
import type { ChangePlanInput, SubscriptionDto } from "../../schemas/subscription";
import type { Ctx } from "../context";
import { assertItemsChangeable, billImmediateChange, changeSubscription } from "./lifecycle";
import { targetPlan } from "./plan-target";
import { replaceItems, schedulePlanChange } from "./scheduled-changes";

/**
 * Moves the subscription to another plan (upgrade or downgrade, in its family or across) with the
 * same currency and billing interval: now (old items close, new ones open priced for the customer;
 * with `prorate`, unused time is credited and the rest of the period charged), or at period end
 * (a cancellable scheduled change that replaces a pending one).
 */
export async function changePlan(ctx: Ctx, subscriptionId: string, input: ChangePlanInput): Promise<SubscriptionDto> {
  return changeSubscription(ctx, subscriptionId, input.when === "now" ? "change_plan" : "schedule_plan_change", async (frame) => {
    assertItemsChangeable(frame.subscription);
    const target = await targetPlan(frame.tx, frame.subscription, input);
    if (input.when === "period_end") return schedulePlanChange(frame, target, "plan_change_scheduled");
    const { closedItemIds, openedItemIds, details } = await replaceItems(frame, target, "plan_changed", { prorate: input.prorate });
    await billImmediateChange(frame, { closedItemIds, openedItemIds, prorate: input.prorate });
    return details;
  });
}
