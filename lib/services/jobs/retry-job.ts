import "server-only";
import { prisma } from "../../db/client";
import { findJobById, requeueJob } from "../../db/jobs";
import { AppError, notFound } from "../../errors";
import { recordAudit } from "../audit";
import { assertCanWrite, type Ctx } from "../context";
import type { JobDto, RetryJobInput } from "../../schemas/job";
import { toJobDto } from "./job-dto";

/** Re-queues a FAILED job to run now with a fresh attempt budget. */
export async function retryJob(ctx: Ctx, { jobId }: RetryJobInput): Promise<JobDto> {
  assertCanWrite(ctx);
  return prisma().$transaction(async (tx) => {
    // Update first, conditionally: of two concurrent retries only one re-queues the job.
    const requeued = await requeueJob(tx, { id: jobId, runAt: ctx.now });
    const job = await findJobById(tx, jobId);
    if (!job) throw notFound("job", jobId);
    if (!requeued) {
      throw new AppError("invalid_state", `Job ${jobId} is ${job.status.toLowerCase()}; only failed jobs can be retried.`);
    }
    await recordAudit(tx, ctx, { action: "job.retry", resourceType: "job", resourceId: jobId, details: { type: job.type } });
    return toJobDto(job);
  });
}
