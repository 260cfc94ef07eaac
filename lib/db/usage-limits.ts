// Usage limits, their crossings (one per limit, revision and period) and the outbound event outbox.
import { Prisma } from "./generated/client";
import type { UsageLimitAction } from "./generated/enums";
import type { Db } from "./types";

const usageLimitSelect = {
  id: true,
  customerId: true,
  meterId: true,
  threshold: true,
  thresholdPercent: true,
  evaluatedThreshold: true,
  action: true,
  name: true,
  description: true,
  metadata: true,
  revision: true,
  archivedAt: true,
  createdAt: true,
  updatedAt: true,
  meter: { select: { code: true } },
  customer: { select: { testClockId: true } },
} as const;

export type UsageLimitRow = Prisma.UsageLimitGetPayload<{ select: typeof usageLimitSelect }>;

export type UsageLimitData = {
  /** Exactly one of threshold and thresholdPercent is set. */
  threshold: string | null;
  thresholdPercent: string | null;
  /** The quantity compared to at the last evaluation (the crossings that count are at it). */
  evaluatedThreshold: string | null;
  action: UsageLimitAction;
  name: string | null;
  description: string | null;
  metadata: Record<string, string>;
  revision: number;
  archivedAt: Date | null;
};

export const insertUsageLimit = (db: Db, data: UsageLimitData & { id: string; customerId: string; meterId: string; createdAt: Date }): Promise<UsageLimitRow> =>
  db.usageLimit.create({ data: { ...data, updatedAt: data.createdAt }, select: usageLimitSelect });

export const findUsageLimitById = (db: Db, id: string): Promise<UsageLimitRow | null> => db.usageLimit.findUnique({ where: { id }, select: usageLimitSelect });

/** Locks the row until the transaction ends, so read-modify-write updates do not race. */
export async function lockUsageLimit(db: Db, id: string): Promise<UsageLimitRow | null> {
  await db.$queryRaw`SELECT 1 FROM "UsageLimit" WHERE "id" = ${id} FOR UPDATE`;
  return findUsageLimitById(db, id);
}

export const updateUsageLimit = (db: Db, id: string, data: Partial<UsageLimitData> & { updatedAt: Date }): Promise<UsageLimitRow> =>
  db.usageLimit.update({ where: { id }, data, select: usageLimitSelect });

/** Locks the customer's active limits (in id order) until the transaction ends and returns them. */
export async function lockActiveUsageLimits(db: Db, customerId: string): Promise<UsageLimitRow[]> {
  await db.$queryRaw`SELECT 1 FROM "UsageLimit" WHERE "customerId" = ${customerId} AND "archivedAt" IS NULL ORDER BY "id" FOR UPDATE`;
  return findActiveUsageLimits(db, customerId);
}

/** The customer's active limits (optionally only these ids), oldest first. */
export const findActiveUsageLimits = (db: Db, customerId: string, ids?: string[]): Promise<UsageLimitRow[]> =>
  db.usageLimit.findMany({ where: { customerId, archivedAt: null, ...(ids ? { id: { in: ids } } : {}) }, orderBy: { id: "asc" }, select: usageLimitSelect });

export type UsageLimitFilters = {
  customerId?: string;
  meterId?: string;
  action?: UsageLimitAction;
  status?: "active" | "archived";
  q?: string;
  metadata?: Record<string, string>;
  /** Only (or all but) these ids: the state filter, resolved by findReachedLimitIds. */
  ids?: { in: string[] } | { notIn: string[] };
};

export function listUsageLimits(db: Db, page: { limit: number; startingAfter?: string; direction: "asc" | "desc" }, filters: UsageLimitFilters): Promise<UsageLimitRow[]> {
  const and: Prisma.UsageLimitWhereInput[] = [];
  if (filters.customerId) and.push({ customerId: filters.customerId });
  if (filters.meterId) and.push({ meterId: filters.meterId });
  if (filters.action) and.push({ action: filters.action });
  if (filters.status) and.push({ archivedAt: filters.status === "archived" ? { not: null } : null });
  if (filters.ids) and.push({ id: filters.ids });
  for (const [key, value] of Object.entries(filters.metadata ?? {})) and.push({ metadata: { path: [key], equals: value } });
  if (filters.q) {
    const contains = { contains: filters.q.replace(/[\\%_]/g, "\\$&"), mode: "insensitive" as const };
    and.push({ OR: [{ name: contains }, { description: contains }] });
  }
  return db.usageLimit.findMany({
    where: { AND: and },
    orderBy: { id: page.direction },
    take: page.limit,
    ...(page.startingAfter ? { cursor: { id: page.startingAfter }, skip: 1 } : {}),
    select: usageLimitSelect,
  });
}

