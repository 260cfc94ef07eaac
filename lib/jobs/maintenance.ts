// Hourly housekeeping: drops rows that have outlived their purpose.
import { z } from "zod";
import { prisma } from "../db/client";
import { deleteSucceededJobsFinishedBefore } from "../db/jobs";
import { deleteIdempotencyKeysCreatedBefore, deleteSignInAttemptsCreatedBefore } from "../db/maintenance";
import type { Db } from "../db/types";
import { enqueueJob } from "./enqueue";
import { defineJob } from "./registry";

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

export const RETENTION_MS = {
  idempotencyKeys: DAY_MS, // replays are only honoured for 24 h
  signInAttempts: 7 * DAY_MS, // throttling looks back far less than this
  succeededJobs: 30 * DAY_MS,
} as const;

export const maintenanceCleanupJob = defineJob({
  type: "maintenance.cleanup",
  payload: z.object({}),
  maxAttempts: 3,
  async handle(_payload, { ctx }) {
    const before = (retentionMs: number) => new Date(ctx.now.getTime() - retentionMs);
    const db = prisma();
    await deleteIdempotencyKeysCreatedBefore(db, before(RETENTION_MS.idempotencyKeys));
    await deleteSignInAttemptsCreatedBefore(db, before(RETENTION_MS.signInAttempts));
    await deleteSucceededJobsFinishedBefore(db, before(RETENTION_MS.succeededJobs));
  },
});

/** The hour's uniqueKey, e.g. "maintenance.cleanup:2026-11-23T14": one cleanup per UTC hour. */
export function maintenanceKey(now: Date): string {
  return `${maintenanceCleanupJob.type}:${now.toISOString().slice(0, 13)}`;
}

/** Enqueues this hour's cleanup; a no-op when it already exists. */
export async function scheduleMaintenance(db: Db, now: Date): Promise<void> {
  await enqueueJob(db, { type: maintenanceCleanupJob.type, payload: {}, runAt: now, uniqueKey: maintenanceKey(now) });
}
