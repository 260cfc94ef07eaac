import { beforeEach, describe, expect, test } from "vitest";
import { prisma } from "../../db/client";
import type { JobStatus } from "../../db/generated/client";
import { AppError } from "../../errors";
import { resetDb } from "../../testing/reset-db";
import type { Ctx } from "../context";
import { listJobs } from "./list-jobs";
import { retryJob } from "./retry-job";

beforeEach(resetDb);

const now = new Date("2026-11-23T10:00:00Z");
const userCtx = (role: "ADMIN" | "VIEWER"): Ctx => ({
  actor: { type: "user", id: "usr_1", email: "ada@example.com", name: "Ada", role },
  now,
  requestId: "req_test",
});

async function createJob(id: string, status: JobStatus, type = "test.job") {
  await prisma().job.create({
    data: { id, type, status, payload: { id }, attempts: 3, maxAttempts: 3, runAt: now, lastError: status === "FAILED" ? "boom" : null },
  });
}

const appError = (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => error);

describe("listJobs", () => {
  test("pages newest first and filters by status and type", async () => {
    for (const [i, status] of (["QUEUED", "FAILED", "SUCCEEDED", "FAILED", "FAILED"] as const).entries()) {
      await createJob(`job_0${i}`, status, i === 4 ? "other.job" : "test.job");
    }

    const first = await listJobs(userCtx("VIEWER"), { limit: 2 });
    expect(first.data.map((j) => j.id)).toEqual(["job_04", "job_03"]);
    expect(first).toMatchObject({ has_more: true, next_cursor: "job_03" });
    const rest = await listJobs(userCtx("VIEWER"), { limit: 10, starting_after: "job_03" });
    expect(rest).toMatchObject({ has_more: false, next_cursor: null });
    expect(rest.data.map((j) => j.id)).toEqual(["job_02", "job_01", "job_00"]);

    const failed = await listJobs(userCtx("VIEWER"), { status: "failed", type: "test.job", limit: 10 });
    expect(failed.data.map((j) => j.id)).toEqual(["job_03", "job_01"]);
    expect(failed.data[0]).toEqual({
      object: "job",
      id: "job_03",
      type: "test.job",
      status: "failed",
      attempts: 3,
      max_attempts: 3,
      run_at: now.toISOString(),
      last_error: "boom",
      created_at: expect.any(String),
      finished_at: null,
      payload: { id: "job_03" },
    });
  });
});

describe("retryJob", () => {
  test("re-queues a failed job to run now with a fresh attempt budget and records an audit entry", async () => {
    await createJob("job_failed", "FAILED");

    const dto = await retryJob(userCtx("ADMIN"), { jobId: "job_failed" });

    expect(dto).toMatchObject({ id: "job_failed", status: "queued", attempts: 0, run_at: now.toISOString(), finished_at: null });
    expect(await prisma().auditLog.findMany({ select: { action: true, resourceType: true, resourceId: true, actorId: true } })).toEqual([
      { action: "job.retry", resourceType: "job", resourceId: "job_failed", actorId: "usr_1" },
    ]);
  });

  test("refuses a viewer", async () => {
    await createJob("job_failed", "FAILED");
    const error = await appError(retryJob(userCtx("VIEWER"), { jobId: "job_failed" }));
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "forbidden" });
    expect((await prisma().job.findUniqueOrThrow({ where: { id: "job_failed" } })).status).toBe("FAILED");
    expect(await prisma().auditLog.count()).toBe(0);
  });

  test.each(["QUEUED", "RUNNING", "SUCCEEDED"] as const)("refuses a %s job as invalid_state", async (status) => {
    await createJob("job_x", status);
    expect(await appError(retryJob(userCtx("ADMIN"), { jobId: "job_x" }))).toMatchObject({ code: "invalid_state" });
    expect(await prisma().auditLog.count()).toBe(0);
  });

  test("reports a missing job as not_found", async () => {
    expect(await appError(retryJob(userCtx("ADMIN"), { jobId: "job_missing" }))).toMatchObject({ code: "not_found" });
  });
});
