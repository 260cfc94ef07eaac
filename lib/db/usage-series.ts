// Usage time series: whole hours from rollups, events received after the watermark from raw rows,
// bucketed by hour, day or month (UTC) and split by dimensions or customer.
import { Prisma } from "./generated/client";
import type { Db } from "./types";
import { countedSql, dimensionsSql, textValueSql, valueSql, type MeterSql } from "./usage-sql";

export type SeriesQuery = {
  meter: MeterSql;
  /** "range": one bucket for the whole range, labelled `from` (totals, e.g. per customer). */
  bucket: "hour" | "day" | "month" | "range";
  /** Whole hours. */
  from: Date;
  to: Date;
  customerId?: string;
  /** Dimension names (a subset of meter.groupBy), or "customer". */
  groupBy: string[] | "customer";
  /** Dimension name → value; every pair must match. */
  filters: Record<string, string>;
  /** Only the `top` groups with the greatest quantity (with bucket "range": one row per group). */
  top?: number;
};

export type SeriesRow = { bucket: Date; grp: string; count: string; sum: string | null; max: string | null; latest: string | null; unique: string | null };

const watermarkSql = Prisma.sql`(SELECT COALESCE(max("rolledUpTo"), 'epoch'::timestamptz) FROM "UsageRollupState")`;

/** The group and filter expressions over rollup rows (dimensions JSON text) and over raw events (properties). */
function shapes(query: SeriesQuery) {
  const index = (name: string) => query.meter.groupBy.indexOf(name);
  const rollupDim = (name: string) => Prisma.sql`("dimensions"::jsonb->>${index(name)}::int)`;
  const rawDim = (name: string) => Prisma.sql`("properties"->>${name})`;
  const group = (dim: (name: string) => Prisma.Sql) =>
    query.groupBy === "customer"
      ? Prisma.sql`jsonb_build_array("customerId")::text`
      : query.groupBy.length === 0
        ? Prisma.sql`'[]'::text`
        : Prisma.sql`jsonb_build_array(${Prisma.join(query.groupBy.map(dim))})::text`;
  const filters = (dim: (name: string) => Prisma.Sql) =>
    Prisma.join(
      [
        Prisma.sql`true`,
        ...(query.customerId ? [Prisma.sql`"customerId" = ${query.customerId}`] : []),
        ...Object.entries(query.filters).map(([name, value]) => Prisma.sql`${dim(name)} = ${value}`),
      ],
      " AND ",
    );
  return { rollupGroup: group(rollupDim), rawGroup: group(rawDim), rollupWhere: filters(rollupDim), rawWhere: filters(rawDim) };
}

const bucketOf = (query: SeriesQuery, column: Prisma.Sql) =>
  query.bucket === "range" ? Prisma.sql`${query.from.toISOString()}::timestamptz` : Prisma.sql`date_trunc(${query.bucket}, ${column}, 'UTC')`;

