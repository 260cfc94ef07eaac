// The billing run's queries: which subscriptions have something due, claiming one under a row
// lock that concurrent workers skip, moving the billing cursor, and drafts whose review time is up.
import type { Db } from "./types";

/**
 * Subscriptions of one clock (null: the real clock) with something due at `now`: an invoice, a trial
 * end or a scheduled change, in id order after `afterId` (a run's keyset: each is visited once per
 * run). Unlocked: each is claimed afterwards with claimSubscriptions.
 */
export async function findDueSubscriptionIds(db: Db, { testClockId, now, afterId, limit }: { testClockId: string | null; now: Date; afterId: string; limit: number }): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT s."id" FROM "Subscription" s
    WHERE (s."testClockId" = ${testClockId} OR (${testClockId}::text IS NULL AND s."testClockId" IS NULL))
      AND s."id" > ${afterId}
      AND (s."nextBillingAt" <= ${now}
        OR (s."status" = 'TRIALING' AND s."trialEnd" <= ${now})
        OR EXISTS (SELECT 1 FROM "ScheduledChange" c WHERE c."subscriptionId" = s."id" AND c."status" = 'PENDING' AND c."effectiveAt" <= ${now}))
    ORDER BY s."id"
    LIMIT ${limit}`;
  return rows.map((row) => row.id);
}

/** Locks those of the subscriptions no other worker holds, for this transaction; returns their ids. */
export async function claimSubscriptions(db: Db, ids: readonly string[]): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Subscription" WHERE "id" = ANY(${[...ids]}::text[]) ORDER BY "id" FOR UPDATE SKIP LOCKED`;
  return rows.map((row) => row.id);
}

/** Moves many subscriptions' billing cursors in one statement. */
export async function advanceBillingCursors(db: Db, cursors: readonly { id: string; nextPeriodIndex: number; nextBillingAt: Date | null }[]): Promise<void> {
  if (cursors.length === 0) return;
  await db.$executeRaw`
    UPDATE "Subscription" AS s
    SET "nextPeriodIndex" = c."nextPeriodIndex", "nextBillingAt" = c."nextBillingAt", "updatedAt" = now()
    FROM unnest(${cursors.map((cursor) => cursor.id)}::text[], ${cursors.map((cursor) => cursor.nextPeriodIndex)}::int[],
                ${cursors.map((cursor) => cursor.nextBillingAt)}::timestamptz[]) AS c("id", "nextPeriodIndex", "nextBillingAt")
    WHERE s."id" = c."id"`;
}

/** Drafts of one clock whose review period is over. */
export async function findDraftsToFinalize(db: Db, { testClockId, now, limit }: { testClockId: string | null; now: Date; limit: number }): Promise<{ id: string; autoFinalizeAt: Date }[]> {
  return db.invoice.findMany({
    where: { status: "DRAFT", testClockId, autoFinalizeAt: { lte: now } },
    orderBy: { autoFinalizeAt: "asc" },
    take: limit,
    select: { id: true, autoFinalizeAt: true },
  }) as Promise<{ id: string; autoFinalizeAt: Date }[]>;
}

/** Which of the subscriptions have a pending scheduled change due by `upTo`. */
export async function withScheduledChangesDue(db: Db, subscriptionIds: readonly string[], upTo: Date): Promise<Set<string>> {
  const rows = await db.scheduledChange.findMany({
    where: { subscriptionId: { in: [...subscriptionIds] }, status: "PENDING", effectiveAt: { lte: upTo } },
    select: { subscriptionId: true },
    distinct: ["subscriptionId"],
  });
  return new Set(rows.map((row) => row.subscriptionId));
}

export const findPendingScheduledChanges = (db: Db, subscriptionId: string, upTo: Date) =>
  db.scheduledChange.findMany({
    where: { subscriptionId, status: "PENDING", effectiveAt: { lte: upTo } },
    orderBy: [{ effectiveAt: "asc" }, { createdAt: "asc" }],
  });

export const findTestClockTime = async (db: Db, id: string): Promise<Date | null> =>
  (await db.testClock.findUnique({ where: { id }, select: { frozenTime: true } }))?.frozenTime ?? null;
