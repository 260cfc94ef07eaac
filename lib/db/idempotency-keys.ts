import { Prisma } from "./generated/client";
import type { Db } from "./types";

export type IdempotencyRow = {
  id: bigint;
  requestHash: string;
  statusCode: number | null;
  responseBody: Prisma.JsonValue | null;
  createdAt: Date;
};

const select = { id: true, requestHash: true, statusCode: true, responseBody: true, createdAt: true } as const;

/** Claims the key; returns null when another request already holds it. */
export async function claimIdempotencyKey(
  db: Db,
  data: { apiKeyId: string; key: string; method: string; path: string; requestHash: string; createdAt: Date },
): Promise<IdempotencyRow | null> {
  const rows = await db.$queryRaw<{ id: bigint }[]>`
    INSERT INTO "IdempotencyKey" ("apiKeyId", "key", "method", "path", "requestHash", "createdAt")
    VALUES (${data.apiKeyId}, ${data.key}, ${data.method}, ${data.path}, ${data.requestHash}, ${data.createdAt})
    ON CONFLICT ("apiKeyId", "key") DO NOTHING
    RETURNING id`;
  const id = rows[0]?.id;
  return id === undefined ? null : { id, requestHash: data.requestHash, statusCode: null, responseBody: null, createdAt: data.createdAt };
}

export const findIdempotencyKey = (db: Db, apiKeyId: string, key: string): Promise<IdempotencyRow | null> =>
  db.idempotencyKey.findUnique({ where: { apiKeyId_key: { apiKeyId, key } }, select });

/** Takes over a row whose request expired or was abandoned; false if someone else took it first. */
export async function restartIdempotencyKey(db: Db, row: IdempotencyRow, data: { requestHash: string; method: string; path: string; now: Date }) {
  const { count } = await db.idempotencyKey.updateMany({
    where: { id: row.id, createdAt: row.createdAt },
    data: { requestHash: data.requestHash, method: data.method, path: data.path, createdAt: data.now, statusCode: null, responseBody: Prisma.DbNull, completedAt: null },
  });
  return count === 1;
}

export const completeIdempotencyKey = (db: Db, id: bigint, data: { statusCode: number; responseBody: Prisma.InputJsonValue; now: Date }) =>
  db.idempotencyKey.update({ where: { id }, data: { statusCode: data.statusCode, responseBody: data.responseBody, completedAt: data.now }, select: { id: true } });

export const releaseIdempotencyKey = (db: Db, id: bigint) => db.idempotencyKey.deleteMany({ where: { id } });