export async function selectUsageSeries(db: Db, query: SeriesQuery): Promise<SeriesRow[]> {
  const { meter, from, to } = query;
  const { rollupGroup, rawGroup, rollupWhere, rawWhere } = shapes(query);
  const rollupBucket = bucketOf(query, Prisma.sql`"bucketStart"`);
  const rawBucket = bucketOf(query, Prisma.sql`"timestamp"`);
  const hours = Prisma.sql`"bucketStart" >= ${from.toISOString()}::timestamptz AND "bucketStart" < ${to.toISOString()}::timestamptz`;
  const raw = Prisma.sql`${countedSql(meter)} AND "timestamp" >= ${from.toISOString()}::timestamptz AND "timestamp" < ${to.toISOString()}::timestamptz AND "receivedAt" > ${watermarkSql} AND ${rawWhere}`;
  const order = Prisma.sql`ORDER BY la DESC NULLS LAST, lt DESC NULLS LAST`;
  // Ranked in SQL so a top-N over many customers returns N rows; ties by group (binary order, like the service's).
  const rankedBy = (quantity: Prisma.Sql) =>
    query.top === undefined ? Prisma.sql`ORDER BY b, g` : Prisma.sql`ORDER BY ${quantity} DESC NULLS LAST, g COLLATE "C" LIMIT ${query.top}`;
  // The quantity of a group per aggregation (weighted sums are read by selectValueChangeStreams).
  const quantityOf = {
    count: Prisma.sql`sum(c)`,
    sum: Prisma.sql`sum(s)`,
    max: Prisma.sql`max(m)`,
    latest: Prisma.sql`(array_agg(lv ${order}))[1]`,
  };
  if (meter.aggregation === "unique_count") {
    return db.$queryRaw<SeriesRow[]>`
      WITH vals AS (
        SELECT ${rollupBucket} AS b, ${rollupGroup} AS g, "value" AS val FROM "UsageRollupValue" WHERE "meterId" = ${meter.id} AND ${hours} AND ${rollupWhere}
        UNION ALL
        SELECT ${rawBucket}, ${rawGroup}, ${textValueSql(meter)} FROM "UsageEvent" WHERE ${raw} AND ${textValueSql(meter)} IS NOT NULL
      )
      SELECT b AS bucket, g AS grp, '0' AS count, NULL AS sum, NULL AS max, NULL AS latest, count(DISTINCT val)::text AS unique FROM vals GROUP BY b, g ${rankedBy(Prisma.sql`count(DISTINCT val)`)}`;
  }
  return db.$queryRaw<SeriesRow[]>`
    WITH parts AS (
      SELECT ${rollupBucket} AS b, ${rollupGroup} AS g, "count" AS c, "sum" AS s, "max" AS m, "latestAt" AS la, "latestTxn" AS lt, "latestValue" AS lv
      FROM "UsageRollup" WHERE "meterId" = ${meter.id} AND ${hours} AND ${rollupWhere}
      UNION ALL
      SELECT ${rawBucket}, ${rawGroup}, 1, COALESCE(v, 0), v, CASE WHEN v IS NULL THEN NULL ELSE "timestamp" END, "transactionId", v
      FROM (SELECT *, ${valueSql(meter)} AS v FROM "UsageEvent" WHERE ${raw}) e
    )
    SELECT b AS bucket, g AS grp, sum(c)::text AS count, sum(s)::text AS sum, max(m)::text AS max, (array_agg(lv::text ${order}))[1] AS latest, NULL AS unique
    FROM parts GROUP BY b, g ${rankedBy(quantityOf[meter.aggregation as keyof typeof quantityOf])}`;
}

export type ValueChangeRow = { stream: string; grp: string; at: Date; txn: string; value: string; carry: boolean };

/**
 * Weighted sums: the raw value changes inside [from, to) and, per stream (customer and dimension
 * values, what a period read measures), the last change before `from`, with their series group.
 * Weighted sums read raw events (a value holds across hours, so hourly rollups cannot answer them).
 */
export function selectValueChangeStreams(db: Db, query: SeriesQuery): Promise<ValueChangeRow[]> {
  const { meter, from, to } = query;
  const { rawGroup, rawWhere } = shapes(query);
  const columns = Prisma.sql`jsonb_build_array("customerId", ${dimensionsSql(meter)})::text AS stream, ${rawGroup} AS grp, "timestamp" AS at, "transactionId" AS txn, (${valueSql(meter)})::text AS value`;
  const counted = Prisma.sql`${countedSql(meter)} AND ${rawWhere}`;
  return db.$queryRaw<ValueChangeRow[]>`
    SELECT ${columns}, false AS carry FROM "UsageEvent"
    WHERE ${counted} AND "timestamp" >= ${from.toISOString()}::timestamptz AND "timestamp" < ${to.toISOString()}::timestamptz
    UNION ALL
    SELECT * FROM (
      SELECT DISTINCT ON (stream) * FROM (SELECT ${columns}, true AS carry FROM "UsageEvent" WHERE ${counted} AND "timestamp" < ${from.toISOString()}::timestamptz) e
      ORDER BY stream, at DESC, txn DESC
    ) last_before`;
}
