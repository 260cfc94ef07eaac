import "server-only";
import { listScheduledChanges, setScheduledChangeStatus } from "../../db/subscriptions";
import type { SubscriptionDto } from "../../schemas/subscription";
import type { Ctx } from "../context";
import { changeSubscription, transition, type Change } from "./lifecycle";

/** Drops a cancellation scheduled at period end (only while it is pending). */
export async function undoCancel(ctx: Ctx, subscriptionId: string): Promise<SubscriptionDto> {
  return changeSubscription(ctx, subscriptionId, "undo_cancel", undoScheduledCancel);
}

export async function undoScheduledCancel(frame: Change) {
  const pending = await listScheduledChanges(frame.tx, frame.subscription.id, { status: "PENDING", kind: "CANCEL" });
  const details = { scheduled_change_ids: pending.map((change) => change.id) };
  await transition(frame, { type: "undo_scheduled_cancel" }, details, { cancelReason: null });
  await setScheduledChangeStatus(frame.tx, details.scheduled_change_ids, "CANCELED", frame.ctx.now);
  return details;
}
