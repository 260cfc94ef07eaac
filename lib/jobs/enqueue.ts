// Enqueueing is also the outbox: a service passes its transaction client, so the job
// exists exactly when the change that caused it commits.
import type { Prisma } from "../db/generated/client";
import { insertJob } from "../db/jobs";
import type { Db } from "../db/types";
import { createId } from "../ids";
import { findJobDefinition } from "./registry";

export type EnqueueJobInput = {
  type: string;
  payload: Prisma.InputJsonValue;
  /** Not before this time; default now. */
  runAt?: Date;
  /** At most one job per key: enqueueing an existing key does nothing and returns that job's id. */
  uniqueKey?: string;
  /** Default: the maxAttempts of the type's definition if it is loaded in this process, else 5. */
  maxAttempts?: number;
};

export async function enqueueJob(db: Db, input: EnqueueJobInput): Promise<{ id: string; created: boolean }> {
  const maxAttempts = input.maxAttempts ?? findJobDefinition(input.type)?.maxAttempts;
  if (maxAttempts !== undefined && (!Number.isInteger(maxAttempts) || maxAttempts < 1)) {
    throw new RangeError(`maxAttempts must be an integer >= 1, got ${maxAttempts}`);
  }
  return insertJob(db, { ...input, id: createId("job"), maxAttempts });
}
