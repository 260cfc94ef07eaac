import "server-only";
import { nextBillingTime } from "../../billing/billing-schedule";
import { effectiveCustomerSettings } from "../../customers/effective-settings";
import { advanceBillingCursor, findPendingScheduledChanges } from "../../db/billing-run";
import { findCustomerById } from "../../db/customers";
import type { InvoiceReason } from "../../db/generated/enums";
import { findBillingSettings } from "../../db/invoices";
import { findSubscriptionById, insertSubscriptionEvent, type SubscriptionRow } from "../../db/subscriptions";
import type { Db } from "../../db/types";
import { createId } from "../../ids";
import { actorLabel, type Ctx } from "../context";
import { finalizeInvoiceInTx } from "../invoices/finalize-invoice";
import { storeInvoice } from "../invoices/store-invoice";
import { billingCycleOf } from "../subscriptions/dto";
import { applyScheduledChange } from "./apply-scheduled-change";
import { recordTransition, dbStatus } from "./end-subscription";
import { assembleSubscriptionInvoice } from "./subscription-invoice";

const HOUR_MS = 3_600_000;
/** A subscription with more due steps than this in one run is broken data, not a long catch-up. */
const MAX_STEPS = 10_000;

export type AdvanceOutcome = { invoiceIds: string[]; finalized: number; steps: number };

type Step = { at: Date; rank: number; run: () => Promise<void> };

export const subscriptionBillingKey = (subscriptionId: string, periodIndex: number) => `${subscriptionId}:period:${periodIndex}`;

function invoiceReason(subscription: SubscriptionRow, periodIndex: number, at: Date): InvoiceReason {
  if (subscription.endedAt && at >= subscription.endedAt) return "SUBSCRIPTION_END";
  return periodIndex === 0 ? "SUBSCRIPTION_CREATE" : "SUBSCRIPTION_CYCLE";
}

/**
 * Makes the invoice that opens the subscription's next period (idempotent by subscription and
 * period: the billingKey is unique), finalizes it unless the account reviews drafts first, and
 * moves the cursor. A period with nothing to charge makes no invoice.
 */
async function billNextPeriod(tx: Db, ctx: Ctx, subscription: SubscriptionRow, outcome: AdvanceOutcome): Promise<void> {
  const at = subscription.nextBillingAt!;
  const periodIndex = subscription.nextPeriodIndex;
  const cycle = billingCycleOf(subscription);
  const assembled = await assembleSubscriptionInvoice(tx, subscription, periodIndex);
  if (assembled.lines.length > 0) {
    const settings = await findBillingSettings(tx);
    const customer = (await findCustomerById(tx, subscription.customerId))!;
    const graceMs = settings.draftGraceHours * HOUR_MS;
    const invoiceId = await storeInvoice(tx, {
      customerId: subscription.customerId,
      subscriptionId: subscription.id,
      billingKey: subscriptionBillingKey(subscription.id, periodIndex),
      reason: invoiceReason(subscription, periodIndex, at),
      period: { index: periodIndex, start: assembled.draft.periodStart, end: assembled.draft.periodEnd },
      currency: subscription.currency,
      lines: assembled.lines,
      totals: assembled.draft.totals,
      couponNames: assembled.couponNames,
      locale: effectiveCustomerSettings(customer, customer.group).locale,
      issuedAt: at,
      autoFinalizeAt: graceMs > 0 ? new Date(at.getTime() + graceMs) : null,
      testClockId: subscription.testClockId,
    });
    if (invoiceId !== null) {
      outcome.invoiceIds.push(invoiceId);
      if (graceMs === 0) {
        await finalizeInvoiceInTx(tx, ctx, invoiceId, at);
        outcome.finalized += 1;
      }
      await insertSubscriptionEvent(tx, {
        id: createId("subscriptionEvent", at.getTime()),
        subscriptionId: subscription.id,
        type: "invoice_created",
        fromStatus: null,
        toStatus: null,
        details: { invoice_id: invoiceId, period_index: periodIndex, total: Number(assembled.draft.totals.totalMinor) },
        occurredAt: at,
        actorLabel: actorLabel(ctx.actor),
      });
    }
  }
  await advanceBillingCursor(tx, subscription.id, {
    nextPeriodIndex: periodIndex + 1,
    nextBillingAt: nextBillingTime(cycle, periodIndex + 1, subscription.endedAt),
  });
}

async function endTrial(tx: Db, ctx: Ctx, subscription: SubscriptionRow): Promise<void> {
  const at = subscription.trialEnd!;
  const next = await recordTransition(tx, ctx, subscription, { type: "trial_ended" }, { at });
  await tx.subscription.update({ where: { id: subscription.id }, data: { status: dbStatus(next) }, select: { id: true } });
}

/** The earliest thing due at `now`; at the same instant a trial ends first, then changes apply, then the period bills. */
async function nextStep(tx: Db, ctx: Ctx, subscription: SubscriptionRow, now: Date, outcome: AdvanceOutcome): Promise<Step | null> {
  const steps: Step[] = [];
  if (subscription.status === "TRIALING" && subscription.trialEnd && subscription.trialEnd <= now) {
    steps.push({ at: subscription.trialEnd, rank: 0, run: () => endTrial(tx, ctx, subscription) });
  }
  const [change] = await findPendingScheduledChanges(tx, subscription.id, now);
  if (change) steps.push({ at: change.effectiveAt, rank: 1, run: () => applyScheduledChange(tx, ctx, subscription, change) });
  if (subscription.nextBillingAt && subscription.nextBillingAt <= now) {
    steps.push({ at: subscription.nextBillingAt, rank: 2, run: () => billNextPeriod(tx, ctx, subscription, outcome) });
  }
  steps.sort((a, b) => a.at.getTime() - b.at.getTime() || a.rank - b.rank);
  return steps[0] ?? null;
}

/**
 * Brings one subscription up to `now` (its clock's time) inside the caller's transaction, which
 * must hold the subscription's row lock: every trial end, scheduled change and invoice due by then
 * happens in time order, so a run after downtime catches up period by period.
 */
export async function advanceSubscription(tx: Db, ctx: Ctx, subscriptionId: string, now: Date): Promise<AdvanceOutcome> {
  const outcome: AdvanceOutcome = { invoiceIds: [], finalized: 0, steps: 0 };
  for (;;) {
    const subscription = await findSubscriptionById(tx, subscriptionId);
    if (!subscription) return outcome;
    const step = await nextStep(tx, ctx, subscription, now, outcome);
    if (!step) return outcome;
    if (++outcome.steps > MAX_STEPS) throw new Error(`Subscription ${subscriptionId} still has steps due after ${MAX_STEPS}; its billing data needs a look.`);
    await step.run();
  }
}
