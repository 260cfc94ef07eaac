// The billing run's queries: which subscriptions have something due, claiming one under a row
// lock that concurrent workers skip, moving the billing cursor, and drafts whose review time is up.
import type { Db } from "./types";

/**
 * Subscriptions of one clock (null: the real clock) with something due at `now`: an invoice, a trial
 * end or a scheduled change. Unlocked: each is claimed afterwards with claimSubscription.
 */
export async function findDueSubscriptionIds(db: Db, { testClockId, now, exclude, limit }: { testClockId: string | null; now: Date; exclude: readonly string[]; limit: number }): Promise<string[]> {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT s."id" FROM "Subscription" s
    WHERE (s."testClockId" = ${testClockId} OR (${testClockId}::text IS NULL AND s."testClockId" IS NULL))
      AND NOT (s."id" = ANY(${exclude as string[]}::text[]))
      AND (s."nextBillingAt" <= ${now}
        OR (s."status" = 'TRIALING' AND s."trialEnd" <= ${now})
        OR EXISTS (SELECT 1 FROM "ScheduledChange" c WHERE c."subscriptionId" = s."id" AND c."status" = 'PENDING' AND c."effectiveAt" <= ${now}))
    ORDER BY s."nextBillingAt" NULLS LAST, s."id"
    LIMIT ${limit}`;
  return rows.map((row) => row.id);
}

/** Locks the subscription for this transaction, or returns false when another worker holds it. */
export async function claimSubscription(db: Db, id: string): Promise<boolean> {
  const rows = await db.$queryRaw<{ id: string }[]>`SELECT "id" FROM "Subscription" WHERE "id" = ${id} FOR UPDATE SKIP LOCKED`;
  return rows.length === 1;
}

export const advanceBillingCursor = (db: Db, id: string, data: { nextPeriodIndex: number; nextBillingAt: Date | null }) =>
  db.subscription.update({ where: { id }, data, select: { id: true } });

/** Drafts of one clock whose review period is over. */
export async function findDraftsToFinalize(db: Db, { testClockId, now, limit }: { testClockId: string | null; now: Date; limit: number }): Promise<{ id: string; autoFinalizeAt: Date }[]> {
  return db.invoice.findMany({
    where: { status: "DRAFT", testClockId, autoFinalizeAt: { lte: now } },
    orderBy: { autoFinalizeAt: "asc" },
    take: limit,
    select: { id: true, autoFinalizeAt: true },
  }) as Promise<{ id: string; autoFinalizeAt: Date }[]>;
}

export const findPendingScheduledChanges = (db: Db, subscriptionId: string, upTo: Date) =>
  db.scheduledChange.findMany({
    where: { subscriptionId, status: "PENDING", effectiveAt: { lte: upTo } },
    orderBy: [{ effectiveAt: "asc" }, { createdAt: "asc" }],
  });

export const findTestClockTime = async (db: Db, id: string): Promise<Date | null> =>
  (await db.testClock.findUnique({ where: { id }, select: { frozenTime: true } }))?.frozenTime ?? null;
