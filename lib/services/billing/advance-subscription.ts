import "server-only";
import { findPendingScheduledChanges } from "../../db/billing-run";
import { findSubscriptionById, updateSubscription, type SubscriptionRow } from "../../db/subscriptions";
import type { Db } from "../../db/types";
import type { Ctx } from "../context";
import { applyScheduledChange } from "./apply-scheduled-change";
import { billPeriods } from "./bill-periods";
import { recordTransition, dbStatus } from "./end-subscription";

/** A subscription with more due steps than this in one run is broken data, not a long catch-up. */
const MAX_STEPS = 10_000;

export type AdvanceOutcome = { invoiceIds: string[]; finalized: number; steps: number };

type Step = { at: Date; rank: number; run: () => Promise<void> };

async function endTrial(tx: Db, ctx: Ctx, subscription: SubscriptionRow): Promise<void> {
  const at = subscription.trialEnd!;
  const next = await recordTransition(tx, ctx, subscription, { type: "trial_ended" }, { at });
  await updateSubscription(tx, subscription.id, { status: dbStatus(next), updatedAt: ctx.now });
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
    const billingAt = subscription.nextBillingAt;
    steps.push({
      at: billingAt,
      rank: 2,
      run: async () => {
        const billed = await billPeriods(tx, ctx, [{ subscription, upTo: billingAt }]);
        outcome.invoiceIds.push(...billed.invoiceIds);
        outcome.finalized += billed.finalized;
      },
    });
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
