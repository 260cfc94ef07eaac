// The usage limit evaluation job: scheduled by the worker once a minute, it evaluates the limits of
// the customers that received events since its last pass (lib/services/usage-limits/evaluate-recent-usage.ts).
// Idempotent: a limit alerts once per period however often it runs.
import { z } from "zod";
import type { Db } from "../db/types";
import { evaluateRecentUsage } from "../services/usage-limits/evaluate-recent-usage";
import { enqueueJob } from "./enqueue";
import { defineJob } from "./registry";

export const usageLimitsJob = defineJob({
  type: "usage_limits.evaluate",
  payload: z.object({}),
  maxAttempts: 3,
  async handle(_payload, { ctx }) {
    await evaluateRecentUsage(ctx);
  },
});

/** The minute's uniqueKey, e.g. "usage_limits.evaluate:2026-11-23T14:05": one pass per minute. */
export function usageLimitsKey(now: Date): string {
  return `${usageLimitsJob.type}:${now.toISOString().slice(0, 16)}`;
}

export async function scheduleUsageLimits(db: Db, now: Date): Promise<void> {
  await enqueueJob(db, { type: usageLimitsJob.type, payload: {}, runAt: now, uniqueKey: usageLimitsKey(now) });
}
