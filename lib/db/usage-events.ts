// Raw usage events: the ingestion insert (one statement per batch), the lookups it needs, and the listing.
import type { SqlSession } from "./database";
import type { Db } from "./types";

export type NewUsageEvent = { transactionId: string; customerId: string; eventName: string; timestamp: Date; propertiesJson: string; uncountedReason: string | null };

/**
 * Inserts the batch in one statement; a transaction id already stored is skipped (the unique key
 * decides, so concurrent batches cannot both insert it). receivedAt is the database's transaction
 * time. Returns the ids actually inserted. Runs on a raw session (the driver's own array
 * parameters): at 1,000 rows a statement this is a third faster than through Prisma's raw queries.
 */
export async function insertUsageEvents(session: SqlSession, events: NewUsageEvent[]): Promise<Set<string>> {
  if (events.length === 0) return new Set();
  const rows = await session.query<{ id: string }>(
    `INSERT INTO "UsageEvent" ("transactionId", "customerId", "eventName", "timestamp", "properties", "receivedAt", "uncountedReason")
     SELECT t, c, n, ts::timestamptz, p::jsonb, now(), r
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[]) AS u(t, c, n, ts, p, r)
     ON CONFLICT ("transactionId") DO NOTHING
     RETURNING "transactionId" AS id`,
    [
      events.map((e) => e.transactionId),
      events.map((e) => e.customerId),
      events.map((e) => e.eventName),
      events.map((e) => e.timestamp.toISOString()),
      events.map((e) => e.propertiesJson),
      events.map((e) => e.uncountedReason),
    ],
  );
  return new Set(rows.map((row) => row.id));
}

/** The customers named by id or external ref (either list may be empty). */
export const findCustomersByIdsOrRefs = (db: Db, ids: string[], externalRefs: string[]): Promise<{ id: string; externalRef: string | null }[]> =>
  db.customer.findMany({ where: { OR: [{ id: { in: ids } }, { externalRef: { in: externalRefs } }] }, select: { id: true, externalRef: true } });

/** The spans already billed for usage (usage lines of invoices that are not void), per customer, ending after `after`. */
export const findInvoicedUsageSpans = (db: Db, customerIds: string[], after: Date): Promise<{ customerId: string; start: Date; end: Date }[]> =>
  db.$queryRaw`
    SELECT DISTINCT i."customerId", l."periodStart" AS start, l."periodEnd" AS end
    FROM "InvoiceLine" l JOIN "Invoice" i ON i."id" = l."invoiceId"
    WHERE i."customerId" = ANY(${customerIds}::text[]) AND i."status" <> 'VOID' AND l."kind" = 'usage'
      AND l."periodStart" IS NOT NULL AND l."periodEnd" > ${after.toISOString()}::timestamptz`;

export type UsageEventRow = { transactionId: string; customerId: string; eventName: string; timestamp: Date; properties: unknown; receivedAt: Date; uncountedReason: string | null };

export type UsageEventFilters = { customerId?: string; eventName?: string; transactionId?: string; from?: Date; to?: Date; counted?: boolean };

/** Newest first by timestamp (ties by transaction id); the cursor is the last transaction id of the previous page. */
export async function listUsageEvents(db: Db, filters: UsageEventFilters, page: { limit: number; startingAfter?: string }): Promise<UsageEventRow[]> {
  const cursor = page.startingAfter ? await db.usageEvent.findUnique({ where: { transactionId: page.startingAfter }, select: { timestamp: true, transactionId: true } }) : null;
  return db.usageEvent.findMany({
    where: {
      AND: [
        filters.customerId ? { customerId: filters.customerId } : {},
        filters.eventName ? { eventName: filters.eventName } : {},
        filters.transactionId ? { transactionId: filters.transactionId } : {},
        filters.from || filters.to ? { timestamp: { ...(filters.from ? { gte: filters.from } : {}), ...(filters.to ? { lt: filters.to } : {}) } } : {},
        filters.counted === undefined ? {} : { uncountedReason: filters.counted ? null : { not: null } },
        cursor ? { OR: [{ timestamp: { lt: cursor.timestamp } }, { timestamp: cursor.timestamp, transactionId: { lt: cursor.transactionId } }] } : {},
      ],
    },
    orderBy: [{ timestamp: "desc" }, { transactionId: "desc" }],
    take: page.limit,
    select: { transactionId: true, customerId: true, eventName: true, timestamp: true, properties: true, receivedAt: true, uncountedReason: true },
  });
}

export const countCustomerUsageEvents = (db: Db, customerId: string): Promise<number> => db.usageEvent.count({ where: { customerId } });
