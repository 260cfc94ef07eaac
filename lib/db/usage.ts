// Usage rollups and period reads (docs/usage.md). Rollups hold the counted events received up to
// the watermark, per meter, customer, UTC hour and dimension values; a period reads its whole
// hours from them and everything else (its edges, events after the watermark) from raw events,
// all in one statement so the watermark and the rows come from one snapshot.
import { Prisma } from "./generated/client";
import type { Db } from "./types";
import { monthHourMasks } from "../usage/buckets";
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
  await db.$executeRaw`DELETE FROM "UsageRollupValueHours" WHERE "meterId" = ${meterId}`;
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
    // One scan of the events feeds both levels: the hourly value sets (usage series) and the
    // month rows of value hours (period reads; bits only ever get set, so the merge is an OR).
    await db.$executeRaw`
      WITH vals AS MATERIALIZED (
        SELECT DISTINCT "customerId", date_trunc('hour', "timestamp", 'UTC') AS hour, ${dimensionsSql(meter)} AS dims, ${textValueSql(meter)} AS val
        FROM "UsageEvent" WHERE ${countedSql(meter)} AND ${window} AND ${textValueSql(meter)} IS NOT NULL
      ), hourly AS (
        INSERT INTO "UsageRollupValue" ("meterId", "customerId", "bucketStart", "dimensions", "value")
        SELECT ${meter.id}, "customerId", hour, dims, val FROM vals
        ON CONFLICT DO NOTHING
      )
      INSERT INTO "UsageRollupValueHours" AS h ("meterId", "customerId", "month", "dimensions", "value", "hours")
      SELECT ${meter.id}, "customerId", month, dims, val, bit_or(B'1'::bit(744) >> (extract(epoch FROM hour - month) / 3600)::int)
      FROM (SELECT *, date_trunc('month', hour, 'UTC') AS month FROM vals) v
      GROUP BY "customerId", month, dims, val
      ON CONFLICT ("meterId", "customerId", "month", "dimensions", "value") DO UPDATE SET "hours" = h."hours" | EXCLUDED."hours"
      WHERE (h."hours" | EXCLUDED."hours") <> h."hours"`;
  }
}

/** The incoming latest wins when it is later (timestamp, then transaction id). SET expressions all read the old row. */
function latestMerge(column: "latestValue" | "latestTxn" | "latestAt") {
  const col = Prisma.raw(`"${column}"`);
  return Prisma.sql`${col} = CASE WHEN EXCLUDED."latestAt" IS NOT NULL AND ("UsageRollup"."latestAt" IS NULL OR EXCLUDED."latestAt" > "UsageRollup"."latestAt"
    OR (EXCLUDED."latestAt" = "UsageRollup"."latestAt" AND EXCLUDED."latestTxn" > "UsageRollup"."latestTxn")) THEN EXCLUDED.${col} ELSE "UsageRollup".${col} END`;
}

export type PeriodSpan = { start: Date; end: Date; inner: { start: Date; end: Date } | null };

/** The watermark as the database has it now (the epoch before the first rollup). */
export async function readRollupWatermark(db: Db): Promise<Date> {
  const [row] = await db.$queryRaw<{ at: Date }[]>`SELECT COALESCE(max("rolledUpTo"), 'epoch'::timestamptz) AS at FROM "UsageRollupState"`;
  return row!.at;
}

const watermarkColumn = Prisma.sql`(SELECT COALESCE(max("rolledUpTo"), 'epoch'::timestamptz) FROM "UsageRollupState") AS wm`;

/**
 * The raw events a period reads itself, as separate index-friendly parts: its edges (outside its
 * whole hours) by timestamp, and its whole hours' events received after the watermark `w`.
 */
function rawPeriodSql(meter: MeterSql, customerId: string, span: PeriodSpan, w: Date) {
  const counted = Prisma.sql`"customerId" = ${customerId} AND ${countedSql(meter)}`;
  const range = (start: Date, end: Date) => Prisma.sql`"timestamp" >= ${iso(start)}::timestamptz AND "timestamp" < ${iso(end)}::timestamptz`;
  const select = (where: Prisma.Sql) => Prisma.sql`SELECT * FROM "UsageEvent" WHERE ${counted} AND ${where}`;
  if (!span.inner) return Prisma.sql`(${select(range(span.start, span.end))})`;
  const parts = [
    // The watermark goes in as a literal (an ISO string of a Date, nothing user-supplied): with a
    // parameter, a cached generic plan scans the whole period on the timestamp index instead of
    // the few rows after the watermark on the receivedAt index.
    select(Prisma.sql`${range(span.inner.start, span.inner.end)} AND "receivedAt" > ${Prisma.raw(`'${iso(w)}'::timestamptz`)}`),
    ...(span.start < span.inner.start ? [select(range(span.start, span.inner.start))] : []),
    ...(span.inner.end < span.end ? [select(range(span.inner.end, span.end))] : []),
  ];
  return Prisma.sql`(${Prisma.join(parts, " UNION ALL ")})`;
}

const innerBucketsSql = (meterId: string, customerId: string, span: PeriodSpan) =>
  span.inner
    ? Prisma.sql`"meterId" = ${meterId} AND "customerId" = ${customerId} AND "bucketStart" >= ${iso(span.inner.start)}::timestamptz AND "bucketStart" < ${iso(span.inner.end)}::timestamptz`
    : Prisma.sql`false`;

