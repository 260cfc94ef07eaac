import "server-only";
import { claimSubscriptions, findDraftsToFinalize, findDueSubscriptionIds, withScheduledChangesDue } from "../../db/billing-run";
import { prisma } from "../../db/client";
import { findSubscriptionsByIds, type SubscriptionRow } from "../../db/subscriptions";
import type { Db } from "../../db/types";
import { AppError } from "../../errors";
import type { Ctx } from "../context";
import { finalizeInvoiceInTx } from "../invoices/finalize-invoice";
import { inTransaction } from "../transaction";
import { advanceSubscription } from "./advance-subscription";
import { billPeriods } from "./bill-periods";

/** Subscriptions per transaction: large enough to batch the writes, small enough to keep locks short. */
const CHUNK = 250;

export type BillingRunResult = {
  subscriptions: number;
  invoices: number;
  finalized: number;
  /** Subscriptions whose step failed; they are retried by the next run. */
  failures: { subscriptionId: string; message: string }[];
};

const trialEndsBy = (subscription: SubscriptionRow, now: Date) => subscription.status === "TRIALING" && subscription.trialEnd !== null && subscription.trialEnd <= now;

/**
 * Advances a chunk of subscriptions in one transaction. Those that only have invoices due are
 * billed together (billPeriods); one with a trial end or a scheduled change due goes step by step
 * in time order (advanceSubscription). Subscriptions another worker holds are skipped.
 */
async function advanceChunk(tx: Db, ctx: Ctx, ids: readonly string[], now: Date, result: BillingRunResult): Promise<void> {
  const claimed = await findSubscriptionsByIds(tx, await claimSubscriptions(tx, ids));
  const withChanges = await withScheduledChangesDue(tx, claimed.map((subscription) => subscription.id), now);
  const stepwise = claimed.filter((subscription) => trialEndsBy(subscription, now) || withChanges.has(subscription.id));
  const billable = claimed.filter((subscription) => !stepwise.includes(subscription) && subscription.nextBillingAt !== null && subscription.nextBillingAt <= now);
  const billed = await billPeriods(tx, ctx, billable.map((subscription) => ({ subscription, upTo: now })));
  result.subscriptions += billable.length;
  result.invoices += billed.invoiceIds.length;
  result.finalized += billed.finalized;
  for (const subscription of stepwise) {
    const outcome = await advanceSubscription(tx, ctx, subscription.id, now);
    result.subscriptions += 1;
    result.invoices += outcome.invoiceIds.length;
    result.finalized += outcome.finalized;
  }
}

const emptyResult = (): BillingRunResult => ({ subscriptions: 0, invoices: 0, finalized: 0, failures: [] });

function add(into: BillingRunResult, from: BillingRunResult): void {
  into.subscriptions += from.subscriptions;
  into.invoices += from.invoices;
  into.finalized += from.finalized;
  into.failures.push(...from.failures);
}

/**
 * One billing run over a clock (null: real time) at `now`: every subscription with something due
 * is advanced, in chunks of one transaction each, then drafts whose review time is over are
 * finalized. Safe to run concurrently and to repeat: subscriptions are claimed with SKIP LOCKED
 * (another worker has them), re-read under their locks (nothing due any more once another worker
 * committed), and each period's invoice has a unique billing key, so a crash mid-run leaves
 * nothing half-billed and the next run picks up where it stopped. A chunk that fails is retried
 * one subscription at a time, so one broken subscription never holds up the others.
 */
export async function runBilling(ctx: Ctx, { testClockId = null, now }: { testClockId?: string | null; now: Date }): Promise<BillingRunResult> {
  const result = emptyResult();
  let afterId = "";
  for (;;) {
    const ids = await findDueSubscriptionIds(prisma(), { testClockId, now, afterId, limit: CHUNK });
    if (ids.length === 0) break;
    afterId = ids.at(-1)!;
    const chunk = emptyResult();
    try {
      await inTransaction((tx) => advanceChunk(tx, ctx, ids, now, chunk));
      add(result, chunk);
    } catch {
      for (const id of ids) {
        const single = emptyResult();
        try {
          await inTransaction((tx) => advanceChunk(tx, ctx, [id], now, single));
          add(result, single);
        } catch (error) {
          const message = error instanceof Error ? error.message : String(error);
          console.error(`[billing] subscription ${id}: ${message}`);
          result.failures.push({ subscriptionId: id, message });
        }
      }
    }
  }
  result.finalized += await finalizeReviewedDrafts(ctx, testClockId, now);
  return result;
}

/** Finalizes drafts whose review period is over, each at its own autoFinalizeAt. */
async function finalizeReviewedDrafts(ctx: Ctx, testClockId: string | null, now: Date): Promise<number> {
  let finalized = 0;
  for (;;) {
    const drafts = await findDraftsToFinalize(prisma(), { testClockId, now, limit: CHUNK });
    if (drafts.length === 0) return finalized;
    for (const draft of drafts) {
      try {
        await inTransaction((tx) => finalizeInvoiceInTx(tx, ctx, draft.id, draft.autoFinalizeAt));
        finalized += 1;
      } catch (error) {
        // Another worker finalized (or someone voided) it in the meantime.
        if (!(error instanceof AppError && error.code === "invalid_state")) throw error;
      }
    }
  }
}
