import "server-only";
import { closeSubscriptionItems } from "../../db/subscriptions";
import type { PauseSubscriptionInput, SubscriptionDto } from "../../schemas/subscription";
import type { Ctx } from "../context";
import { billImmediateChange, changeSubscription, openItemsOf, transition } from "./lifecycle";

/**
 * Pauses the whole subscription (Chargebee-like): nothing is billed while paused. Its recurring and
 * usage items close now, and the unused part of the current period's in-advance fees is credited;
 * `resume` reopens the same items at the same prices. One-time items are left alone (already billed).
 */
export async function pauseSubscription(ctx: Ctx, subscriptionId: string, input: PauseSubscriptionInput): Promise<SubscriptionDto> {
  return changeSubscription(ctx, subscriptionId, "pause", async (frame) => {
    const closed = openItemsOf(frame.subscription).filter((item) => item.kind !== "ONE_TIME");
    const closedItemIds = closed.map((item) => item.id);
    const details = { closed_item_ids: closedItemIds, ...(input.reason ? { reason: input.reason } : {}) };
    await transition(frame, { type: "pause" }, details);
    await closeSubscriptionItems(frame.tx, closedItemIds, frame.at);
    await billImmediateChange(frame, { closedItemIds, openedItemIds: [], prorate: true });
    return details;
  });
}
