// Raw usage events: the ingestion insert (one statement per batch), the lookups it needs, and the listing.
import type { SqlSession } from "./database";
import type { Db } from "./types";

export type NewUsageEvent = { transactionId: string; customerId: string; eventName: string; timestamp: Date; propertiesJson: string; uncountedReason: string | null };

/**
 * Inserts the batch in one statement; a transaction id already stored is skipped (the unique key
 * decides, so concurrent batches cannot both insert it). receivedAt is the database's transaction
 * time. Returns the ids actually inserted. Texts must be well-formed UTF-16 (jsonb refuses lone
 * surrogates). Runs on a raw session, with the rows as ONE JSON text
 * parameter built from the properties' JSON already at hand (the driver's array parameters escape
 * every element in JavaScript: a tenth of a batch's CPU in the node process).
 */
export async function insertUsageEvents(session: SqlSession, events: NewUsageEvent[]): Promise<Set<string>> {
  if (events.length === 0) return new Set();
  const text = (value: string | null) => (value === null ? "null" : JSON.stringify(value));
  const rowsJson = `[${events.map((e) => `[${text(e.transactionId)},${text(e.customerId)},${text(e.eventName)},"${e.timestamp.toISOString()}",${e.propertiesJson},${text(e.uncountedReason)}]`).join(",")}]`;
  const rows = await session.query<{ id: string }>(
    `INSERT INTO "UsageEvent" ("transactionId", "customerId", "eventName", "timestamp", "properties", "receivedAt", "uncountedReason")
     SELECT e->>0, e->>1, e->>2, (e->>3)::timestamptz, e->4, now(), e->>5
     FROM jsonb_array_elements($1::jsonb) AS e
     ON CONFLICT ("transactionId") DO NOTHING
     RETURNING "transactionId" AS id`,
    [rowsJson],
  );
  return new Set(rows.map((row) => row.id));
}

export type IngestCustomer = {
  id: string;
  externalRef: string | null;
  /** The frozen time of the customer's test clock (null: real time). */
  clockTime: Date | null;
  /** The spans already billed for usage (usage lines of invoices that are not void) that end after `since` on the customer's clock. */
  invoicedSpans: { start: Date; end: Date }[];
};

/**
 * The customers named by id or external ref (either list may be empty), with what validating
 * their events needs, in one round trip: their test clock's time and their invoiced usage spans
 * ending less than `lookbackMs` before their own now (`now`, or their clock's time).
 */
export async function findIngestCustomers(session: SqlSession, ids: string[], externalRefs: string[], now: Date, lookbackMs: number): Promise<IngestCustomer[]> {
  const rows = await session.query<{ id: string; externalRef: string | null; clockTime: Date | null; spans: [string, string][] | null }>(
    `SELECT c."id", c."externalRef", t."frozenTime" AS "clockTime",
       (SELECT json_agg(json_build_array(l."periodStart", l."periodEnd"))
        FROM "Invoice" i JOIN "InvoiceLine" l ON l."invoiceId" = i."id"
        WHERE i."customerId" = c."id" AND i."status" <> 'VOID' AND l."kind" = 'usage' AND l."periodStart" IS NOT NULL
          AND l."periodEnd" > COALESCE(t."frozenTime", $3::timestamptz) - make_interval(secs => $4::double precision)) AS spans
     FROM "Customer" c LEFT JOIN "TestClock" t ON t."id" = c."testClockId"
     WHERE c."id" = ANY($1::text[]) OR c."externalRef" = ANY($2::text[])`,
    [ids, externalRefs, now.toISOString(), lookbackMs / 1000],
  );
  return rows.map((row) => ({
    id: row.id,
    externalRef: row.externalRef,
    clockTime: row.clockTime === null ? null : new Date(row.clockTime),
    invoicedSpans: (row.spans ?? []).map(([start, end]) => ({ start: new Date(start), end: new Date(end) })),
  }));
}

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
