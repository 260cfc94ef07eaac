// Changes that take effect at a period boundary. Services schedule them (a ScheduledChange row,
// PENDING until applied or cancelled); the billing run applies due ones through
// applyScheduledPlanChange / applyScheduledCancel on the locked subscription, at the boundary.
import "server-only";
import type { Prisma } from "../../db/generated/client";
import { findPlanVersionById } from "../../db/plans";
import {
  closeSubscriptionItems,
  insertScheduledChange,
  insertSubscriptionItems,
  listScheduledChanges,
  markScheduledChange,
  setScheduledChangeStatus,
  updateSubscription,
  type ScheduledChangeRow,
  type SubscriptionRow,
} from "../../db/subscriptions";
import type { Db } from "../../db/types";
import { AppError } from "../../errors";
import { createId } from "../../ids";
import type { StoredProperties } from "../pricing/charge-properties";
import type { Ctx } from "../context";
import { assertItemsChangeable, currentPeriodEnd, openItemsOf, recordEvent, type Change } from "./lifecycle";
import { openItems } from "./plan-items";
import { planTarget, toPlanChangeDetails, type PlanChangeDetails, type PlanTarget } from "./plan-target";

/**
 * Moves the subscription onto `target` at `frame.at`: its recurring and usage items close and the
 * target's open (the kept one-time items stay). On the same version, items keep the price fixed
 * for the subscriber; on another, they are priced anew like at creation. Records `plan_changed`.
 */
export async function replaceItems(frame: Change, target: PlanTarget, eventType: string, details: Record<string, Prisma.InputJsonValue>) {
  const { subscription } = frame;
  const closing = openItemsOf(subscription).filter((item) => item.kind !== "ONE_TIME");
  const sameVersion = target.version.id === subscription.planVersionId;
  const keptPrices = new Map(sameVersion ? closing.map((item) => [item.chargeId, item.properties as StoredProperties]) : []);
  const opened = await openItems(frame.tx, { version: target.version, charges: target.charges, currency: target.currency, customerId: subscription.customerId, at: frame.at, now: frame.ctx.now, keptPrices });
  const closedItemIds = closing.map((item) => item.id);
  await closeSubscriptionItems(frame.tx, closedItemIds, frame.at);
  await insertSubscriptionItems(frame.tx, subscription.id, opened, frame.ctx.now);
  if (!sameVersion) await updateSubscription(frame.tx, subscription.id, { planId: target.planId, planVersionId: target.version.id, updatedAt: frame.ctx.now });
  const change = { from_plan_id: subscription.planId, from_plan_version_id: subscription.planVersionId, ...toPlanChangeDetails(target), ...details };
  await recordEvent(frame, eventType, change);
  return { closedItemIds, openedItemIds: opened.map((item) => item.id), details: change };
}

/**
 * Schedules a move onto `target` at the end of the current period. A pending plan change is
 * replaced (at most one is pending); a pending cancellation wins, so none can be scheduled then.
 */
export async function schedulePlanChange(frame: Change, target: PlanTarget, eventType: string) {
  assertItemsChangeable(frame.subscription);
  if (frame.subscription.cancelAtPeriodEnd) {
    throw new AppError("invalid_state", "A cancellation is scheduled at period end; undo it before scheduling a change.");
  }
  const replaced = await listScheduledChanges(frame.tx, frame.subscription.id, { status: "PENDING", kind: "PLAN_CHANGE" });
  await setScheduledChangeStatus(frame.tx, replaced.map((change) => change.id), "CANCELED", frame.ctx.now);
  const effectiveAt = currentPeriodEnd(frame.subscription, frame.at);
  const details = toPlanChangeDetails(target);
  const change = await insertScheduledChange(frame.tx, {
    id: createId("scheduledChange", frame.ctx.now.getTime()),
    subscriptionId: frame.subscription.id,
    kind: "PLAN_CHANGE",
    effectiveAt,
    details,
    createdAt: frame.ctx.now,
  });
  const event = { scheduled_change_id: change.id, effective_at: effectiveAt.toISOString(), replaced_ids: replaced.map((row) => row.id), ...details };
  await recordEvent(frame, eventType, event);
  return event;
}

/** The pending PLAN_CHANGE, if any: a quantity change at period end builds on it. */
export async function pendingPlanChange(tx: Db, subscriptionId: string): Promise<(ScheduledChangeRow & { details: PlanChangeDetails }) | null> {
  const [pending] = await listScheduledChanges(tx, subscriptionId, { status: "PENDING", kind: "PLAN_CHANGE" });
  return pending ? { ...pending, details: pending.details as PlanChangeDetails } : null;
}

/**
 * Applies a due PLAN_CHANGE at its boundary `at` (the billing run's applyScheduledChange calls it,
 * subscription locked, change already marked applied): items close and open at `at`, priced when
 * opened. A subscription that is paused at that time keeps its plan: the change is dropped
 * (marked cancelled, recorded on its timeline).
 */
export async function applyScheduledPlanChange(tx: Db, ctx: Ctx, subscription: SubscriptionRow, change: Pick<ScheduledChangeRow, "id" | "details">, at: Date): Promise<void> {
  const frame: Change = { tx, ctx, subscription, now: at, at };
  const details = change.details as PlanChangeDetails;
  const version = await findPlanVersionById(tx, details.plan_version_id);
  if (!version || !["TRIALING", "ACTIVE", "PAST_DUE"].includes(subscription.status)) {
    await markScheduledChange(tx, change.id, "CANCELED", ctx.now);
    await recordEvent(frame, "scheduled_change_canceled", { scheduled_change_id: change.id, reason: version ? `the subscription is ${subscription.status.toLowerCase()}` : "the plan version no longer exists" });
    return;
  }
  await replaceItems(frame, planTarget(subscription, details.plan_id, version, details), "plan_changed", { scheduled_change_id: change.id });
}
