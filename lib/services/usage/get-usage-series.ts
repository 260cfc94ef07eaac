import "server-only";
import type { UsageSeriesDto, UsageSeriesQuery } from "../../schemas/usage";
import type { Ctx } from "../context";
import { aggregationOf } from "../meters/dto";
import { assertDimension, readUsagePoints, resolveUsageRange } from "./usage-points";

/** Usage of a meter over time (Amberflo-style query): per bucket, optionally per dimension values or per customer. */
export async function getUsageSeries(_ctx: Ctx, query: UsageSeriesQuery): Promise<UsageSeriesDto> {
  const { meter, from, to } = await resolveUsageRange(query, query.bucket);
  const names = query.group_by === undefined ? [] : query.group_by.split(",").filter(Boolean);
  const byCustomer = names.length === 1 && names[0] === "customer";
  if (!byCustomer) for (const name of names) assertDimension(meter, name, "group_by");
  const points = await readUsagePoints(meter, { bucket: query.bucket, from, to, customerId: query.customer_id, groupBy: byCustomer ? "customer" : names, filters: query.filters });
  const groupNames = byCustomer ? ["customer_id"] : names;
  return {
    object: "usage_series",
    meter_id: meter.id,
    aggregation: aggregationOf(meter),
    bucket: query.bucket,
    from: from.toISOString(),
    to: to.toISOString(),
    group_by: groupNames,
    data: points.map((point) => ({
      bucket_start: point.bucket.toISOString(),
      group: Object.fromEntries(groupNames.map((name, i) => [name, point.group[i] ?? null])),
      quantity: point.quantity,
    })),
  };
}
