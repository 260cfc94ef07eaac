import "server-only";
import { findPlanVersionById, type PlanVersionRow } from "../../db/plans";
import { closeSubscriptionItems, insertSubscriptionItems, type SubscriptionRow } from "../../db/subscriptions";
import type { Db } from "../../db/types";
import { AppError } from "../../errors";
import type { AddAddOnInput, ItemChangeInput, SubscriptionDto } from "../../schemas/subscription";
import type { Ctx } from "../context";
import { decimalText } from "../plans/dto";
import { heldCharges } from "./hold-charge";
import { assertItemsChangeable, billImmediateChange, changeSubscription, openItemByKey, openItemsOf, recordEvent } from "./lifecycle";
import { openItems, takesQuantity } from "./plan-items";

const unprocessable = (param: string, message: string) => new AppError("unprocessable", message, { param });

async function versionOf(tx: Db, subscription: SubscriptionRow): Promise<PlanVersionRow> {
  const version = await findPlanVersionById(tx, subscription.planVersionId);
  if (!version) throw new Error(`Plan version ${subscription.planVersionId} of subscription ${subscription.id} is missing.`);
  return version;
}

/** Adds one of the plan version's add-on charges now, priced for the customer; the rest of the period is charged. */
export async function addAddOn(ctx: Ctx, subscriptionId: string, input: AddAddOnInput): Promise<SubscriptionDto> {
  return changeSubscription(ctx, subscriptionId, "add_add_on", async (frame) => {
    const { subscription } = frame;
    assertItemsChangeable(subscription);
    const version = await versionOf(frame.tx, subscription);
    const charge = version.charges.find((candidate) => candidate.key === input.key);
    if (!charge?.addOn) throw unprocessable("key", charge ? `The charge '${input.key}' is not an add-on; it is always included.` : `The plan has no charge '${input.key}'.`);
    if (openItemsOf(subscription).some((item) => item.key === input.key)) throw unprocessable("key", `The add-on '${input.key}' is already on the subscription.`);
    if ((await heldCharges(frame.tx, subscription.id)).has(input.key)) throw unprocessable("key", `The add-on '${input.key}' is held; resume it instead.`);
    if (input.quantity !== undefined && !takesQuantity(charge)) throw unprocessable("quantity", `The add-on '${input.key}' is not per unit or per seat; it takes no quantity.`);
    const [item] = await openItems(frame.tx, {
      version,
      charges: [{ charge, quantity: input.quantity ?? decimalText(charge.defaultQuantity) }],
      currency: subscription.currency,
      customerId: subscription.customerId,
      at: frame.at,
      now: ctx.now,
    });
    await insertSubscriptionItems(frame.tx, subscription.id, [item!], ctx.now);
    const details = { key: input.key, item_id: item!.id, quantity: item!.quantity, prorate: input.prorate };
    await recordEvent(frame, "add_on_added", details);
    await billImmediateChange(frame, { closedItemIds: [], openedItemIds: [item!.id], prorate: input.prorate });
    return details;
  });
}

/** Removes an add-on now; with `prorate`, its unused time is credited. */
export async function removeAddOn(ctx: Ctx, subscriptionId: string, key: string, input: ItemChangeInput): Promise<SubscriptionDto> {
  return changeSubscription(ctx, subscriptionId, "remove_add_on", async (frame) => {
    assertItemsChangeable(frame.subscription);
    const item = openItemByKey(frame.subscription, key);
    const charge = (await versionOf(frame.tx, frame.subscription)).charges.find((candidate) => candidate.id === item.chargeId);
    if (!charge?.addOn) throw unprocessable("key", `'${key}' is not an add-on; it is always included (hold it, or change plan).`);
    await closeSubscriptionItems(frame.tx, [item.id], frame.at);
    const details = { key, item_id: item.id, prorate: input.prorate };
    await recordEvent(frame, "add_on_removed", details);
    await billImmediateChange(frame, { closedItemIds: [item.id], openedItemIds: [], prorate: input.prorate });
    return details;
  });
}
