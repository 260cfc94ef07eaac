import "server-only";
import { claimSubscription, findDraftsToFinalize, findDueSubscriptionIds } from "../../db/billing-run";
import { prisma } from "../../db/client";
import { AppError } from "../../errors";
import type { Ctx } from "../context";
import { finalizeInvoiceInTx } from "../invoices/finalize-invoice";
import { inTransaction } from "../transaction";
import { advanceSubscription } from "./advance-subscription";

const BATCH = 200;

export type BillingRunResult = {
  subscriptions: number;
  invoices: number;
  finalized: number;
  /** Subscriptions whose step failed; they are retried by the next run. */
  failures: { subscriptionId: string; message: string }[];
};

/**
 * One billing run over a clock (null: real time) at `now`: every subscription with something due
 * is advanced in its own transaction, then drafts whose review time is over are finalized. Safe to
 * run concurrently and to repeat: a subscription is claimed with SKIP LOCKED (another worker has
 * it), re-read under its lock (nothing due any more once the other worker committed), and each
 * period's invoice has a unique billing key, so a crash mid-run leaves nothing half-billed and the
 * next run picks up where it stopped.
 */
export async function runBilling(ctx: Ctx, { testClockId = null, now }: { testClockId?: string | null; now: Date }): Promise<BillingRunResult> {
  const result: BillingRunResult = { subscriptions: 0, invoices: 0, finalized: 0, failures: [] };
  const passed: string[] = [];
  for (;;) {
    const ids = await findDueSubscriptionIds(prisma(), { testClockId, now, exclude: passed, limit: BATCH });
    if (ids.length === 0) break;
    for (const id of ids) {
      passed.push(id);
      try {
        const outcome = await inTransaction(async (tx) => ((await claimSubscription(tx, id)) ? advanceSubscription(tx, ctx, id, now) : null));
        if (outcome && outcome.steps > 0) {
          result.subscriptions += 1;
          result.invoices += outcome.invoiceIds.length;
          result.finalized += outcome.finalized;
        }
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        console.error(`[billing] subscription ${id}: ${message}`);
        result.failures.push({ subscriptionId: id, message });
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
    const drafts = await findDraftsToFinalize(prisma(), { testClockId, now, limit: BATCH });
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
