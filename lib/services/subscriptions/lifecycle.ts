// The frame every subscription change runs in: write access, one transaction, the subscription
// row locked FOR UPDATE, the subscription's own clock, status changes through the pure state
// machine (lib/billing/subscription-lifecycle.ts), and one event per change for the timeline.
import "server-only";
import { periodAt } from "../../billing/periods";
import { applySubscriptionEvent, isBillableStatus, type SubscriptionEvent, type SubscriptionState } from "../../billing/subscription-lifecycle";
import type { Prisma } from "../../db/generated/client";
import type { SubscriptionStatus } from "../../db/generated/enums";
import {
  insertSubscriptionEvent,
  lockSubscription,
  updateSubscription,
  type SubscriptionItemData,
  type SubscriptionItemRow,
  type SubscriptionRow,
  type SubscriptionStateData,
} from "../../db/subscriptions";
import type { Db } from "../../db/types";
import { AppError, notFound } from "../../errors";
import { createId } from "../../ids";
import type { SubscriptionDto } from "../../schemas/subscription";
import { recordAudit } from "../audit";
import { actorLabel, assertCanWrite, type Ctx } from "../context";
import { decimalText } from "../plans/dto";
import { inTransaction } from "../transaction";
import { billingCycleOf, toSubscriptionDto } from "./dto";
import { findSubscriptionOrThrow } from "./get-subscription";

export type Change = {
  tx: Db;
  ctx: Ctx;
  subscription: SubscriptionRow;
  /** The subscription's clock: its test clock's time when simulated, else ctx.now. Events carry it. */
  now: Date;
  /** When items open and close: now, or the start of a subscription that has not started yet. */
  at: Date;
};

/**
 * Runs `change` in one transaction on the locked subscription and returns the subscription as it
 * is afterwards. The audit row (`subscription.<action>`) is written in the same transaction.
 */
export async function changeSubscription(
  ctx: Ctx,
  subscriptionId: string,
  action: string,
  change: (frame: Change) => Promise<Prisma.InputJsonValue | void>,
): Promise<SubscriptionDto> {
  assertCanWrite(ctx);
  return inTransaction(async (tx) => {
    const subscription = await lockSubscription(tx, subscriptionId);
    if (!subscription) throw notFound("subscription", subscriptionId);
    const now = ctx.now; // TODO(lead clock): subscriptionNow(tx, subscription) once lib/services/billing/clock.ts lands
    const at = now < subscription.startedAt ? subscription.startedAt : now;
    const details = await change({ tx, ctx, subscription, now, at });
    await recordAudit(tx, ctx, { action: `subscription.${action}`, resourceType: "subscription", resourceId: subscription.id, details: details ?? {} });
    return toSubscriptionDto(await findSubscriptionOrThrow(tx, subscription.id));
  });
}

const lower = (status: SubscriptionStatus) => status.toLowerCase() as SubscriptionState["status"];
const upper = (status: SubscriptionState["status"]) => status.toUpperCase() as SubscriptionStatus;

export function stateOf(subscription: Pick<SubscriptionRow, "status" | "pausedFrom" | "cancelAtPeriodEnd">): SubscriptionState {
  return {
    status: lower(subscription.status),
    pausedFrom: subscription.pausedFrom ? (lower(subscription.pausedFrom) as SubscriptionState["pausedFrom"]) : null,
    cancelAtPeriodEnd: subscription.cancelAtPeriodEnd,
  };
}

/** Records one timeline entry; `status` when the change moved the subscription between statuses. */
export async function recordEvent(
  frame: Pick<Change, "tx" | "ctx" | "subscription" | "now">,
  type: string,
  details: Prisma.InputJsonValue,
  status?: { from: SubscriptionStatus; to: SubscriptionStatus },
): Promise<void> {
  await insertSubscriptionEvent(frame.tx, {
    id: createId("subscriptionEvent", frame.ctx.now.getTime()),
    subscriptionId: frame.subscription.id,
    type,
    fromStatus: status?.from ?? null,
    toStatus: status?.to ?? null,
    details,
    occurredAt: frame.now,
    actorLabel: actorLabel(frame.ctx.actor),
  });
}

/**
 * Applies a lifecycle event through the state machine (a refused event throws BillingError
 * invalid_transition → 409 invalid_state), stores the new state with `extra` columns, and records
 * the timeline entry.
 */
export async function transition(
  frame: Pick<Change, "tx" | "ctx" | "subscription" | "now">,
  event: SubscriptionEvent,
  eventType: string,
  details: Prisma.InputJsonValue,
  extra: SubscriptionStateData = {},
): Promise<SubscriptionState> {
  const next = applySubscriptionEvent(stateOf(frame.subscription), event);
  await updateSubscription(frame.tx, frame.subscription.id, {
    status: upper(next.status),
    pausedFrom: next.pausedFrom ? upper(next.pausedFrom) : null,
    cancelAtPeriodEnd: next.cancelAtPeriodEnd,
    ...extra,
    updatedAt: frame.ctx.now,
  });
  const changedStatus = next.status !== stateOf(frame.subscription).status;
  await recordEvent(frame, eventType, details, changedStatus ? { from: frame.subscription.status, to: upper(next.status) } : undefined);
  return next;
}

/** Item changes (plan, quantity, add-ons, holds) need a live, unpaused subscription. */
export function assertItemsChangeable(subscription: Pick<SubscriptionRow, "status">): void {
  const status = lower(subscription.status);
  if (!isBillableStatus(status)) {
    throw new AppError("invalid_state", `The subscription is ${status}: its items can change only while it is trialing, active or past due${status === "paused" ? " (resume it first)" : ""}.`);
  }
}

export const openItemsOf = (subscription: Pick<SubscriptionRow, "items">) => subscription.items.filter((item) => item.activeUntil === null);

/** The open item with this key, else 404 naming the key. */
export function openItemByKey(subscription: Pick<SubscriptionRow, "items" | "id">, key: string, param = "key"): SubscriptionItemRow {
  const item = openItemsOf(subscription).find((candidate) => candidate.key === key);
  if (!item) throw new AppError("not_found", `The subscription has no active item '${key}'.`, { param });
  return item;
}

/** A new span of an item from `at`, same charge and price; a quantity change gives the new quantity. */
export function reopenedItem(item: SubscriptionItemRow, at: Date, now: Date, quantity?: string): SubscriptionItemData {
  return {
    id: createId("subscriptionItem", now.getTime()),
    chargeId: item.chargeId,
    key: item.key,
    description: item.description,
    kind: item.kind,
    timing: item.timing,
    quantity: quantity ?? decimalText(item.quantity),
    properties: item.properties as Prisma.InputJsonValue,
    activeFrom: at,
  };
}

/** The end of the period `at` falls in: when period-end changes take effect. */
export const currentPeriodEnd = (subscription: SubscriptionRow, at: Date): Date => periodAt(billingCycleOf(subscription), at).end;

/**
 * Bills an immediate item change inside the current period: a credit for the unused time of the
 * closed in-advance items and a charge for the rest of the period of the opened ones, on one
 * finalized invoice (lib/services/billing). Nothing to do when `prorate` is off or nothing changed.
 */
export async function billImmediateChange(frame: Change, change: { closedItemIds: string[]; openedItemIds: string[]; prorate: boolean }): Promise<void> {
  if (!change.prorate || change.closedItemIds.length + change.openedItemIds.length === 0) return;
  // TODO(lead billing): invoiceImmediateChange(frame.tx, frame.ctx, { subscriptionId: frame.subscription.id, ...change, at: frame.at })
}
