import "server-only";
import type { Prisma } from "../../db/generated/client";
import { closeSubscriptionItems, listScheduledChanges, setScheduledChangeStatus } from "../../db/subscriptions";
import { openItemsOf, transition, type Change } from "./lifecycle";

/**
 * Ends a subscription (cancel or expire) at `frame.at`: the state machine moves it to its final
 * status, every open item closes, and pending scheduled changes are dropped. Returns the closed
 * item ids (a prorated cancellation credits them).
 */
export async function endSubscription(
  frame: Change,
  event: { type: "cancel" } | { type: "expire" },
  eventType: string,
  details: Record<string, Prisma.InputJsonValue>,
  reason: string | null,
): Promise<string[]> {
  const closedItemIds = openItemsOf(frame.subscription).map((item) => item.id);
  const pending = await listScheduledChanges(frame.tx, frame.subscription.id, { status: "PENDING" });
  await transition(frame, event, eventType, details, {
    canceledAt: event.type === "cancel" ? frame.now : frame.subscription.canceledAt,
    cancelReason: reason ?? frame.subscription.cancelReason,
    endedAt: frame.at,
  });
  await closeSubscriptionItems(frame.tx, closedItemIds, frame.at);
  await setScheduledChangeStatus(frame.tx, pending.map((change) => change.id), "CANCELED", frame.ctx.now);
  return closedItemIds;
}
