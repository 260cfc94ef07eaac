// Usage rollups and period reads (docs/usage.md). Rollups hold the counted events received up to
// the watermark, per meter, customer, UTC hour and dimension values; a period reads its whole
// hours from them and everything else (its edges, events after the watermark) from raw events,
// all in one statement so the watermark and the rows come from one snapshot.
import { Prisma } from "./generated/client";
import type { Db } from "./types";
import { countedSql, dimensionsSql, textValueSql, valueSql, type MeterSql } from "./usage-sql";

const EPOCH = new Date(0);
const iso = (at: Date) => at.toISOString();

/** Locks the watermark row (created at the epoch on first use) until the transaction ends. */
export async function lockRollupWatermark(db: Db): Promise<Date> {
  await db.$executeRaw`INSERT INTO "UsageRollupState" ("id", "rolledUpTo", "updatedAt") VALUES ('default', ${iso(EPOCH)}::timestamptz, now()) ON CONFLICT DO NOTHING`;
  const [row] = await db.$queryRaw<{ at: Date }[]>`SELECT "rolledUpTo" AS at FROM "UsageRollupState" WHERE "id" = 'default' FOR UPDATE`;
  return row!.at;
}

export async function setRollupWatermark(db: Db, at: Date): Promise<void> {
  await db.$executeRaw`UPDATE "UsageRollupState" SET "rolledUpTo" = ${iso(at)}::timestamptz, "updatedAt" = now() WHERE "id" = 'default'`;
}

/** The database clock minus `ms`: receivedAt is stamped by the database, so the cutoff is too. */
export async function databaseNowMinus(db: Db, ms: number): Promise<Date> {
  const [row] = await db.$queryRaw<{ at: Date }[]>`SELECT now() - make_interval(secs => ${ms / 1000}::double precision) AS at`;
  return row!.at;
}

export async function deleteMeterRollups(db: Db, meterId: string): Promise<void> {
  await db.$executeRaw`DELETE FROM "UsageRollup" WHERE "meterId" = ${meterId}`;
  await db.$executeRaw`DELETE FROM "UsageRollupValue" WHERE "meterId" = ${meterId}`;
}

export type RollupMeter = MeterSql;

const latestOrder = Prisma.sql`ORDER BY "timestamp" DESC, "transactionId" DESC`;

/** Adds the meter's counted events received in (after, upTo] to its rollups (additive merge). */
export async function rollUpMeterEvents(db: Db, meter: RollupMeter, after: Date, upTo: Date): Promise<void> {
  const window = Prisma.sql`"receivedAt" > ${iso(after)}::timestamptz AND "receivedAt" <= ${iso(upTo)}::timestamptz`;
  await db.$executeRaw`
    INSERT INTO "UsageRollup" ("meterId", "customerId", "bucketStart", "dimensions", "count", "sum", "max", "latestAt", "latestTxn", "latestValue")
    SELECT ${meter.id}, "customerId", date_trunc('hour', "timestamp", 'UTC'), dims, count(*), COALESCE(sum(v), 0), max(v),
      (array_agg("timestamp" ${latestOrder}) FILTER (WHERE v IS NOT NULL))[1],
      (array_agg("transactionId" ${latestOrder}) FILTER (WHERE v IS NOT NULL))[1],
      (array_agg(v ${latestOrder}) FILTER (WHERE v IS NOT NULL))[1]
    FROM (SELECT "customerId", "timestamp", "transactionId", ${valueSql(meter)} AS v, ${dimensionsSql(meter)} AS dims
          FROM "UsageEvent" WHERE ${countedSql(meter)} AND ${window}) e
    GROUP BY 2, 3, 4
    ON CONFLICT ("meterId", "customerId", "bucketStart", "dimensions") DO UPDATE SET
      "count" = "UsageRollup"."count" + EXCLUDED."count",
      "sum" = "UsageRollup"."sum" + EXCLUDED."sum",
      "max" = GREATEST("UsageRollup"."max", EXCLUDED."max"),
      ${latestMerge("latestValue")}, ${latestMerge("latestTxn")}, ${latestMerge("latestAt")}`;
  if (meter.aggregation === "unique_count") {
    await db.$executeRaw`
      INSERT INTO "UsageRollupValue" ("meterId", "customerId", "bucketStart", "dimensions", "value")
      SELECT DISTINCT ${meter.id}, "customerId", date_trunc('hour', "timestamp", 'UTC'), ${dimensionsSql(meter)}, ${textValueSql(meter)}
      FROM "UsageEvent" WHERE ${countedSql(meter)} AND ${window} AND ${textValueSql(meter)} IS NOT NULL
      ON CONFLICT DO NOTHING`;
  }
}

