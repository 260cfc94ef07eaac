import { setTimeout as sleep } from "node:timers/promises";
import { beforeEach, describe, expect, test, vi } from "vitest";
import { z } from "zod";
import { database, prisma } from "../db/client";
import { claimDueJobs, markJobSucceeded } from "../db/jobs";
import type { Ctx } from "../services/context";
import { resetDb } from "../testing/reset-db";
import { retryDelayMs } from "./backoff";
import { enqueueJob } from "./enqueue";
import { maintenanceKey, scheduleMaintenance } from "./maintenance";
import { defineJob } from "./registry";
import { runDueJobs, runJobsOnce, startWorker } from "./runner";

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

const handled: { jobId: string; n: number; ctx: Ctx }[] = [];

defineJob({
  type: "test.record",
  payload: z.object({ n: z.number(), delayMs: z.number().optional() }),
  async handle({ n, delayMs }, { ctx, job }) {
    if (delayMs) await sleep(delayMs);
    handled.push({ jobId: job.id, n, ctx });
  },
});

defineJob({
  type: "test.fail",
  payload: z.object({ message: z.string() }),
  async handle({ message }) {
    throw new Error(message);
  },
});

beforeEach(async () => {
  await resetDb();
  handled.length = 0;
  vi.spyOn(console, "warn").mockImplementation(() => undefined);
  vi.spyOn(console, "error").mockImplementation(() => undefined);
});

const findJob = (id: string) => prisma().job.findUniqueOrThrow({ where: { id } });

