import { z } from "zod";
import { paginationQuerySchema } from "./common";

export const jobStatusSchema = z.enum(["queued", "running", "succeeded", "failed"]);
export type JobStatusName = z.infer<typeof jobStatusSchema>;

export const listJobsQuerySchema = paginationQuerySchema.extend({
  status: jobStatusSchema.optional(),
  type: z.string().max(100).optional(),
});
export type ListJobsQuery = z.infer<typeof listJobsQuerySchema>;

export const retryJobSchema = z.object({ jobId: z.string().min(1) }).strict();
export type RetryJobInput = z.infer<typeof retryJobSchema>;

export type JobDto = {
  object: "job";
  id: string;
  type: string;
  status: JobStatusName;
  attempts: number;
  max_attempts: number;
  run_at: string;
  last_error: string | null;
  created_at: string;
  finished_at: string | null;
  payload: unknown;
};
