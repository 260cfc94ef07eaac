// The job types the worker can run. A type is registered when its module calls defineJob,
// so the module must be imported by the worker (lib/jobs/runner.ts imports the built-in ones).
//
// Delivery is at-least-once: a worker can die after the handler's work committed but before
// the job was marked done, and the job then runs again. Handlers must be idempotent, e.g.
// check what already exists, or enqueue follow-up work with a uniqueKey.
import type { z } from "zod";
import type { ClaimedJob } from "../db/jobs";
import type { Ctx } from "../services/context";

export type JobHandlerContext = { ctx: Ctx; job: ClaimedJob };

export type JobDefinition<Schema extends z.ZodType = z.ZodType> = {
  /** "<area>.<action>", e.g. "maintenance.cleanup". */
  type: string;
  /** Validates the stored payload before every run; a mismatch fails the job permanently. */
  payload: Schema;
  /** Default attempt budget for jobs of this type (overridable per enqueue). */
  maxAttempts?: number;
  handle(payload: z.output<Schema>, context: JobHandlerContext): Promise<void>;
};

const definitions = new Map<string, JobDefinition>();

/** Registers a job type. Defining a type again replaces it (dev reloads re-run modules). */
export function defineJob<Schema extends z.ZodType>(definition: JobDefinition<Schema>): JobDefinition<Schema> {
  definitions.set(definition.type, definition as unknown as JobDefinition);
  return definition;
}

export function findJobDefinition(type: string): JobDefinition | undefined {
  return definitions.get(type);
}
