// Measures limits: each one's current period, the meter's usage in it (exact at any rollup lag)
// and the threshold it is compared to, reading each customer's subscriptions once and each (meter, period) usage once.
import { findMetersByIds } from "../../db/meters";
import type { Db } from "../../db/types";
import type { UsageLimitRow } from "../../db/usage-limits";
import type { Ctx } from "../context";
import { meterUsageForPeriod } from "../usage/period-usage";
import { measureThreshold, type LimitMeasure } from "./dto";
import { customerLimitClock, type CustomerLimitClock } from "./limit-period";

export async function measureLimits(db: Db, ctx: Ctx, rows: readonly UsageLimitRow[]): Promise<Map<string, LimitMeasure>> {
  const meters = new Map((await findMetersByIds(db, [...new Set(rows.map((row) => row.meterId))])).map((meter) => [meter.id, meter]));
  const clocks = new Map<string, CustomerLimitClock>();
  const usages = new Map<string, string>();
  const measures = new Map<string, LimitMeasure>();
  for (const row of rows) {
    let clock = clocks.get(row.customerId);
    if (!clock) {
      clock = await customerLimitClock(db, ctx, { id: row.customerId, testClockId: row.customer.testClockId });
      clocks.set(row.customerId, clock);
    }
    const period = clock.periodOf(row.meterId);
    const key = `${row.customerId} ${row.meterId} ${period.start.toISOString()} ${period.end.toISOString()}`;
    let usage = usages.get(key);
    if (usage === undefined) {
      usage = (await meterUsageForPeriod(db, meters.get(row.meterId)!, row.customerId, period.start, period.end)).quantity;
      usages.set(key, usage);
    }
    measures.set(row.id, { now: clock.now, period, usage, threshold: measureThreshold(row, period) });
  }
  return measures;
}
