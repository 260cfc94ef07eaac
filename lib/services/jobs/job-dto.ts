import type { JobRecord } from "../../db/jobs";
import type { JobDto, JobStatusName } from "../../schemas/job";

export function toJobDto(job: JobRecord): JobDto {
  return {
    object: "job",
    id: job.id,
    type: job.type,
    status: job.status.toLowerCase() as JobStatusName,
    attempts: job.attempts,
    max_attempts: job.maxAttempts,
    run_at: job.runAt.toISOString(),
    last_error: job.lastError,
    created_at: job.createdAt.toISOString(),
    finished_at: job.finishedAt?.toISOString() ?? null,
    payload: job.payload,
  };
}
