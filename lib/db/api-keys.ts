import type { Role } from "./generated/enums";
import type { Db } from "./types";

const apiKeySelect = {
  id: true,
  name: true,
  prefix: true,
  role: true,
  lastUsedAt: true,
  revokedAt: true,
  createdAt: true,
  createdBy: { select: { email: true } },
} as const;

export type ApiKeyRow = {
  id: string;
  name: string;
  prefix: string;
  role: Role;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  createdAt: Date;
  createdBy: { email: string } | null;
};

export const insertApiKey = (
  db: Db,
  data: { id: string; name: string; prefix: string; secretHash: string; role: Role; createdById: string | null; createdAt: Date },
): Promise<ApiKeyRow> => db.apiKey.create({ data, select: apiKeySelect });

export const findApiKeyById = (db: Db, id: string): Promise<ApiKeyRow | null> =>
  db.apiKey.findUnique({ where: { id }, select: apiKeySelect });

export const findApiKeyBySecretHash = (db: Db, secretHash: string): Promise<ApiKeyRow | null> =>
  db.apiKey.findUnique({ where: { secretHash }, select: apiKeySelect });

/** Newest first; ids are time-ordered, so the cursor is the last id seen. */
export const listApiKeys = (db: Db, { limit, startingAfter }: { limit: number; startingAfter?: string }): Promise<ApiKeyRow[]> =>
  db.apiKey.findMany({
    where: startingAfter ? { id: { lt: startingAfter } } : {},
    orderBy: { id: "desc" },
    take: limit,
    select: apiKeySelect,
  });

export const updateApiKey = (db: Db, id: string, data: { revokedAt?: Date; lastUsedAt?: Date }): Promise<ApiKeyRow> =>
  db.apiKey.update({ where: { id }, data, select: apiKeySelect });
