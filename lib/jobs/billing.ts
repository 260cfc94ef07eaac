// The scheduled billing run: once a minute, every subscription in real time with something due
// is advanced (lib/services/billing/run-billing.ts). Safe to run on several workers at once.
import { z } from "zod";
import type { Db } from "../db/types";
import { runBilling } from "../services/billing/run-billing";
import { enqueueJob } from "./enqueue";
import { defineJob } from "./registry";

export const billingRunJob = defineJob({
  type: "billing.run",
  payload: z.object({}),
  maxAttempts: 3,
  async handle(_payload, { ctx }) {
    const result = await runBilling(ctx, { now: ctx.now });
    if (result.failures.length > 0) {
      // The run finished for everyone else; failed subscriptions are retried by the next run.
      throw new Error(`Billing failed for ${result.failures.length} subscription(s): ${result.failures.map((failure) => `${failure.subscriptionId}: ${failure.message}`).join("; ")}`);
    }
  },
});

/** The minute's uniqueKey, e.g. "billing.run:2026-11-23T14:05": one run per minute. */
export function billingRunKey(now: Date): string {
  return `${billingRunJob.type}:${now.toISOString().slice(0, 16)}`;
}

export async function scheduleBillingRun(db: Db, now: Date): Promise<void> {
  await enqueueJob(db, { type: billingRunJob.type, payload: {}, runAt: now, uniqueKey: billingRunKey(now) });
}
