import "server-only";
import { insertSubscriptionItems, listSubscriptionEvents } from "../../db/subscriptions";
import type { SubscriptionDto } from "../../schemas/subscription";
import type { Ctx } from "../context";
import { billImmediateChange, changeSubscription, reopenedItem, transition } from "./lifecycle";

/**
 * Resumes a paused subscription in the status it was paused from: the items the pause closed
 * reopen now at their prices, and the rest of the current period is charged.
 */
export async function resumeSubscription(ctx: Ctx, subscriptionId: string): Promise<SubscriptionDto> {
  return changeSubscription(ctx, subscriptionId, "resume", async (frame) => {
    const [pause] = await listSubscriptionEvents(frame.tx, frame.subscription.id, { limit: 1, types: ["pause"] });
    const pausedItemIds = new Set(((pause?.details as { closed_item_ids?: string[] } | null)?.closed_item_ids ?? []));
    const reopened = frame.subscription.items.filter((item) => pausedItemIds.has(item.id)).map((item) => reopenedItem(item, frame.at, frame.ctx.now));
    const details = { opened_item_ids: reopened.map((item) => item.id) };
    await transition(frame, { type: "resume" }, details);
    await insertSubscriptionItems(frame.tx, frame.subscription.id, reopened, frame.ctx.now);
    await billImmediateChange(frame, { closedItemIds: [], openedItemIds: details.opened_item_ids, prorate: true });
    return details;
  });
}