/**
 * Runs a period read with the watermark `w` it reads the tail after, and checks (every row carries
 * the watermark its snapshot saw) that the rollups it read stop at that same watermark; if a rollup
 * pass committed in between, it reads again with the new one. No rows: no events either way.
 */
async function atWatermark<Row extends { wm: Date }>(db: Db, read: (w: Date) => Promise<Row[]>): Promise<Row[]> {
  let w = await readRollupWatermark(db);
  for (let attempt = 0; attempt < 5; attempt++) {
    const rows = await read(w);
    const seen = rows[0]?.wm;
    if (!seen || seen.getTime() === w.getTime()) return rows;
    w = seen;
  }
  throw new Error("Usage rollups kept moving during a period read; try again.");
}

/** Only latest meters pick the last value across the parts (three sorts per dimension key saved otherwise). */
const latestColumns = (meter: MeterSql) =>
  meter.aggregation === "latest"
    ? Prisma.sql`(array_agg(la ORDER BY la DESC NULLS LAST, lt DESC NULLS LAST))[1] AS "latestAt",
      (array_agg(lt ORDER BY la DESC NULLS LAST, lt DESC NULLS LAST))[1] AS "latestTxn",
      (array_agg(lv::text ORDER BY la DESC NULLS LAST, lt DESC NULLS LAST))[1] AS "latestValue"`
    : Prisma.sql`NULL::timestamptz AS "latestAt", NULL::text AS "latestTxn", NULL::text AS "latestValue"`;

export type PartialRow = { dimensions: string; count: string; sum: string; max: string | null; latestAt: Date | null; latestTxn: string | null; latestValue: string | null; wm: Date };

/** Count, sum, max and latest of the period per dimension values (rollups + raw), one row per dimension key. */
export function selectPeriodPartials(db: Db, meter: MeterSql, customerId: string, span: PeriodSpan): Promise<PartialRow[]> {
  return atWatermark(
    db,
    (w) => db.$queryRaw<PartialRow[]>`
    WITH parts AS (
      SELECT "dimensions" AS dims, "count" AS c, "sum" AS s, "max" AS m, "latestAt" AS la, "latestTxn" AS lt, "latestValue" AS lv
      FROM "UsageRollup" WHERE ${innerBucketsSql(meter.id, customerId, span)}
      UNION ALL
      SELECT dims, count(*), COALESCE(sum(v), 0), max(v),
        (array_agg("timestamp" ${latestOrder}) FILTER (WHERE v IS NOT NULL))[1],
        (array_agg("transactionId" ${latestOrder}) FILTER (WHERE v IS NOT NULL))[1],
        (array_agg(v ${latestOrder}) FILTER (WHERE v IS NOT NULL))[1]
      FROM (SELECT "timestamp", "transactionId", ${valueSql(meter)} AS v, ${dimensionsSql(meter)} AS dims FROM ${rawPeriodSql(meter, customerId, span, w)} raw) e
      GROUP BY dims
    )
    SELECT dims AS dimensions, sum(c)::text AS count, sum(s)::text AS sum, max(m)::text AS max, ${latestColumns(meter)}, ${watermarkColumn}
    FROM parts GROUP BY dims ORDER BY dims`,
  );
}

/**
 * The months of the period's whole hours with their hour masks, cast once (MATERIALIZED: inlined,
 * the text-to-bit cast would run for every row joined).
 */
function innerMasksSql(span: PeriodSpan) {
  const masks = span.inner ? monthHourMasks(span.inner.start, span.inner.end) : [];
  return Prisma.sql`masks AS MATERIALIZED (
    SELECT month::timestamptz AS month, mask::bit(744) AS mask FROM unnest(${masks.map((m) => iso(m.month))}::text[], ${masks.map((m) => m.mask)}::text[]) AS m(month, mask)
  )`;
}

/**
 * Distinct values of the period per dimension key, and (dimensions null) across all of them: for
 * its whole hours, the month rows of value hours whose hours meet the period's mask (one row per
 * value and month, not per hour); raw events for the rest. Hash aggregates: a sorted
 * count(DISTINCT) over grouping sets costs twice as much.
 */
export function selectPeriodUniqueCounts(db: Db, meter: MeterSql, customerId: string, span: PeriodSpan): Promise<{ dimensions: string | null; count: string; wm: Date }[]> {
  return atWatermark(
    db,
    (w) => db.$queryRaw<{ dimensions: string | null; count: string; wm: Date }[]>`
    WITH ${innerMasksSql(span)}, present AS MATERIALIZED (
      SELECT dims, val FROM (
        SELECT v."dimensions", v."value" FROM "UsageRollupValueHours" v JOIN masks m ON v."month" = m.month
        WHERE v."meterId" = ${meter.id} AND v."customerId" = ${customerId} AND (v."hours" & m.mask) <> B'0'::bit(744)
        UNION ALL
        SELECT ${dimensionsSql(meter)}, ${textValueSql(meter)} FROM ${rawPeriodSql(meter, customerId, span, w)} raw WHERE ${textValueSql(meter)} IS NOT NULL
      ) vals (dims, val)
      GROUP BY dims, val
    )
    SELECT dimensions, count, ${watermarkColumn} FROM (
      SELECT NULL::text AS dimensions, count(*)::text AS count FROM (SELECT val FROM present GROUP BY val) v
      UNION ALL
      SELECT dims, count(*)::text FROM present GROUP BY dims
    ) counts ORDER BY dimensions NULLS FIRST`,
  );
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
