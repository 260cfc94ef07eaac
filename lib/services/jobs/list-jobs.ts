import "server-only";
import { prisma } from "../../db/client";
import type { JobStatus } from "../../db/generated/client";
import { listJobs as listJobRecords } from "../../db/jobs";
import type { ListResponse } from "../../schemas/common";
import type { JobDto, ListJobsQuery } from "../../schemas/job";
import type { Ctx } from "../context";
import { toJobDto } from "./job-dto";

/** Every actor may read jobs (viewers included). Newest first. */
export async function listJobs(_ctx: Ctx, query: ListJobsQuery): Promise<ListResponse<JobDto>> {
  const { jobs, hasMore } = await listJobRecords(prisma(), {
    status: query.status?.toUpperCase() as JobStatus | undefined,
    type: query.type,
    limit: query.limit,
    startingAfter: query.starting_after,
  });
  const data = jobs.map(toJobDto);
  return { object: "list", data, has_more: hasMore, next_cursor: hasMore ? data[data.length - 1]!.id : null };
}
