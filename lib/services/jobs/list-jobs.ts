import "server-only";
import { prisma } from "../../db/client";
import type { JobStatus } from "../../db/generated/client";
import { listJobs as listJobRecords } from "../../db/jobs";
import { AppError } from "../../errors";
import type { Ctx } from "../context";
import { toJobDto, type JobDto, type JobStatusName } from "./job-dto";

export type ListJobsInput = { status?: JobStatusName; type?: string; limit: number; startingAfter?: string };

export type JobList = { data: JobDto[]; hasMore: boolean; nextCursor: string | null };

const MAX_LIMIT = 100;

/** Every actor may read jobs (viewers included). Newest first. */
export async function listJobs(_ctx: Ctx, { status, type, limit, startingAfter }: ListJobsInput): Promise<JobList> {
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    throw new AppError("invalid_request", `limit must be an integer from 1 to ${MAX_LIMIT}.`, { param: "limit" });
  }
  const { jobs, hasMore } = await listJobRecords(prisma(), {
    status: status?.toUpperCase() as JobStatus | undefined,
    type,
    limit,
    startingAfter,
  });
  const data = jobs.map(toJobDto);
  return { data, hasMore, nextCursor: hasMore ? data[data.length - 1]!.id : null };
}
