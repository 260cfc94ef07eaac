// Runs queued jobs: claim a batch, run each handler, record the outcome. Failures are
// retried with exponential backoff until the job's maxAttempts, then the job is FAILED
// and stays visible (with lastError) until an admin retries it.
import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import { setTimeout as sleep } from "node:timers/promises";
import { z } from "zod";
import { prisma } from "../db/client";
import { claimDueJobs, extendJobLease, markJobFailed, markJobRetry, markJobSucceeded, type ClaimedJob } from "../db/jobs";
import { systemCtx } from "../services/context";
import { retryDelayMs } from "./backoff";
import { findJobDefinition } from "./registry";
// Job modules register their types when imported: every module defining a job belongs here.
import { billingRunKey, scheduleBillingRun } from "./billing";
import { maintenanceKey, scheduleMaintenance } from "./maintenance";
import "./usage-rollup";
import { scheduleUsageLimits, usageLimitsKey } from "./usage-limits";

/**
 * How long a claim is reserved without a heartbeat. A running handler renews it every
 * heartbeatMs, so only a dead worker's jobs expire: after a crash or restart they are
 * reclaimed within a minute.
 */
export type Lease = { ms: number; heartbeatMs: number };
const DEFAULT_LEASE: Lease = { ms: 60 * 1000, heartbeatMs: 20 * 1000 };
const MAX_ERROR_LENGTH = 2000;

export type RunCounts = { claimed: number; succeeded: number; retried: number; failed: number };
type Outcome = Exclude<keyof RunCounts, "claimed">;

/**
 * Claims up to `limit` due jobs and runs them concurrently. `now` simulates the clock for
 * the whole batch (claiming, handler ctx, retry times); by default the real time is used.
 */
export async function runDueJobs({
  now,
  workerId,
  limit,
  lease = DEFAULT_LEASE,
}: {
  now?: Date;
  workerId: string;
  limit: number;
  lease?: Lease;
}): Promise<RunCounts> {
  const clock = () => now ?? new Date();
  const jobs = await claimDueJobs(prisma(), { workerId, now: clock(), limit, leaseMs: lease.ms });
  const results = await Promise.allSettled(jobs.map((job) => runJob(job, workerId, clock, lease)));
  const counts: RunCounts = { claimed: jobs.length, succeeded: 0, retried: 0, failed: 0 };
  for (const result of results) {
    if (result.status === "rejected") throw result.reason; // the outcome could not be stored; the lease expiry will retry the job
    counts[result.value]++;
  }
  return counts;
}

async function runJob(job: ClaimedJob, workerId: string, clock: () => Date, lease: Lease): Promise<Outcome> {
  const fail = async (reason: string, cause?: unknown): Promise<Outcome> => {
    console.error(`[jobs] ${jobLabel(job)} failed permanently: ${reason}`, ...(cause === undefined ? [] : [cause]));
    await markJobFailed(prisma(), { id: job.id, workerId, finishedAt: clock(), error: truncate(reason) });
    return "failed";
  };

  if (job.attempts > job.maxAttempts) {
    // Reclaimed after its last allowed attempt: its worker died mid-job every time, so stop trying.
    return fail(`Gave up: the worker running attempt ${job.attempts - 1} stopped before finishing (lease expired).`);
  }
  const definition = findJobDefinition(job.type);
  if (!definition) return fail(`Unknown job type '${job.type}': no handler is registered in this worker.`);
  const payload = definition.payload.safeParse(job.payload);
  if (!payload.success) return fail(`Invalid payload for job type '${job.type}': ${z.prettifyError(payload.error)}`);

  const heartbeat = setInterval(() => {
    extendJobLease(prisma(), { id: job.id, workerId, lockedUntil: new Date(clock().getTime() + lease.ms) }).catch((error) =>
      console.error(`[jobs] ${jobLabel(job)}: lease renewal failed`, error),
    );
  }, lease.heartbeatMs);
  heartbeat.unref();
  try {
    await definition.handle(payload.data, { ctx: systemCtx(`job:${job.type}`, clock()), job });
  } catch (error) {
    const message = errorMessage(error);
    if (job.attempts >= job.maxAttempts) return fail(message, error);
    const runAt = new Date(clock().getTime() + retryDelayMs(job.attempts, job.id));
    console.warn(`[jobs] ${jobLabel(job)} failed, retrying at ${runAt.toISOString()}: ${message}`, error);
    await markJobRetry(prisma(), { id: job.id, workerId, runAt, error: truncate(message) });
    return "retried";
  } finally {
    clearInterval(heartbeat);
  }
  await markJobSucceeded(prisma(), { id: job.id, workerId, finishedAt: clock() });
  return "succeeded";
}

