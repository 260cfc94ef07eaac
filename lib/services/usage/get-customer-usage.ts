import "server-only";
import { periodAt } from "../../billing/periods";
import { rateCharge } from "../../billing/pricing/rate-charge";
import type { RatingInput } from "../../billing/pricing/types";
import { prisma } from "../../db/client";
import { findCustomerById } from "../../db/customers";
import { findMetersByIds } from "../../db/meters";
import { findBillingSubscriptions, findUsageItems } from "../../db/usage";
import { notFound } from "../../errors";
import type { CustomerUsageDto } from "../../schemas/usage";
import type { Ctx } from "../context";
import { aggregationOf } from "../meters/dto";
import { toChargeDefinition, type StoredProperties } from "../pricing/charge-properties";
import { clockNow } from "../billing/clock";
import { billingCycleOf } from "../subscriptions/dto";
import { usageForItems } from "./subscription-usage";

/** The rated amount, or null when the usage cannot be rated (e.g. a price in another currency). */
function estimate(properties: unknown, currency: string, input: RatingInput): number | null {
  try {
    return Number(rateCharge(toChargeDefinition(properties as StoredProperties, currency), input).amountMinor);
  } catch {
    return null;
  }
}

/**
 * The customer's usage in the current period of each billing subscription, per usage item, with
 * what it would cost at the item's price so far (the rating engine's figure before discounts and tax).
 */
export async function getCustomerUsage(ctx: Ctx, customerId: string): Promise<CustomerUsageDto> {
  const db = prisma();
  const customer = await findCustomerById(db, customerId);
  if (!customer) throw notFound("customer", customerId);
  // A test-clock customer's current period is the one of its clock's time.
  const now = await clockNow(db, customer.testClockId, ctx);
  const subscriptions = await findBillingSubscriptions(db, customerId);
  const items = await findUsageItems(db, subscriptions.map((subscription) => subscription.id));
  const meters = new Map((await findMetersByIds(db, [...new Set(items.map((item) => item.meterId))])).map((meter) => [meter.id, meter]));
  const result: CustomerUsageDto["subscriptions"] = [];
  for (const subscription of subscriptions) {
    const period = periodAt(billingCycleOf(subscription), now);
    const own = items.filter((item) => item.subscriptionId === subscription.id);
    const usage = await usageForItems(db, { customerId, periodIndex: period.index, start: period.start, end: period.end, items: own });
    const lines = usage.map((aggregate) => {
      const item = own.find((candidate) => candidate.key === aggregate.itemKey && candidate.activeFrom.getTime() <= aggregate.start.getTime())!;
      const meter = meters.get(item.meterId)!;
      const input: RatingInput = aggregate.transactions ? { transactions: aggregate.transactions } : { quantity: aggregate.quantity! };
      return {
        item_key: aggregate.itemKey,
        description: item.description,
        meter_id: meter.id,
        meter_code: meter.code,
        meter_name: meter.name,
        aggregation: aggregationOf(meter),
        period_start: aggregate.start.toISOString(),
        period_end: aggregate.end.toISOString(),
        quantity: aggregate.quantity ?? String(aggregate.transactions!.length),
        dimensions: aggregate.dimensions,
        estimated_amount: estimate(item.properties, subscription.currency, input),
      };
    });
    result.push({
      subscription_id: subscription.id,
      currency: subscription.currency,
      period_index: period.index,
      period_start: period.start.toISOString(),
      period_end: period.end.toISOString(),
      items: lines,
      estimated_total: lines.reduce((sum, line) => sum + (line.estimated_amount ?? 0), 0),
    });
  }
  return { object: "customer_usage", customer_id: customerId, as_of: now.toISOString(), subscriptions: result };
}
