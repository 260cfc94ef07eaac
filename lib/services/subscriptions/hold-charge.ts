import "server-only";
import { closeSubscriptionItems, insertSubscriptionItems, listSubscriptionEvents } from "../../db/subscriptions";
import type { Db } from "../../db/types";
import { AppError } from "../../errors";
import type { ItemChangeInput, SubscriptionDto } from "../../schemas/subscription";
import type { Ctx } from "../context";
import { assertItemsChangeable, billImmediateChange, changeSubscription, openItemByKey, recordEvent, reopenedItem } from "./lifecycle";

type HoldDetails = { key: string; item_id: string };

/**
 * The charges on hold, by key, with the item each hold closed: the timeline's `charge_held` events
 * not followed by a `charge_resumed` (or by a plan change, which reopens every charge).
 */
export async function heldCharges(db: Db, subscriptionId: string): Promise<Map<string, string>> {
  const events = await listSubscriptionEvents(db, subscriptionId, { types: ["charge_held", "charge_resumed", "plan_changed"] });
  const held = new Map<string, string>();
  for (const event of events.reverse()) {
    const details = event.details as HoldDetails;
    if (event.type === "charge_held") held.set(details.key, details.item_id);
    else if (event.type === "charge_resumed") held.delete(details.key);
    else held.clear();
  }
  return held;
}

/** Holds one charge (Upodi "hold subscription charge"): its item closes now and bills nothing until resumed. */
export async function holdCharge(ctx: Ctx, subscriptionId: string, key: string, input: ItemChangeInput): Promise<SubscriptionDto> {
  return changeSubscription(ctx, subscriptionId, "hold_charge", async (frame) => {
    assertItemsChangeable(frame.subscription);
    const item = openItemByKey(frame.subscription, key);
    if (item.kind === "ONE_TIME") throw new AppError("unprocessable", `'${key}' is a one-time charge: there is nothing recurring to hold.`, { param: "key" });
    await closeSubscriptionItems(frame.tx, [item.id], frame.at);
    const details = { key, item_id: item.id, prorate: input.prorate };
    await recordEvent(frame, "charge_held", details);
    await billImmediateChange(frame, { closedItemIds: [item.id], openedItemIds: [], prorate: input.prorate });
    return details;
  });
}

/** Resumes a held charge: its item reopens now at the same price and quantity. */
export async function resumeCharge(ctx: Ctx, subscriptionId: string, key: string, input: ItemChangeInput): Promise<SubscriptionDto> {
  return changeSubscription(ctx, subscriptionId, "resume_charge", async (frame) => {
    assertItemsChangeable(frame.subscription);
    const heldItemId = (await heldCharges(frame.tx, frame.subscription.id)).get(key);
    const heldItem = frame.subscription.items.find((item) => item.id === heldItemId);
    if (!heldItem) throw new AppError("invalid_state", `The charge '${key}' is not on hold.`, { param: "key" });
    const reopened = reopenedItem(heldItem, frame.at, ctx.now);
    await insertSubscriptionItems(frame.tx, frame.subscription.id, [reopened], ctx.now);
    const details = { key, item_id: reopened.id, prorate: input.prorate };
    await recordEvent(frame, "charge_resumed", details);
    await billImmediateChange(frame, { closedItemIds: [], openedItemIds: [reopened.id], prorate: input.prorate });
    return details;
  });
}
