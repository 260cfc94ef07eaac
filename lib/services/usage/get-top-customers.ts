import "server-only";
import { Dec } from "../../billing/decimal";
import { prisma } from "../../db/client";
import { findCustomerLabels } from "../../db/customers";
import type { UsageTopCustomersDto, UsageTopCustomersQuery } from "../../schemas/usage";
import type { Ctx } from "../context";
import { aggregationOf } from "../meters/dto";
import { readUsagePoints, resolveUsageRange } from "./usage-points";

/**
 * The customers with the greatest quantity of a meter over [from, to) (whole hours, at most 400
 * days), greatest first, ties by customer id. SQL ranks and limits (weighted sums, read from raw
 * value changes, are ranked here).
 */
export async function getTopCustomers(_ctx: Ctx, query: UsageTopCustomersQuery): Promise<UsageTopCustomersDto> {
  const { meter, from, to } = await resolveUsageRange(query, "day");
  const points = await readUsagePoints(meter, { bucket: "range", from, to, groupBy: "customer", filters: query.filters, top: query.limit });
  const top = points
    .map((point) => ({ customerId: point.group[0]!, quantity: new Dec(point.quantity) }))
    .sort((a, b) => b.quantity.comparedTo(a.quantity) || (a.customerId < b.customerId ? -1 : 1))
    .slice(0, query.limit);
  const labels = new Map((await findCustomerLabels(prisma(), top.map((entry) => entry.customerId))).map((row) => [row.id, row]));
  return {
    object: "usage_top_customers",
    meter_id: meter.id,
    aggregation: aggregationOf(meter),
    from: from.toISOString(),
    to: to.toISOString(),
    data: top.map(({ customerId, quantity }) => ({
      customer_id: customerId,
      customer_name: labels.get(customerId)?.name ?? customerId,
      external_ref: labels.get(customerId)?.externalRef ?? null,
      quantity: quantity.toFixed(),
    })),
  };
}
