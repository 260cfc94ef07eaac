import "server-only";
import { findPlanVersionById } from "../../db/plans";
import { closeSubscriptionItems, insertSubscriptionItems } from "../../db/subscriptions";
import type { ChangeQuantityInput, SubscriptionDto } from "../../schemas/subscription";
import type { Ctx } from "../context";
import { assertItemsChangeable, billImmediateChange, changeSubscription, openItemsOf, recordEvent, reopenedItem, type Change } from "./lifecycle";
import { itemTakesQuantity } from "./plan-items";
import { planTarget } from "./plan-target";
import { pendingPlanChange, schedulePlanChange } from "./scheduled-changes";
import { AppError } from "../../errors";

/**
 * Changes the quantities of per-unit or per-seat items: now (each item closes and reopens with
 * the new quantity at its price; with `prorate`, the difference is billed for the rest of the
 * period), or at period end (folded into the pending plan change if there is one, else a
 * scheduled change to the same plan version).
 */
export async function changeQuantity(ctx: Ctx, subscriptionId: string, input: ChangeQuantityInput): Promise<SubscriptionDto> {
  return changeSubscription(ctx, subscriptionId, input.when === "now" ? "change_quantity" : "schedule_quantity_change", async (frame) => {
    assertItemsChangeable(frame.subscription);
    return input.when === "now" ? changeNow(frame, input) : scheduleChange(frame, input);
  });
}

async function changeNow(frame: Change, input: ChangeQuantityInput) {
  const open = openItemsOf(frame.subscription);
  const changes = Object.entries(input.quantities).map(([key, quantity]) => {
    const item = open.find((candidate) => candidate.key === key);
    if (!item || !itemTakesQuantity(item)) {
      throw new AppError("unprocessable", `'${key}' is not an active recurring per-unit or per-seat item of the subscription; only those take a quantity.`, { param: `quantities.${key}` });
    }
    return { item, quantity };
  });
  const reopened = changes.map(({ item, quantity }) => reopenedItem(item, frame.at, frame.ctx.now, quantity));
  const closedItemIds = changes.map(({ item }) => item.id);
  await closeSubscriptionItems(frame.tx, closedItemIds, frame.at);
  await insertSubscriptionItems(frame.tx, frame.subscription.id, reopened, frame.ctx.now);
  const details = { quantities: input.quantities, prorate: input.prorate, closed_item_ids: closedItemIds, opened_item_ids: reopened.map((item) => item.id) };
  await recordEvent(frame, "quantity_changed", details);
  await billImmediateChange(frame, { closedItemIds, openedItemIds: details.opened_item_ids, prorate: input.prorate });
  return details;
}

async function scheduleChange(frame: Change, input: ChangeQuantityInput) {
  const pending = await pendingPlanChange(frame.tx, frame.subscription.id);
  const versionId = pending?.details.plan_version_id ?? frame.subscription.planVersionId;
  const version = await findPlanVersionById(frame.tx, versionId);
  if (!version) throw new Error(`Plan version ${versionId} of subscription ${frame.subscription.id} is missing.`);
  const target = planTarget(frame.subscription, pending?.details.plan_id ?? frame.subscription.planId, version, {
    add_ons: pending?.details.add_ons,
    quantities: { ...pending?.details.quantities, ...input.quantities },
  });
  return schedulePlanChange(frame, target, "quantity_change_scheduled");
}
