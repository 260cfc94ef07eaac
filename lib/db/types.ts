import type { Prisma, PrismaClient } from "./generated/client";

/** A client or an open transaction: every lib/db function takes one first. */
export type Db = PrismaClient | Prisma.TransactionClient;
