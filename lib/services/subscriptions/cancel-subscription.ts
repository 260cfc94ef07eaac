import "server-only";
import { insertScheduledChange, listScheduledChanges, setScheduledChangeStatus } from "../../db/subscriptions";
import { createId } from "../../ids";
import type { CancelSubscriptionInput, SubscriptionDto } from "../../schemas/subscription";
import type { Ctx } from "../context";
import { endSubscription } from "../billing/end-subscription";
import { billImmediateChange, changeSubscription, currentPeriodEnd, openItemsOf, transition, type Change } from "./lifecycle";

/**
 * Cancels now (items close now; with `prorate`, the unused part of the period's in-advance fees is
 * credited to the customer's balance; in-arrears usage up to now is billed by the billing run), or
 * at the end of the current period: `cancel_at_period_end` and a pending CANCEL scheduled change,
 * which `undo_cancel` drops and the billing run applies at the boundary. Scheduling a cancellation
 * drops a pending plan change (the subscription ends at that boundary anyway).
 */
export async function cancelSubscription(ctx: Ctx, subscriptionId: string, input: CancelSubscriptionInput): Promise<SubscriptionDto> {
  return changeSubscription(ctx, subscriptionId, input.at_period_end ? "schedule_cancel" : "cancel", (frame) =>
    input.at_period_end ? scheduleCancel(frame, input.reason ?? null) : cancelNow(frame, input),
  );
}

async function cancelNow(frame: Change, input: CancelSubscriptionInput) {
  const closedItemIds = openItemsOf(frame.subscription).map((item) => item.id);
  await endSubscription(frame.tx, frame.ctx, frame.subscription, { at: frame.now, event: "cancel", reason: input.reason ?? null });
  await billImmediateChange(frame, { closedItemIds, openedItemIds: [], prorate: input.prorate });
  return { prorate: input.prorate, ...(input.reason ? { reason: input.reason } : {}) };
}

async function scheduleCancel(frame: Change, reason: string | null) {
  const effectiveAt = currentPeriodEnd(frame.subscription, frame.at);
  const pending = await listScheduledChanges(frame.tx, frame.subscription.id, { status: "PENDING" });
  const change = await insertScheduledChange(frame.tx, {
    id: createId("scheduledChange", frame.ctx.now.getTime()),
    subscriptionId: frame.subscription.id,
    kind: "CANCEL",
    effectiveAt,
    details: { reason },
    createdAt: frame.ctx.now,
  });
  const details = { scheduled_change_id: change.id, effective_at: effectiveAt.toISOString(), ...(reason ? { reason } : {}) };
  await transition(frame, { type: "schedule_cancel" }, details, { cancelReason: reason });
  await setScheduledChangeStatus(frame.tx, pending.map((row) => row.id), "CANCELED", frame.ctx.now);
  return details;
}
