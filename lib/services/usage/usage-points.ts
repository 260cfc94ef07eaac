// What usage series and top customers share: checking a query against its meter, and reading
// quantities per bucket and group (rollups + raw tail, or raw value changes for weighted sums).
import "server-only";
import { prisma } from "../../db/client";
import { findMeterById, type MeterRow } from "../../db/meters";
import { selectUsageSeries, selectValueChangeStreams, type SeriesQuery, type SeriesRow } from "../../db/usage-series";
import { AppError, notFound } from "../../errors";
import { quantityOf, type Aggregation } from "../../usage/aggregation";
import { bucketSpans, floorHour } from "../../usage/buckets";
import { weightedSumSeries, type ValueStream } from "../../usage/weighted-sum-series";
import { aggregationOf, toRollupMeter } from "../meters/dto";

const MAX_BUCKETS = { hour: 24 * 31, day: 400, month: 120 } as const;
const BUCKET_MS = { hour: 3_600_000, day: 86_400_000, month: 28 * 86_400_000 } as const;

export type UsageRange = { meter_id: string; from: string; to: string; filters: Record<string, string> };

/** The meter and the whole-hour range of a query, checked: at least an hour, at most `span`'s bucket limit. */
export async function resolveUsageRange(query: UsageRange, span: keyof typeof MAX_BUCKETS): Promise<{ meter: MeterRow; from: Date; to: Date }> {
  const meter = await findMeterById(prisma(), query.meter_id);
  if (!meter) throw notFound("meter", query.meter_id);
  const from = floorHour(new Date(query.from));
  const to = floorHour(new Date(query.to));
  if (to.getTime() <= from.getTime()) throw new AppError("invalid_request", "to must be at least one hour after from.", { param: "to" });
  if ((to.getTime() - from.getTime()) / BUCKET_MS[span] > MAX_BUCKETS[span]) {
    throw new AppError("invalid_request", `A ${span} series spans at most ${MAX_BUCKETS[span]} buckets; narrow from/to or use a larger bucket.`, { param: "to" });
  }
  for (const name of Object.keys(query.filters)) assertDimension(meter, name, `filter[${name}]`);
  return { meter, from, to };
}

export function assertDimension(meter: MeterRow, name: string, param: string): void {
  if (!meter.groupBy.includes(name)) {
    throw new AppError("invalid_request", `'${name}' is not a dimension of meter '${meter.code}' (its group_by: ${meter.groupBy.join(", ") || "none"}).`, { param });
  }
}

export type UsagePoint = { bucket: Date; group: (string | null)[]; quantity: string };

function quantity(aggregation: Aggregation, row: SeriesRow): string {
  if (aggregation === "unique_count") return row.unique ?? "0";
  const partial = { count: BigInt(row.count), sum: row.sum ?? "0", max: row.max, latest: row.latest === null ? null : { at: new Date(0), txn: "", value: row.latest } };
  return quantityOf(aggregation as Exclude<Aggregation, "unique_count" | "weighted_sum">, partial);
}

/** Quantities per bucket and group (the group's values in `groupBy` order), sorted by bucket then group. */
export async function readUsagePoints(meter: MeterRow, query: Omit<SeriesQuery, "meter">): Promise<UsagePoint[]> {
  const seriesQuery = { ...query, meter: toRollupMeter(meter) };
  if (aggregationOf(meter) !== "weighted_sum") {
    const rows = await selectUsageSeries(prisma(), seriesQuery);
    return rows.map((row) => ({ bucket: row.bucket, group: JSON.parse(row.grp), quantity: quantity(aggregationOf(meter), row) }));
  }
  const rows = await selectValueChangeStreams(prisma(), seriesQuery);
  const streams = new Map<string, ValueStream & { changes: ValueStream["changes"][number][] }>();
  for (const row of rows) {
    const stream = streams.get(row.stream) ?? { group: row.grp, carryIn: null, changes: [] };
    if (row.carry) stream.carryIn = row.value;
    else stream.changes.push({ at: row.at, txn: row.txn, value: row.value });
    streams.set(row.stream, stream);
  }
  const spans = query.bucket === "range" ? [{ bucket: query.from, start: query.from, end: query.to }] : bucketSpans(query.from, query.to, query.bucket);
  return weightedSumSeries([...streams.values()], spans).map((point) => ({ bucket: point.bucket, group: JSON.parse(point.group), quantity: point.quantity }));
}