// ─── Crossings ────────────────────────────────────────────────────────────────

export type CrossingRow = { limitId: string; revision: number; periodStart: Date; periodEnd: Date; quantity: string; threshold: string; action: UsageLimitAction; detectedAt: Date; eventId: string };

/**
 * Records a crossing unless the limit already has one for this revision, period and threshold; true when
 * this call recorded it. Concurrent callers wait on the primary key: exactly one of them wins.
 */
export async function insertCrossingOnce(db: Db, crossing: CrossingRow): Promise<boolean> {
  const rows = await db.$queryRaw<{ limitId: string }[]>`
    INSERT INTO "UsageLimitCrossing" ("limitId", "revision", "periodStart", "periodEnd", "quantity", "threshold", "action", "detectedAt", "eventId")
    VALUES (${crossing.limitId}, ${crossing.revision}, ${crossing.periodStart.toISOString()}::timestamptz, ${crossing.periodEnd.toISOString()}::timestamptz,
            ${crossing.quantity}::numeric, ${crossing.threshold}::numeric, ${crossing.action}::"UsageLimitAction", ${crossing.detectedAt.toISOString()}::timestamptz, ${crossing.eventId})
    ON CONFLICT ("limitId", "revision", "periodStart", "threshold") DO NOTHING
    RETURNING "limitId"`;
  return rows.length === 1;
}

/** The crossing of the limit's current revision at `threshold` whose period contains `at` (the customer's time), if any. */
export async function findCurrentCrossing(
  db: Db,
  limit: { id: string; revision: number },
  at: Date,
  threshold: string | null,
): Promise<{ detectedAt: Date; periodStart: Date; periodEnd: Date } | null> {
  if (threshold === null) return null;
  return db.usageLimitCrossing.findFirst({
    where: { limitId: limit.id, revision: limit.revision, threshold, periodStart: { lte: at }, periodEnd: { gt: at } },
    select: { detectedAt: true, periodStart: true, periodEnd: true },
  });
}

/** SQL: the customer's time (its test clock's, else `now`). */
const customerTime = (now: Date) => Prisma.sql`COALESCE((SELECT t."frozenTime" FROM "TestClock" t WHERE t."id" = c."testClockId"), ${now.toISOString()}::timestamptz)`;