/** The incoming latest wins when it is later (timestamp, then transaction id). SET expressions all read the old row. */
function latestMerge(column: "latestValue" | "latestTxn" | "latestAt") {
  const col = Prisma.raw(`"${column}"`);
  return Prisma.sql`${col} = CASE WHEN EXCLUDED."latestAt" IS NOT NULL AND ("UsageRollup"."latestAt" IS NULL OR EXCLUDED."latestAt" > "UsageRollup"."latestAt"
    OR (EXCLUDED."latestAt" = "UsageRollup"."latestAt" AND EXCLUDED."latestTxn" > "UsageRollup"."latestTxn")) THEN EXCLUDED.${col} ELSE "UsageRollup".${col} END`;
}

export type PeriodSpan = { start: Date; end: Date; inner: { start: Date; end: Date } | null };

/** The raw events a period reads itself: outside its whole hours, or received after the watermark. */
function rawPeriodSql(meter: MeterSql, customerId: string, span: PeriodSpan) {
  const inPeriod = Prisma.sql`"customerId" = ${customerId} AND ${countedSql(meter)} AND "timestamp" >= ${iso(span.start)}::timestamptz AND "timestamp" < ${iso(span.end)}::timestamptz`;
  if (!span.inner) return inPeriod;
  const inner = Prisma.sql`"timestamp" >= ${iso(span.inner.start)}::timestamptz AND "timestamp" < ${iso(span.inner.end)}::timestamptz`;
  return Prisma.sql`${inPeriod} AND (NOT (${inner}) OR "receivedAt" > (SELECT COALESCE(max("rolledUpTo"), 'epoch'::timestamptz) FROM "UsageRollupState"))`;
}

const innerBucketsSql = (meterId: string, customerId: string, span: PeriodSpan) =>
  span.inner
    ? Prisma.sql`"meterId" = ${meterId} AND "customerId" = ${customerId} AND "bucketStart" >= ${iso(span.inner.start)}::timestamptz AND "bucketStart" < ${iso(span.inner.end)}::timestamptz`
    : Prisma.sql`false`;

export type PartialRow = { dimensions: string; count: string; sum: string; max: string | null; latestAt: Date | null; latestTxn: string | null; latestValue: string | null };

/** Count, sum, max and latest of the period per dimension values (rollups + raw), one row per dimension key. */
export async function selectPeriodPartials(db: Db, meter: MeterSql, customerId: string, span: PeriodSpan): Promise<PartialRow[]> {
  return db.$queryRaw<PartialRow[]>`
    WITH parts AS (
      SELECT "dimensions" AS dims, "count" AS c, "sum" AS s, "max" AS m, "latestAt" AS la, "latestTxn" AS lt, "latestValue" AS lv
      FROM "UsageRollup" WHERE ${innerBucketsSql(meter.id, customerId, span)}
      UNION ALL
      SELECT dims, count(*), COALESCE(sum(v), 0), max(v),
        (array_agg("timestamp" ${latestOrder}) FILTER (WHERE v IS NOT NULL))[1],
        (array_agg("transactionId" ${latestOrder}) FILTER (WHERE v IS NOT NULL))[1],
        (array_agg(v ${latestOrder}) FILTER (WHERE v IS NOT NULL))[1]
      FROM (SELECT "timestamp", "transactionId", ${valueSql(meter)} AS v, ${dimensionsSql(meter)} AS dims FROM "UsageEvent" WHERE ${rawPeriodSql(meter, customerId, span)}) e
      GROUP BY dims
    )
    SELECT dims AS dimensions, sum(c)::text AS count, sum(s)::text AS sum, max(m)::text AS max,
      (array_agg(la ORDER BY la DESC NULLS LAST, lt DESC NULLS LAST))[1] AS "latestAt",
      (array_agg(lt ORDER BY la DESC NULLS LAST, lt DESC NULLS LAST))[1] AS "latestTxn",
      (array_agg(lv::text ORDER BY la DESC NULLS LAST, lt DESC NULLS LAST))[1] AS "latestValue"
    FROM parts GROUP BY dims ORDER BY dims`;
}