export type WorkerOptions = {
  workerId?: string;
  /** Wait between polls when the queue is empty. */
  pollIntervalMs?: number;
  /** Jobs run at once (the batch size). */
  concurrency?: number;
  /** Aborting it stops the worker like stop(). */
  signal?: AbortSignal;
};

export type JobWorker = { workerId: string; /** Stops polling and resolves once in-flight jobs have finished. */ stop(): Promise<void> };

/** Polls for due jobs until stopped. Errors (a handler's or the database's) are logged, never thrown. */
export function startWorker({ workerId = newWorkerId(), pollIntervalMs = 1000, concurrency = 5, signal }: WorkerOptions = {}): JobWorker {
  const stopping = new AbortController();
  const stop = () => stopping.abort();
  if (signal?.aborted) stop();
  signal?.addEventListener("abort", stop, { once: true });
  let scheduledMaintenanceKey: string | undefined;
  let scheduledBillingKey: string | undefined;
  let scheduledLimitsKey: string | undefined;

  /** Returns true when the batch was full, i.e. more jobs are probably due. */
  async function tick(): Promise<boolean> {
    const now = new Date();
    // Remembering the hour keeps this to one insert attempt per hour per worker.
    if (maintenanceKey(now) !== scheduledMaintenanceKey) {
      await scheduleMaintenance(prisma(), now);
      scheduledMaintenanceKey = maintenanceKey(now);
    }
    if (billingRunKey(now) !== scheduledBillingKey) {
      await scheduleBillingRun(prisma(), now);
      scheduledBillingKey = billingRunKey(now);
    }
    if (usageLimitsKey(now) !== scheduledLimitsKey) {
      await scheduleUsageLimits(prisma(), now);
      scheduledLimitsKey = usageLimitsKey(now);
    }
    const counts = await runDueJobs({ workerId, limit: concurrency });
    return counts.claimed === concurrency;
  }

  const loop = (async () => {
    while (!stopping.signal.aborted) {
      let busy = false;
      try {
        busy = await tick();
      } catch (error) {
        console.error(`[jobs] worker ${workerId}: polling failed, will retry`, error);
      }
      if (!busy) await sleep(pollIntervalMs, undefined, { signal: stopping.signal }).catch(() => undefined);
    }
  })();

  return {
    workerId,
    async stop() {
      stop();
      await loop;
      signal?.removeEventListener("abort", stop);
    },
  };
}

/** Schedules this hour's maintenance, then runs batches until no job is due. For the CLI and cron. */
export async function runJobsOnce({ workerId = newWorkerId(), limit = 10 }: { workerId?: string; limit?: number } = {}): Promise<RunCounts> {
  await scheduleMaintenance(prisma(), new Date());
  await scheduleBillingRun(prisma(), new Date());
  await scheduleUsageLimits(prisma(), new Date());
  const total: RunCounts = { claimed: 0, succeeded: 0, retried: 0, failed: 0 };
  for (;;) {
    const counts = await runDueJobs({ workerId, limit });
    if (counts.claimed === 0) return total;
    for (const key of Object.keys(total) as (keyof RunCounts)[]) total[key] += counts[key];
  }
}

function newWorkerId(): string {
  return `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;
}

function jobLabel(job: ClaimedJob): string {
  return `job ${job.id} (${job.type}, attempt ${job.attempts}/${job.maxAttempts})`;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message || error.name : String(error);
}

function truncate(text: string): string {
  return text.length <= MAX_ERROR_LENGTH ? text : `${text.slice(0, MAX_ERROR_LENGTH - 1)}…`;
}
