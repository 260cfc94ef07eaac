// The usage rollup job: scheduled by ingestion (one per minute with new events), it runs once the
// minute's events have settled (lib/services/usage/roll-up-usage.ts).
import { z } from "zod";
import type { Db } from "../db/types";
import { rollUpUsage, ROLLUP_SETTLE_MS } from "../services/usage/roll-up-usage";
import { enqueueJob } from "./enqueue";
import { defineJob } from "./registry";

export const usageRollupJob = defineJob({
  type: "usage.rollup",
  payload: z.object({}),
  maxAttempts: 10,
  async handle() {
    await rollUpUsage();
  },
});

let lastScheduledKey: string | undefined;

/** Enqueues the rollup of the current minute's events (at most one insert attempt per minute per process). */
export async function scheduleUsageRollup(db: Db, now: Date): Promise<void> {
  const minute = now.toISOString().slice(0, 16);
  const key = `${usageRollupJob.type}:${minute}`;
  if (key === lastScheduledKey) return;
  const runAt = new Date(Date.parse(`${minute}:00.000Z`) + 60_000 + ROLLUP_SETTLE_MS + 1_000);
  await enqueueJob(db, { type: usageRollupJob.type, payload: {}, runAt, uniqueKey: key });
  lastScheduledKey = key;
}
