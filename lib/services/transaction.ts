import { prisma } from "../db/client";
import type { Prisma } from "../db/generated/client";

/** Runs fn in one database transaction: the service's writes, audit row and outbox jobs commit together. */
export function inTransaction<T>(fn: (tx: Prisma.TransactionClient) => Promise<T>): Promise<T> {
  return prisma().$transaction(fn, { maxWait: 10_000, timeout: 30_000 });
}