describe("runDueJobs", () => {
  test("a running job's heartbeat keeps its lease, so a live worker's job is never taken over", async () => {
    const { id } = await enqueueJob(prisma(), { type: "test.record", payload: { n: 1, delayMs: 600 } });
    const lease = { ms: 200, heartbeatMs: 50 };
    const slow = runDueJobs({ workerId: "alive", limit: 1, lease });
    await sleep(400); // twice the lease: without renewal the job would be reclaimable now
    expect(await runDueJobs({ workerId: "other", limit: 1, lease })).toMatchObject({ claimed: 0 });
    expect(await slow).toMatchObject({ claimed: 1, succeeded: 1 });
    expect(handled).toHaveLength(1);
    expect(await findJob(id)).toMatchObject({ status: "SUCCEEDED", attempts: 1 });
  });

  test("runs a due job with a system ctx and marks it succeeded", async () => {
    const now = new Date();
    const { id } = await enqueueJob(prisma(), { type: "test.record", payload: { n: 7 }, runAt: now });
    const later = await enqueueJob(prisma(), { type: "test.record", payload: { n: 8 }, runAt: new Date(now.getTime() + HOUR) });

    expect(await runDueJobs({ now, workerId: "w1", limit: 10 })).toEqual({ claimed: 1, succeeded: 1, retried: 0, failed: 0 });

    expect(handled).toHaveLength(1);
    expect(handled[0]).toMatchObject({ jobId: id, n: 7, ctx: { actor: { type: "system", name: "job:test.record" }, now } });
    expect(await findJob(id)).toMatchObject({ status: "SUCCEEDED", attempts: 1, finishedAt: now, lockedBy: null, lastError: null });
    expect(await findJob(later.id)).toMatchObject({ status: "QUEUED", attempts: 0 });
  });

  test("retries a throwing job with growing backoff, then fails it after maxAttempts with the error kept", async () => {
    const t0 = new Date();
    const { id } = await enqueueJob(prisma(), { type: "test.fail", payload: { message: "boom" }, runAt: t0, maxAttempts: 3 });

    expect(await runDueJobs({ now: t0, workerId: "w1", limit: 10 })).toMatchObject({ claimed: 1, retried: 1 });
    const t1 = new Date(t0.getTime() + retryDelayMs(1, id));
    expect(await findJob(id)).toMatchObject({ status: "QUEUED", attempts: 1, runAt: t1, lastError: "boom", lockedBy: null });

    expect(await runDueJobs({ now: new Date(t1.getTime() - 1), workerId: "w1", limit: 10 })).toMatchObject({ claimed: 0 });

    await runDueJobs({ now: t1, workerId: "w1", limit: 10 });
    const t2 = new Date(t1.getTime() + retryDelayMs(2, id));
    expect(await findJob(id)).toMatchObject({ status: "QUEUED", attempts: 2, runAt: t2 });
    expect(t2.getTime() - t1.getTime()).toBeGreaterThan(t1.getTime() - t0.getTime());

    expect(await runDueJobs({ now: t2, workerId: "w1", limit: 10 })).toMatchObject({ claimed: 1, failed: 1 });
    expect(await findJob(id)).toMatchObject({ status: "FAILED", attempts: 3, finishedAt: t2, lastError: "boom" });
    expect(await runDueJobs({ now: new Date(t2.getTime() + DAY), workerId: "w1", limit: 10 })).toMatchObject({ claimed: 0 });
  });

  test("truncates a long error message to about 2000 characters", async () => {
    const { id } = await enqueueJob(prisma(), { type: "test.fail", payload: { message: "x".repeat(5000) }, maxAttempts: 1 });
    await runDueJobs({ workerId: "w1", limit: 10 });
    const { lastError } = await findJob(id);
    expect(lastError).toHaveLength(2000);
    expect(lastError!.endsWith("…")).toBe(true);
  });

  test.each([
    { type: "test.nobody-handles-this", payload: {}, error: "Unknown job type 'test.nobody-handles-this'" },
    { type: "test.record", payload: { n: "seven" }, error: "Invalid payload for job type 'test.record'" },
  ])("fails $type with payload $payload permanently on the first attempt", async ({ type, payload, error }) => {
    const { id } = await enqueueJob(prisma(), { type, payload });
    expect(await runDueJobs({ workerId: "w1", limit: 10 })).toMatchObject({ claimed: 1, failed: 1 });
    const job = await findJob(id);
    expect(job).toMatchObject({ status: "FAILED", attempts: 1 });
    expect(job.lastError).toContain(error);
    expect(handled).toHaveLength(0);
  });

  test("reclaims a job whose worker died mid-job, so a restart loses no job", async () => {
    const now = new Date();
    const stranded = (id: string, lockedUntil: Date, attempts = 1) =>
      prisma().job.create({
        data: { id, type: "test.record", payload: { n: 1 }, status: "RUNNING", attempts, maxAttempts: 3, runAt: new Date(now.getTime() - HOUR), lockedBy: "dead-worker", lockedUntil },
      });
    await stranded("job_expired", new Date(now.getTime() - 1));
    await stranded("job_still_leased", new Date(now.getTime() + HOUR));

    expect(await runDueJobs({ now, workerId: "w2", limit: 10 })).toMatchObject({ claimed: 1, succeeded: 1 });
    expect(handled.map((h) => h.jobId)).toEqual(["job_expired"]);
    expect(await findJob("job_expired")).toMatchObject({ status: "SUCCEEDED", attempts: 2, lockedBy: null });
    expect(await findJob("job_still_leased")).toMatchObject({ status: "RUNNING", lockedBy: "dead-worker" });
  });

  test("gives up on a job whose worker died during its last allowed attempt", async () => {
    const now = new Date();
    await prisma().job.create({
      data: { id: "job_poison", type: "test.record", payload: { n: 1 }, status: "RUNNING", attempts: 3, maxAttempts: 3, lockedBy: "dead-worker", lockedUntil: new Date(now.getTime() - 1) },
    });
    expect(await runDueJobs({ now, workerId: "w2", limit: 10 })).toMatchObject({ claimed: 1, failed: 1 });
    const job = await findJob("job_poison");
    expect(job).toMatchObject({ status: "FAILED", finishedAt: now });
    expect(job.lastError).toContain("stopped before finishing");
    expect(handled).toHaveLength(0);
  });

  test("a worker whose lease expired cannot overwrite the outcome of the worker that reclaimed the job", async () => {
    const t0 = new Date();
    const { id } = await enqueueJob(prisma(), { type: "test.fail", payload: { message: "slow" }, runAt: t0 });
    await claimDueJobs(prisma(), { workerId: "slow-worker", now: t0, limit: 1, leaseMs: 1000 });
    await runDueJobs({ now: new Date(t0.getTime() + 2000), workerId: "w2", limit: 10 }); // reclaims, fails, retries
    await markJobSucceeded(prisma(), { id, workerId: "slow-worker", finishedAt: new Date() });
    expect(await findJob(id)).toMatchObject({ status: "QUEUED", attempts: 2, lastError: "slow" });
  });

  test.skipIf(database().kind !== "postgres")(
    "two workers running in parallel never process the same job twice (PostgreSQL only)",
    async () => {
      const ids: string[] = [];
      for (let n = 0; n < 40; n++) ids.push((await enqueueJob(prisma(), { type: "test.record", payload: { n, delayMs: 10 } })).id);

      const drain = async (workerId: string) => {
        let processed = 0;
        for (;;) {
          const { claimed, succeeded } = await runDueJobs({ workerId, limit: 4 });
          if (claimed === 0) return processed;
          processed += succeeded;
        }
      };
      const [first, second] = await Promise.all([drain("w1"), drain("w2")]);

      expect(first + second).toBe(40);
      expect(first).toBeGreaterThan(0);
      expect(second).toBeGreaterThan(0);
      expect(handled.map((h) => h.jobId).sort()).toEqual([...ids].sort());
      expect(await prisma().job.count({ where: { status: "SUCCEEDED", attempts: 1 } })).toBe(40);
    },
  );
});

