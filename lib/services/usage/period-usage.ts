// Period usage: what a meter measured for a customer over [start, end), exactly, whatever the
// rollup lag (whole hours from rollups, edges and the tail after the watermark from raw events;
// docs/usage.md). Takes a Db so the billing run can call it inside its transaction.
import type { MeterRow } from "../../db/meters";
import type { Db } from "../../db/types";
import { selectPeriodPartials, selectPeriodUniqueCounts, selectValueChanges, type PartialRow } from "../../db/usage";
import { Dec } from "../../billing/decimal";
import { EMPTY_PARTIAL, mergePartials, quantityOf, weightedSum, type PartialAggregate } from "../../usage/aggregation";
import { splitPeriod } from "../../usage/buckets";
import { aggregationOf, toRollupMeter } from "../meters/dto";

/** One group-by combination: the meter's dimension values (null: the event lacked the property) and its quantity. */
export type DimensionUsage = { values: Record<string, string | null>; quantity: string };

/** `quantity` is the meter's answer over all events; `dimensions` splits it by group-by values (empty without group-by). */
export type MeterUsage = { quantity: string; dimensions: DimensionUsage[] };

const toPartial = (row: PartialRow): PartialAggregate => ({
  count: BigInt(row.count),
  sum: row.sum,
  max: row.max,
  latest: row.latestAt && row.latestTxn !== null && row.latestValue !== null ? { at: row.latestAt, txn: row.latestTxn, value: row.latestValue } : null,
});

function dimensionValues(meter: MeterRow, key: string): Record<string, string | null> {
  const values = JSON.parse(key) as (string | null)[];
  return Object.fromEntries(meter.groupBy.map((name, i) => [name, values[i] ?? null]));
}

export async function meterUsageForPeriod(db: Db, meter: MeterRow, customerId: string, start: Date, end: Date): Promise<MeterUsage> {
  const sql = toRollupMeter(meter);
  const aggregation = aggregationOf(meter);
  const grouped = meter.groupBy.length > 0;
  if (end.getTime() <= start.getTime()) return { quantity: "0", dimensions: [] };

  if (aggregation === "unique_count") {
    const rows = await selectPeriodUniqueCounts(db, sql, customerId, { start, end, ...splitPeriod(start, end) });
    const total = rows.find((row) => row.dimensions === null)?.count ?? "0";
    const dimensions = rows.filter((row) => row.dimensions !== null).map((row) => ({ values: dimensionValues(meter, row.dimensions!), quantity: row.count }));
    return { quantity: total, dimensions: grouped ? dimensions : [] };
  }

  if (aggregation === "weighted_sum") {
    const { changes, carryIn } = await selectValueChanges(db, sql, customerId, start, end);
    const keys = new Set([...changes.map((row) => row.dimensions), ...carryIn.map((row) => row.dimensions)]);
    const dimensions = [...keys].sort().map((key) => ({
      values: dimensionValues(meter, key),
      quantity: weightedSum(
        changes.filter((row) => row.dimensions === key),
        carryIn.find((row) => row.dimensions === key)?.value ?? null,
        start,
        end,
      ),
    }));
    const quantity = dimensions.reduce((sum, dimension) => sum.plus(dimension.quantity), new Dec(0)).toFixed();
    return { quantity, dimensions: grouped ? dimensions : [] };
  }

  const rows = await selectPeriodPartials(db, sql, customerId, { start, end, ...splitPeriod(start, end) });
  const partials = rows.map((row) => ({ key: row.dimensions, partial: toPartial(row) }));
  const total = partials.reduce((acc, { partial }) => mergePartials(acc, partial), EMPTY_PARTIAL);
  return {
    quantity: quantityOf(aggregation, total),
    dimensions: grouped ? partials.map(({ key, partial }) => ({ values: dimensionValues(meter, key), quantity: quantityOf(aggregation, partial) })) : [],
  };
}
