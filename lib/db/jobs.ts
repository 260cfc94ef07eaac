// Storage of background jobs (lib/jobs runs them). Completion updates only apply while
// the caller still holds the job's lease, so a worker whose lease expired cannot
// overwrite the outcome of the worker that reclaimed the job.
import { Prisma, type JobStatus } from "./generated/client";
import type { Db } from "./types";

export type JobRecord = {
  id: string;
  type: string;
  payload: Prisma.JsonValue;
  status: JobStatus;
  attempts: number;
  maxAttempts: number;
  runAt: Date;
  lastError: string | null;
  createdAt: Date;
  finishedAt: Date | null;
};

/** A job as a worker receives it: `attempts` already counts the attempt being made. */
export type ClaimedJob = Pick<JobRecord, "id" | "type" | "payload" | "attempts" | "maxAttempts">;

const jobSelect = {
  id: true,
  type: true,
  payload: true,
  status: true,
  attempts: true,
  maxAttempts: true,
  runAt: true,
  lastError: true,
  createdAt: true,
  finishedAt: true,
} satisfies Prisma.JobSelect;

export type NewJob = {
  id: string;
  type: string;
  payload: Prisma.InputJsonValue;
  runAt?: Date;
  uniqueKey?: string;
  maxAttempts?: number;
};

/**
 * Inserts the job unless another job already holds its uniqueKey (ON CONFLICT DO NOTHING);
 * returns the id of the job that holds the key either way.
 */
export async function insertJob(db: Db, job: NewJob): Promise<{ id: string; created: boolean }> {
  const [inserted] = await db.job.createManyAndReturn({ data: [job], skipDuplicates: true, select: { id: true } });
  if (inserted) return { id: inserted.id, created: true };
  if (job.uniqueKey === undefined) throw new Error(`Job ${job.id} was not inserted.`);
  const existing = await db.job.findUnique({ where: { uniqueKey: job.uniqueKey }, select: { id: true } });
  if (!existing) throw new Error(`Job with uniqueKey '${job.uniqueKey}' conflicted but cannot be found.`);
  return { id: existing.id, created: false };
}

/**
 * Locks up to `limit` jobs for `workerId` until now + leaseMs and counts the attempt. Takes
 * due queued jobs and RUNNING jobs whose lease expired (their worker died mid-job), so a
 * restart loses no job. SKIP LOCKED lets parallel workers claim disjoint batches.
 */
export async function claimDueJobs(
  db: Db,
  { workerId, now, limit, leaseMs }: { workerId: string; now: Date; limit: number; leaseMs: number },
): Promise<ClaimedJob[]> {
  // Timestamps go in as ISO strings cast to timestamptz: unambiguous whatever the session TimeZone.
  const at = now.toISOString();
  const lockedUntil = new Date(now.getTime() + leaseMs).toISOString();
  return db.$queryRaw<ClaimedJob[]>`
    WITH due AS MATERIALIZED (
      SELECT id FROM "Job"
      WHERE (status = 'QUEUED' AND "runAt" <= ${at}::timestamptz)
         OR (status = 'RUNNING' AND "lockedUntil" < ${at}::timestamptz)
      ORDER BY "runAt"
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )
    UPDATE "Job" AS job
    SET status = 'RUNNING', "lockedBy" = ${workerId}, "lockedUntil" = ${lockedUntil}::timestamptz,
        attempts = job.attempts + 1, "updatedAt" = now()
    FROM due
    WHERE job.id = due.id
    RETURNING job.id, job.type, job.payload, job.attempts, job."maxAttempts"`;
}

type Completion = { id: string; workerId: string };

const heldBy = ({ id, workerId }: Completion) => ({ id, status: "RUNNING" as const, lockedBy: workerId });
const released = { lockedBy: null, lockedUntil: null };

/** Heartbeat: keeps a running job's lease while its worker is alive. */
export async function extendJobLease(db: Db, job: Completion & { lockedUntil: Date }): Promise<void> {
  await db.job.updateMany({ where: heldBy(job), data: { lockedUntil: job.lockedUntil } });
}

export async function markJobSucceeded(db: Db, job: Completion & { finishedAt: Date }): Promise<void> {
  await db.job.updateMany({
    where: heldBy(job),
    data: { ...released, status: "SUCCEEDED", finishedAt: job.finishedAt, lastError: null },
  });
}

export async function markJobRetry(db: Db, job: Completion & { runAt: Date; error: string }): Promise<void> {
  await db.job.updateMany({
    where: heldBy(job),
    data: { ...released, status: "QUEUED", runAt: job.runAt, lastError: job.error },
  });
}

export async function markJobFailed(db: Db, job: Completion & { finishedAt: Date; error: string }): Promise<void> {
  await db.job.updateMany({
    where: heldBy(job),
    data: { ...released, status: "FAILED", finishedAt: job.finishedAt, lastError: job.error },
  });
}

/** Newest first, paged by id (ids are time-ordered). */
export async function listJobs(
  db: Db,
  { status, type, limit, startingAfter }: { status?: JobStatus; type?: string; limit: number; startingAfter?: string },
): Promise<{ jobs: JobRecord[]; hasMore: boolean }> {
  const rows = await db.job.findMany({
    where: { status, type, id: startingAfter === undefined ? undefined : { lt: startingAfter } },
    orderBy: { id: "desc" },
    take: limit + 1,
    select: jobSelect,
  });
  return { jobs: rows.slice(0, limit), hasMore: rows.length > limit };
}

export async function findJobById(db: Db, id: string): Promise<JobRecord | null> {
  return db.job.findUnique({ where: { id }, select: jobSelect });
}

/** Puts a FAILED job back in the queue with a fresh attempt budget; false if it was not FAILED. */
export async function requeueJob(db: Db, { id, runAt }: { id: string; runAt: Date }): Promise<boolean> {
  const { count } = await db.job.updateMany({
    where: { id, status: "FAILED" },
    data: { ...released, status: "QUEUED", attempts: 0, runAt, finishedAt: null },
  });
  return count === 1;
}

export async function deleteSucceededJobsFinishedBefore(db: Db, cutoff: Date): Promise<number> {
  const { count } = await db.job.deleteMany({ where: { status: "SUCCEEDED", finishedAt: { lt: cutoff } } });
  return count;
}