/** The active limits reached now: a crossing of their current revision at their evaluated threshold whose period contains their customer's time. */
export async function findReachedLimitIds(db: Db, now: Date, filters: { customerId?: string; meterId?: string }): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT l."id" FROM "UsageLimit" l JOIN "Customer" c ON c."id" = l."customerId"
    WHERE l."archivedAt" IS NULL
      ${filters.customerId ? Prisma.sql`AND l."customerId" = ${filters.customerId}` : Prisma.empty}
      ${filters.meterId ? Prisma.sql`AND l."meterId" = ${filters.meterId}` : Prisma.empty}
      AND EXISTS (SELECT 1 FROM "UsageLimitCrossing" x WHERE x."limitId" = l."id" AND x."revision" = l."revision" AND x."threshold" = l."evaluatedThreshold"
                  AND x."periodStart" <= ${customerTime(now)} AND x."periodEnd" > ${customerTime(now)})`;
  return rows.map((row) => row.id);
}

export type ReachedLimitRow = {
  limitId: string;
  meterId: string;
  meterCode: string;
  threshold: string;
  action: UsageLimitAction;
  name: string | null;
  periodStart: Date;
  periodEnd: Date;
  quantity: string;
  detectedAt: Date;
};

/** The customer's active limits reached at `at` (its own time), with their crossing. */
export const findReachedLimits = (db: Db, customerId: string, at: Date): Promise<ReachedLimitRow[]> =>
  db.$queryRaw<ReachedLimitRow[]>`
    SELECT l."id" AS "limitId", l."meterId", m."code" AS "meterCode", x."threshold"::text AS threshold, l."action"::text AS action, l."name",
           x."periodStart", x."periodEnd", x."quantity"::text AS quantity, x."detectedAt"
    FROM "UsageLimit" l
    JOIN "Meter" m ON m."id" = l."meterId"
    JOIN "UsageLimitCrossing" x ON x."limitId" = l."id" AND x."revision" = l."revision" AND x."threshold" = l."evaluatedThreshold"
    WHERE l."customerId" = ${customerId} AND l."archivedAt" IS NULL
      AND x."periodStart" <= ${at.toISOString()}::timestamptz AND x."periodEnd" > ${at.toISOString()}::timestamptz
    ORDER BY l."id"`;

// ─── The evaluation watermark ─────────────────────────────────────────────────

/** Creates the watermark at the database's time if it does not exist yet (the first limit's creation). */
export async function initLimitWatermark(db: Db): Promise<void> {
  await db.$executeRaw`INSERT INTO "UsageLimitWatermark" ("id", "evaluatedUpTo", "updatedAt") VALUES ('default', now(), now()) ON CONFLICT DO NOTHING`;
}

/** Locks the watermark row until the transaction ends; null when no limit was ever created. */
export async function lockLimitWatermark(db: Db): Promise<Date | null> {
  const [row] = await db.$queryRaw<{ at: Date }[]>`SELECT "evaluatedUpTo" AS at FROM "UsageLimitWatermark" WHERE "id" = 'default' FOR UPDATE`;
  return row?.at ?? null;
}

export async function setLimitWatermark(db: Db, at: Date): Promise<void> {
  await db.$executeRaw`UPDATE "UsageLimitWatermark" SET "evaluatedUpTo" = ${at.toISOString()}::timestamptz, "updatedAt" = now() WHERE "id" = 'default'`;
}

export async function databaseNow(db: Db): Promise<Date> {
  const [row] = await db.$queryRaw<{ at: Date }[]>`SELECT now() AS at`;
  return row!.at;
}

/**
 * The customers to evaluate for (after, upTo]: those with an active limit that received events
 * (the receivedAt index), and those with an active percentage limit whose subscriptions changed
 * (a plan change moves what a percentage is of).
 */
export async function findCustomersToEvaluate(db: Db, after: Date, upTo: Date): Promise<string[]> {
  const [from, to] = [after.toISOString(), upTo.toISOString()];
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT e."customerId" AS id FROM "UsageEvent" e
    WHERE e."receivedAt" > ${from}::timestamptz AND e."receivedAt" <= ${to}::timestamptz
      AND EXISTS (SELECT 1 FROM "UsageLimit" l WHERE l."customerId" = e."customerId" AND l."archivedAt" IS NULL)
    UNION
    SELECT s."customerId" FROM "Subscription" s
    WHERE s."updatedAt" > ${from}::timestamptz AND s."updatedAt" <= ${to}::timestamptz
      AND EXISTS (SELECT 1 FROM "UsageLimit" l WHERE l."customerId" = s."customerId" AND l."archivedAt" IS NULL AND l."thresholdPercent" IS NOT NULL)
    ORDER BY 1`;
  return rows.map((row) => row.id);
}

// ─── Outbound events ──────────────────────────────────────────────────────────

const webhookEventSelect = { id: true, type: true, data: true, customerId: true, createdAt: true, deliveredAt: true } as const;
export type WebhookEventRow = Prisma.WebhookEventGetPayload<{ select: typeof webhookEventSelect }>;

export const insertWebhookEvent = (db: Db, data: { id: string; type: string; data: Prisma.InputJsonValue; customerId: string | null; createdAt: Date }): Promise<WebhookEventRow> =>
  db.webhookEvent.create({ data, select: webhookEventSelect });

export type WebhookEventFilters = { type?: string; customerId?: string; createdFrom?: Date; createdTo?: Date };

/** Newest first (ids are time-ordered). */
export function listWebhookEvents(db: Db, page: { limit: number; startingAfter?: string }, filters: WebhookEventFilters): Promise<WebhookEventRow[]> {
  const createdAt = filters.createdFrom || filters.createdTo ? { ...(filters.createdFrom ? { gte: filters.createdFrom } : {}), ...(filters.createdTo ? { lt: filters.createdTo } : {}) } : undefined;
  return db.webhookEvent.findMany({
    where: { type: filters.type, customerId: filters.customerId, createdAt },
    orderBy: { id: "desc" },
    take: page.limit,
    ...(page.startingAfter ? { cursor: { id: page.startingAfter }, skip: 1 } : {}),
    select: webhookEventSelect,
  });
}