/** Distinct values of the period per dimension key, and (dimensions null) across all of them. */
export async function selectPeriodUniqueCounts(db: Db, meter: MeterSql, customerId: string, span: PeriodSpan): Promise<{ dimensions: string | null; count: string }[]> {
  return db.$queryRaw`
    WITH vals AS (
      SELECT "dimensions" AS dims, "value" AS val FROM "UsageRollupValue" WHERE ${innerBucketsSql(meter.id, customerId, span)}
      UNION ALL
      SELECT ${dimensionsSql(meter)}, ${textValueSql(meter)} FROM "UsageEvent" WHERE ${rawPeriodSql(meter, customerId, span)} AND ${textValueSql(meter)} IS NOT NULL
    )
    SELECT dims AS dimensions, count(DISTINCT val)::text AS count FROM vals GROUP BY GROUPING SETS ((dims), ()) ORDER BY dims NULLS FIRST`;
}

export type ValueChangeRow = { dimensions: string; at: Date; txn: string; value: string };

/** Weighted sums read the value changes of the period from raw events, and per dimension key the last value before it. */
export async function selectValueChanges(db: Db, meter: MeterSql, customerId: string, start: Date, end: Date): Promise<{ changes: ValueChangeRow[]; carryIn: ValueChangeRow[] }> {
  const counted = Prisma.sql`"customerId" = ${customerId} AND ${countedSql(meter)}`;
  const columns = Prisma.sql`${dimensionsSql(meter)} AS dimensions, "timestamp" AS at, "transactionId" AS txn, (${valueSql(meter)})::text AS value`;
  const changes = await db.$queryRaw<ValueChangeRow[]>`
    SELECT ${columns} FROM "UsageEvent" WHERE ${counted} AND "timestamp" >= ${iso(start)}::timestamptz AND "timestamp" < ${iso(end)}::timestamptz`;
  const carryIn = await db.$queryRaw<ValueChangeRow[]>`
    SELECT DISTINCT ON (dimensions) * FROM (SELECT ${columns} FROM "UsageEvent" WHERE ${counted} AND "timestamp" < ${iso(start)}::timestamptz) e
    ORDER BY dimensions, at DESC, txn DESC`;
  return { changes, carryIn };
}

/** The values of each counted event of the period (the percentage model rates each transaction). */
export async function selectPeriodValues(db: Db, meter: MeterSql, customerId: string, start: Date, end: Date): Promise<string[]> {
  const rows = await db.$queryRaw<{ value: string }[]>`
    SELECT (${valueSql(meter)})::text AS value FROM "UsageEvent"
    WHERE "customerId" = ${customerId} AND ${countedSql(meter)} AND "timestamp" >= ${iso(start)}::timestamptz AND "timestamp" < ${iso(end)}::timestamptz
    ORDER BY "timestamp", "transactionId"`;
  return rows.map((row) => row.value);
}

export type UsageItemRow = { id: string; subscriptionId: string; key: string; description: string; properties: unknown; activeFrom: Date; activeUntil: Date | null; meterId: string };

/** The usage items of these subscriptions whose charge prices a meter. */
export async function findUsageItems(db: Db, subscriptionIds: readonly string[]): Promise<UsageItemRow[]> {
  const rows = await db.subscriptionItem.findMany({
    where: { subscriptionId: { in: [...subscriptionIds] }, kind: "USAGE", charge: { meterId: { not: null } } },
    orderBy: [{ subscriptionId: "asc" }, { activeFrom: "asc" }],
    select: { id: true, subscriptionId: true, key: true, description: true, properties: true, activeFrom: true, activeUntil: true, charge: { select: { meterId: true } } },
  });
  return rows.map(({ charge, ...row }) => ({ ...row, meterId: charge.meterId! }));
}

/** The customer's subscriptions that are still billing, with what their billing cycle needs. */
export const findBillingSubscriptions = (db: Db, customerId: string) =>
  db.subscription.findMany({
    where: { customerId, status: { in: ["TRIALING", "ACTIVE", "PAST_DUE", "PAUSED"] } },
    orderBy: { id: "asc" },
    select: { id: true, currency: true, timeZone: true, alignment: true, billingAnchor: true, planVersion: { select: { billingInterval: true, intervalCount: true } } },
  });
