import type { Prisma } from "../../db/generated/client";
import type { JobRecord } from "../../db/jobs";

export type JobStatusName = "queued" | "running" | "succeeded" | "failed";

export type JobDto = {
  id: string;
  type: string;
  status: JobStatusName;
  attempts: number;
  maxAttempts: number;
  runAt: string;
  lastError: string | null;
  createdAt: string;
  finishedAt: string | null;
  payload: Prisma.JsonValue;
};

export function toJobDto(job: JobRecord): JobDto {
  return {
    id: job.id,
    type: job.type,
    status: job.status.toLowerCase() as JobStatusName,
    attempts: job.attempts,
    maxAttempts: job.maxAttempts,
    runAt: job.runAt.toISOString(),
    lastError: job.lastError,
    createdAt: job.createdAt.toISOString(),
    finishedAt: job.finishedAt?.toISOString() ?? null,
    payload: job.payload,
  };
}
