// The usage a billing run rates: for each usage item of a subscription, what its meter measured
// over the period (cut to the item's active span), in lib/billing/invoicing.ts's UsageAggregate
// shape plus the per-dimension split for the invoice breakdown. Takes a Db (a transaction client
// works) and reads nothing but committed events, so it may be called inside the billing run.
import type { UsageAggregate } from "../../billing/invoicing";
import type { ChargeDefinition } from "../../billing/pricing/types";
import { findMetersByIds, type MeterRow } from "../../db/meters";
import type { Db } from "../../db/types";
import { findUsageItems, selectPeriodValues, type UsageItemRow } from "../../db/usage";
import { toRollupMeter } from "../meters/dto";
import { meterUsageForPeriod, type DimensionUsage } from "./period-usage";

export type PeriodUsageAggregate = UsageAggregate & {
  /** The subscription item measured (itemKey is its charge key, shared by the spans of one charge). */
  itemId: string;
  /** The item's meter split by its group-by values ([] without group-by); quantities add up to `quantity` for count, sum and weighted sum. */
  dimensions: DimensionUsage[];
  /** The span measured: the period cut to the item's active time. */
  start: Date;
  end: Date;
};

export type PeriodUsageInput = { customerId: string; periodIndex: number; start: Date; end: Date; items: readonly UsageItemRow[] };

const later = (a: Date, b: Date) => (a.getTime() >= b.getTime() ? a : b);
const earlier = (a: Date, b: Date) => (a.getTime() <= b.getTime() ? a : b);

/**
 * One aggregate per usage item active in [start, end): `transactions` (each counted event's value)
 * when the item's price is the percentage model, `quantity` otherwise. Items not active in the
 * period are left out.
 */
export async function usageForItems(db: Db, input: PeriodUsageInput): Promise<PeriodUsageAggregate[]> {
  const meters = new Map((await findMetersByIds(db, [...new Set(input.items.map((item) => item.meterId))])).map((meter) => [meter.id, meter]));
  const aggregates: PeriodUsageAggregate[] = [];
  for (const item of input.items) {
    const start = later(input.start, item.activeFrom);
    const end = item.activeUntil ? earlier(input.end, item.activeUntil) : input.end;
    if (end.getTime() <= start.getTime()) continue;
    const meter: MeterRow | undefined = meters.get(item.meterId);
    if (!meter) throw new Error(`Usage item ${item.key} prices meter ${item.meterId}, which does not exist.`);
    const usage = await meterUsageForPeriod(db, meter, input.customerId, start, end);
    const base = { itemId: item.id, itemKey: item.key, periodIndex: input.periodIndex, dimensions: usage.dimensions, start, end };
    if ((item.properties as Partial<ChargeDefinition> | null)?.model === "percentage") {
      aggregates.push({ ...base, transactions: await selectPeriodValues(db, toRollupMeter(meter), input.customerId, start, end) });
    } else {
      aggregates.push({ ...base, quantity: usage.quantity });
    }
  }
  return aggregates;
}

/** usageForItems over the subscription's own usage items (the billing run's entry point). */
export async function getSubscriptionPeriodUsage(
  db: Db,
  input: { subscriptionId: string; customerId: string; periodIndex: number; start: Date; end: Date },
): Promise<PeriodUsageAggregate[]> {
  const items = await findUsageItems(db, [input.subscriptionId]);
  return usageForItems(db, { ...input, items });
}
