import "server-only";
import { nextBillingTime } from "../../billing/billing-schedule";
import { applySubscriptionEvent, type SubscriptionState, type SubscriptionStatus as EngineStatus } from "../../billing/subscription-lifecycle";
import type { Prisma } from "../../db/generated/client";
import type { SubscriptionStatus } from "../../db/generated/enums";
import { cancelPendingScheduledChanges, closeOpenItems, insertSubscriptionEvent, updateSubscription, type SubscriptionRow } from "../../db/subscriptions";
import type { Db } from "../../db/types";
import { createId } from "../../ids";
import { actorLabel, type Ctx } from "../context";
import { billingCycleOf } from "../subscriptions/dto";

export const engineState = (subscription: Pick<SubscriptionRow, "status" | "cancelAtPeriodEnd" | "pausedFrom">): SubscriptionState => ({
  status: subscription.status.toLowerCase() as EngineStatus,
  pausedFrom: (subscription.pausedFrom?.toLowerCase() ?? null) as SubscriptionState["pausedFrom"],
  cancelAtPeriodEnd: subscription.cancelAtPeriodEnd,
});

export const dbStatus = (state: SubscriptionState) => state.status.toUpperCase() as SubscriptionStatus;

/** Applies one lifecycle event through the state machine and records it; refused events throw invalid_transition. */
export async function recordTransition(
  tx: Db,
  ctx: Ctx,
  subscription: SubscriptionRow,
  event: Parameters<typeof applySubscriptionEvent>[1],
  { at, type = event.type, details }: { at: Date; type?: string; details?: Prisma.InputJsonValue },
): Promise<SubscriptionState> {
  const next = applySubscriptionEvent(engineState(subscription), event);
  await insertSubscriptionEvent(tx, {
    id: createId("subscriptionEvent", at.getTime()),
    subscriptionId: subscription.id,
    type,
    fromStatus: subscription.status,
    toStatus: dbStatus(next),
    ...(details !== undefined ? { details } : {}),
    occurredAt: at,
    actorLabel: actorLabel(ctx.actor),
  });
  return next;
}

/**
 * Ends a subscription at `at` (cancel or expire): the state machine moves it to its final status,
 * every open item closes at `at`, pending scheduled changes are dropped, and the billing cursor
 * points at the closing invoice (in-arrears fees and usage up to `at`), made at `at`.
 */
export async function endSubscription(
  tx: Db,
  ctx: Ctx,
  subscription: SubscriptionRow,
  { at, event, reason }: { at: Date; event: "cancel" | "expire"; reason?: string | null },
): Promise<void> {
  const next = await recordTransition(tx, ctx, subscription, { type: event }, { at, details: reason ? { reason } : undefined });
  await closeOpenItems(tx, subscription.id, at);
  await cancelPendingScheduledChanges(tx, subscription.id, ctx.now);
  await updateSubscription(tx, subscription.id, {
    status: dbStatus(next),
    pausedFrom: null,
    cancelAtPeriodEnd: false,
    canceledAt: event === "cancel" ? at : null,
    cancelReason: reason ?? null,
    endedAt: at,
    nextBillingAt: nextBillingTime(billingCycleOf(subscription), subscription.nextPeriodIndex, at),
    updatedAt: ctx.now,
  });
}
