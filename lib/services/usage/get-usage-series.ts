import "server-only";
import { prisma } from "../../db/client";
import { findMeterById } from "../../db/meters";
import { selectUsageSeries, type SeriesRow } from "../../db/usage-series";
import { AppError, notFound } from "../../errors";
import type { UsageSeriesDto, UsageSeriesQuery } from "../../schemas/usage";
import { quantityOf, type Aggregation } from "../../usage/aggregation";
import { floorHour } from "../../usage/buckets";
import type { Ctx } from "../context";
import { aggregationOf, toRollupMeter } from "../meters/dto";

const MAX_BUCKETS = { hour: 24 * 31, day: 400, month: 120 } as const;
const BUCKET_MS = { hour: 3_600_000, day: 86_400_000, month: 28 * 86_400_000 } as const;

function quantity(aggregation: Aggregation, row: SeriesRow): string {
  if (aggregation === "unique_count") return row.unique ?? "0";
  const partial = { count: BigInt(row.count), sum: row.sum ?? "0", max: row.max, latest: row.latest === null ? null : { at: new Date(0), txn: "", value: row.latest } };
  return quantityOf(aggregation as Exclude<Aggregation, "unique_count" | "weighted_sum">, partial);
}

/** Usage of a meter over time (Amberflo-style query): per bucket, optionally per dimension values or per customer. */
export async function getUsageSeries(_ctx: Ctx, query: UsageSeriesQuery): Promise<UsageSeriesDto> {
  const meter = await findMeterById(prisma(), query.meter_id);
  if (!meter) throw notFound("meter", query.meter_id);
  const aggregation = aggregationOf(meter);
  if (aggregation === "weighted_sum") {
    throw new AppError("unprocessable", "Time series are not available for weighted_sum meters yet; read a period with GET /customers/{id}/usage.", { param: "meter_id" });
  }
  const from = floorHour(new Date(query.from));
  const to = floorHour(new Date(query.to));
  if (to.getTime() <= from.getTime()) throw new AppError("invalid_request", "to must be at least one hour after from.", { param: "to" });
  if ((to.getTime() - from.getTime()) / BUCKET_MS[query.bucket] > MAX_BUCKETS[query.bucket]) {
    throw new AppError("invalid_request", `A ${query.bucket} series spans at most ${MAX_BUCKETS[query.bucket]} buckets; narrow from/to or use a larger bucket.`, { param: "to" });
  }
  const names = query.group_by === undefined ? [] : query.group_by.split(",").filter(Boolean);
  const byCustomer = names.length === 1 && names[0] === "customer";
  for (const name of [...(byCustomer ? [] : names), ...Object.keys(query.filters)]) {
    if (!meter.groupBy.includes(name)) {
      const param = names.includes(name) ? "group_by" : `filter[${name}]`;
      throw new AppError("invalid_request", `'${name}' is not a dimension of meter '${meter.code}' (its group_by: ${meter.groupBy.join(", ") || "none"}).`, { param });
    }
  }
  const rows = await selectUsageSeries(prisma(), {
    meter: toRollupMeter(meter),
    bucket: query.bucket,
    from,
    to,
    customerId: query.customer_id,
    groupBy: byCustomer ? "customer" : names,
    filters: query.filters,
  });
  const groupNames = byCustomer ? ["customer_id"] : names;
  return {
    object: "usage_series",
    meter_id: meter.id,
    aggregation,
    bucket: query.bucket,
    from: from.toISOString(),
    to: to.toISOString(),
    group_by: groupNames,
    data: rows.map((row) => {
      const values = JSON.parse(row.grp) as (string | null)[];
      return { bucket_start: row.bucket.toISOString(), group: Object.fromEntries(groupNames.map((name, i) => [name, values[i] ?? null])), quantity: quantity(aggregation, row) };
    }),
  };
}