describe("enqueueJob", () => {
  test("enqueueing the same uniqueKey twice yields one job", async () => {
    const first = await enqueueJob(prisma(), { type: "test.record", payload: { n: 1 }, uniqueKey: "billing:sub_1:2026-11" });
    const second = await enqueueJob(prisma(), { type: "test.record", payload: { n: 2 }, uniqueKey: "billing:sub_1:2026-11" });
    expect(first.created).toBe(true);
    expect(second).toEqual({ id: first.id, created: false });
    expect(await prisma().job.findMany({ select: { id: true, payload: true } })).toEqual([{ id: first.id, payload: { n: 1 } }]);
  });

  test("is an outbox: a job enqueued in a rolled-back transaction does not exist", async () => {
    await expect(
      prisma().$transaction(async (tx) => {
        await enqueueJob(tx, { type: "test.record", payload: { n: 1 } });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await prisma().job.count()).toBe(0);

    await prisma().$transaction((tx) => enqueueJob(tx, { type: "test.record", payload: { n: 2 } }));
    expect(await prisma().job.count()).toBe(1);
  });

  test("takes maxAttempts from the job type's definition unless given", async () => {
    const fromDefinition = await enqueueJob(prisma(), { type: "maintenance.cleanup", payload: {} });
    const explicit = await enqueueJob(prisma(), { type: "maintenance.cleanup", payload: {}, maxAttempts: 9 });
    const fallback = await enqueueJob(prisma(), { type: "test.record", payload: { n: 1 } });
    expect((await findJob(fromDefinition.id)).maxAttempts).toBe(3);
    expect((await findJob(explicit.id)).maxAttempts).toBe(9);
    expect((await findJob(fallback.id)).maxAttempts).toBe(5);
  });
});

describe("maintenance", () => {
  test("schedules one cleanup per UTC hour", async () => {
    const at = new Date("2026-11-23T14:05:00Z");
    await scheduleMaintenance(prisma(), at);
    await scheduleMaintenance(prisma(), new Date("2026-11-23T14:59:59Z"));
    await scheduleMaintenance(prisma(), new Date("2026-11-23T15:00:00Z"));
    expect(maintenanceKey(at)).toBe("maintenance.cleanup:2026-11-23T14");
    const keys = await prisma().job.findMany({ select: { uniqueKey: true }, orderBy: { uniqueKey: "asc" } });
    expect(keys.map((k) => k.uniqueKey)).toEqual(["maintenance.cleanup:2026-11-23T14", "maintenance.cleanup:2026-11-23T15"]);
  });

  test("deletes only expired idempotency keys, sign-in attempts and succeeded jobs", async () => {
    const now = new Date();
    const ago = (ms: number) => new Date(now.getTime() - ms);
    await prisma().apiKey.create({ data: { id: "key_1", name: "k", prefix: "bk_", secretHash: "h", role: "ADMIN" } });
    await prisma().idempotencyKey.createMany({
      data: [
        { apiKeyId: "key_1", key: "old", method: "POST", path: "/", requestHash: "h", createdAt: ago(25 * HOUR) },
        { apiKeyId: "key_1", key: "fresh", method: "POST", path: "/", requestHash: "h", createdAt: ago(23 * HOUR) },
      ],
    });
    await prisma().signInAttempt.createMany({
      data: [
        { email: "old@example.com", ip: "1.1.1.1", succeeded: false, createdAt: ago(8 * DAY) },
        { email: "fresh@example.com", ip: "1.1.1.1", succeeded: false, createdAt: ago(6 * DAY) },
      ],
    });
    const job = (id: string, status: "SUCCEEDED" | "FAILED", finishedAt: Date) => ({ id, type: "test.record", payload: { n: 1 }, status, finishedAt });
    await prisma().job.createMany({
      data: [job("job_old_ok", "SUCCEEDED", ago(31 * DAY)), job("job_new_ok", "SUCCEEDED", ago(29 * DAY)), job("job_old_failed", "FAILED", ago(31 * DAY))],
    });

    await scheduleMaintenance(prisma(), now);
    expect(await runDueJobs({ now, workerId: "w1", limit: 10 })).toMatchObject({ claimed: 1, succeeded: 1 });

    expect((await prisma().idempotencyKey.findMany()).map((k) => k.key)).toEqual(["fresh"]);
    expect((await prisma().signInAttempt.findMany()).map((a) => a.email)).toEqual(["fresh@example.com"]);
    const jobs = await prisma().job.findMany({ where: { type: "test.record" }, orderBy: { id: "asc" } });
    expect(jobs.map((j) => j.id)).toEqual(["job_new_ok", "job_old_failed"]);
  });
});

describe("runJobsOnce and startWorker", () => {
  test("runJobsOnce drains every due job, in several batches, including this hour's maintenance, this minute's billing run and usage limit pass", async () => {
    for (let n = 0; n < 25; n++) await enqueueJob(prisma(), { type: "test.record", payload: { n } });
    expect(await runJobsOnce({ limit: 10 })).toEqual({ claimed: 28, succeeded: 28, retried: 0, failed: 0 });
    expect(handled).toHaveLength(25);
    expect(await prisma().job.count({ where: { type: "maintenance.cleanup", status: "SUCCEEDED" } })).toBe(1);
    expect(await prisma().job.count({ where: { type: "billing.run", status: "SUCCEEDED" } })).toBe(1);
    expect(await prisma().job.count({ where: { type: "usage_limits.evaluate", status: "SUCCEEDED" } })).toBe(1);
  });

  test("a worker polls, survives a throwing handler, and stop() waits for the job in flight", async () => {
    const worker = startWorker({ workerId: "loop", pollIntervalMs: 20, concurrency: 2 });
    try {
      const failing = await enqueueJob(prisma(), { type: "test.fail", payload: { message: "boom" }, maxAttempts: 1 });
      const slow = await enqueueJob(prisma(), { type: "test.record", payload: { n: 1, delayMs: 300 } });
      await vi.waitFor(async () => expect((await findJob(slow.id)).status).toBe("RUNNING"), { timeout: 10_000, interval: 10 });
      await worker.stop();
      expect((await findJob(slow.id)).status).toBe("SUCCEEDED");
      expect(await findJob(failing.id)).toMatchObject({ status: "FAILED", lastError: "boom" });
      expect(vi.mocked(console.error).mock.calls.some(([line]) => String(line).includes(failing.id))).toBe(true);
    } finally {
      await worker.stop();
    }
  });

  test("an aborted signal stops the worker", async () => {
    const controller = new AbortController();
    const worker = startWorker({ pollIntervalMs: 20, signal: controller.signal });
    controller.abort();
    await worker.stop();
    await enqueueJob(prisma(), { type: "test.record", payload: { n: 1 } });
    await sleep(100);
    expect(handled).toHaveLength(0);
  });
});
