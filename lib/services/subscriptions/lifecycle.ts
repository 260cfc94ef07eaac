// The frame every subscription change runs in: write access, one transaction, the subscription
// row locked FOR UPDATE, the subscription's own clock, status changes through the pure state
// machine (lib/billing/subscription-lifecycle.ts), and one event per change for the timeline.
import "server-only";
import { periodAt } from "../../billing/periods";
import { isBillableStatus, type SubscriptionEvent, type SubscriptionState } from "../../billing/subscription-lifecycle";
import type { Prisma } from "../../db/generated/client";
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
import { subscriptionNow } from "../billing/clock";
import { dbStatus, recordTransition } from "../billing/end-subscription";
import { invoiceImmediateChange } from "../billing/invoice-immediate-change";
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
    const now = await subscriptionNow(tx, subscription, ctx);
    const at = now < subscription.startedAt ? subscription.startedAt : now;
    const details = await change({ tx, ctx, subscription, now, at });
    await recordAudit(tx, ctx, { action: `subscription.${action}`, resourceType: "subscription", resourceId: subscription.id, details: details ?? {} });
    return toSubscriptionDto(await findSubscriptionOrThrow(tx, subscription.id));
  });
}

/** Records one timeline entry for a change that keeps the status (plan, quantity, add-on, hold …). */
export async function recordEvent(frame: Pick<Change, "tx" | "ctx" | "subscription" | "now">, type: string, details: Prisma.InputJsonValue): Promise<void> {
  await insertSubscriptionEvent(frame.tx, {
    id: createId("subscriptionEvent", frame.now.getTime()),
    subscriptionId: frame.subscription.id,
    type,
    fromStatus: null,
    toStatus: null,
    details,
    occurredAt: frame.now,
    actorLabel: actorLabel(frame.ctx.actor),
  });
}

/**
 * Applies a lifecycle event through the state machine (a refused event throws BillingError
 * invalid_transition → 409 invalid_state), records it on the timeline under the event's name, and
 * stores the new state with `extra` columns.
 */
export async function transition(
  frame: Pick<Change, "tx" | "ctx" | "subscription" | "now">,
  event: SubscriptionEvent,
  details: Prisma.InputJsonValue,
  extra: SubscriptionStateData = {},
): Promise<SubscriptionState> {
  const next = await recordTransition(frame.tx, frame.ctx, frame.subscription, event, { at: frame.now, details });
  await updateSubscription(frame.tx, frame.subscription.id, {
    status: dbStatus(next),
    pausedFrom: next.pausedFrom ? dbStatus({ ...next, status: next.pausedFrom }) : null,
    cancelAtPeriodEnd: next.cancelAtPeriodEnd,
    ...extra,
    updatedAt: frame.ctx.now,
  });
  return next;
}

/** Item changes (plan, quantity, add-ons, holds) need a live, unpaused subscription. */
export function assertItemsChangeable(subscription: Pick<SubscriptionRow, "status">): void {
  const status = subscription.status.toLowerCase() as SubscriptionState["status"];
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
 * Bills an immediate item change made at `frame.at` (lib/services/billing): inside a period already
 * invoiced in advance, unused time of the closed items is credited and the rest of the period of the
 * opened ones charged, on one finalized invoice. Nothing when `prorate` is off or the period is
 * still to be invoiced (its own invoice bills each item over its span).
 */
export async function billImmediateChange(frame: Change, change: { closedItemIds: string[]; openedItemIds: string[]; prorate: boolean }): Promise<void> {
  await invoiceImmediateChange(frame.tx, frame.ctx, { subscriptionId: frame.subscription.id, at: frame.at, ...change });
}
