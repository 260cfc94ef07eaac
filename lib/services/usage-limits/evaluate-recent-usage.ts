// The evaluation job's pass: the customers with an active limit that received events since the
// last pass, or with a percentage limit and a subscription changed since, are evaluated (never on
// the ingestion path). The window starts EVALUATION_OVERLAP_MS before the watermark: an ingestion
// transaction still open at the last pass commits events stamped before it (receivedAt is the
// transaction's start), and re-evaluating is harmless.
import "server-only";
import { prisma } from "../../db/client";
import { databaseNow, findCustomersToEvaluate, lockLimitWatermark, setLimitWatermark } from "../../db/usage-limits";
import type { Ctx } from "../context";
import { ROLLUP_SETTLE_MS } from "../usage/roll-up-usage";
import { evaluateCustomerLimits } from "./evaluate-usage-limits";

/** Longer than an ingestion transaction may last (the rollup's settle delay, for the same reason). */
export const EVALUATION_OVERLAP_MS = ROLLUP_SETTLE_MS;

export type EvaluationPass = { customers: number; evaluatedUpTo: Date | null };

export async function evaluateRecentUsage(ctx: Ctx): Promise<EvaluationPass> {
  return prisma().$transaction(
    async (tx) => {
      const watermark = await lockLimitWatermark(tx);
      if (watermark === null) return { customers: 0, evaluatedUpTo: null }; // no limit was ever created
      const upTo = await databaseNow(tx);
      const customers = await findCustomersToEvaluate(tx, new Date(watermark.getTime() - EVALUATION_OVERLAP_MS), upTo);
      for (const customerId of customers) await evaluateCustomerLimits(tx, ctx, customerId);
      await setLimitWatermark(tx, upTo);
      return { customers: customers.length, evaluatedUpTo: upTo };
    },
    { maxWait: 30_000, timeout: 10 * 60_000 },
  );
}
