// A usage-priced subscription: the period's metered usage is rated in arrears on the invoice that
// opens the next period, with the meter's group-by split in the line's breakdown.
import { beforeEach, describe, expect, test } from "vitest";
import { prisma } from "../../db/client";
import { createMeterSchema } from "../../schemas/meter";
import { createPlanSchema } from "../../schemas/plan";
import { customerOnTestClock, invoicesOf, subscribe, testCtx } from "../../testing/billing-fixtures";
import { createTestCustomer } from "../../testing/factories";
import { resetDb } from "../../testing/reset-db";
import { createMeter } from "../meters/create-meter";
import { createPlan } from "../plans/create-plan";
import { setPlanStatus } from "../plans/set-plan-status";
import { getCustomerUsage } from "../usage/get-customer-usage";
import { recordUsageEvents } from "../usage/record-usage-events";
import { rollUpUsage } from "../usage/roll-up-usage";
import { runBilling } from "./run-billing";

beforeEach(resetDb);

const DAY_MS = 86_400_000;

/** A monthly plan: a 10.00 platform fee and tokens (summed by model) in graduated tiers, the first 1,000 free. */
async function createTokensPlan() {
  const meter = await createMeter(testCtx(), createMeterSchema.parse({ code: "tokens", name: "Tokens", event_name: "completion", aggregation: "sum", property: "tokens", group_by: ["model"] }));
  const plan = await createPlan(
    testCtx(),
    createPlanSchema.parse({
      code: "api",
      name: "API",
      billing_interval: "month",
      currencies: ["EUR"],
      charges: [
        { key: "platform", name: "Platform fee", kind: "recurring", model: "flat", prices: { EUR: { amount: "10" } } },
        {
          key: "tokens",
          name: "Tokens",
          kind: "usage",
          model: "graduated",
          meter_id: meter.id,
          prices: { EUR: { tiers: [{ up_to: "1000", unit_price: "0" }, { up_to: null, unit_price: "0.002" }] } },
        },
      ],
    }),
  );
  await setPlanStatus(testCtx(), plan.id, "activate");
  return plan;
}

describe("usage on invoices", () => {
  test("tokens summed by model are billed at period end: graduated tiers, exact amount, split by model", async () => {
    const plan = await createTokensPlan();
    const now = new Date();
    const start = new Date(now.getTime() - 20 * DAY_MS);
    const customer = await createTestCustomer();
    const subscription = await subscribe({ customer_id: customer.id, plan_id: plan.id, start_date: start.toISOString() }, testCtx(now));

    const at = (days: number) => new Date(start.getTime() + days * DAY_MS).toISOString();
    const result = await recordUsageEvents(testCtx(now), [
      { transaction_id: "t1", customer_id: customer.id, event_name: "completion", timestamp: at(1), properties: { tokens: 1500, model: "small" } },
      { transaction_id: "t2", customer_id: customer.id, event_name: "completion", timestamp: at(2), properties: { tokens: 2500, model: "large" } },
      { transaction_id: "t2", customer_id: customer.id, event_name: "completion", timestamp: at(2), properties: { tokens: 2500, model: "large" } },
      { transaction_id: "t3", customer_id: customer.id, event_name: "completion", timestamp: at(3), properties: { tokens: 1000, model: "large" } },
    ]);
    expect(result).toMatchObject({ accepted: 3, duplicates: 1, rejected: 0 });
    await rollUpUsage({ settleMs: 0 });

    // The period runs from `start` for a month; bill everything due 40 days after the start.
    const later = new Date(start.getTime() + 40 * DAY_MS);
    expect((await runBilling(testCtx(later), { now: later })).failures).toEqual([]);
    const [opening, renewal] = await invoicesOf(subscription.id);
    expect(opening!.lines.map((line) => [line.key, line.amount])).toEqual([["platform", 1000]]);
    // 5,000 tokens: the first 1,000 free, 4,000 × 0.002 = 8.00; plus next month's platform fee.
    expect(renewal!.lines.map((line) => [line.key, line.amount])).toEqual([
      ["platform", 1000],
      ["tokens", 800],
    ]);
    expect(renewal!.total).toBe(1800);

    const tokens = await prisma().invoiceLine.findFirstOrThrow({ where: { invoiceId: renewal!.id, key: "tokens" } });
    expect(tokens.quantity.toString()).toBe("5000");
    expect(tokens.breakdown).toEqual([
      expect.objectContaining({ quantity: "1000", amount: "0" }),
      expect.objectContaining({ quantity: "4000", amount: "8" }),
      // The split by model: 3,500 large and 1,500 small tokens share the 8.00 in proportion.
      expect.objectContaining({ description: "model = large", quantity: "3500", amount: "5.60", dimension: { model: "large" } }),
      expect.objectContaining({ description: "model = small", quantity: "1500", amount: "2.40", dimension: { model: "small" } }),
    ]);
  });

  test("a test-clock customer's current usage is read in the period of its clock's time", async () => {
    const plan = await createTokensPlan();
    const { customer } = await customerOnTestClock("2027-03-10T12:00:00Z");
    const subscription = await subscribe({ customer_id: customer.id, plan_id: plan.id, start_date: "2027-03-01T00:00:00Z" }, testCtx());

    const usage = await getCustomerUsage(testCtx(), customer.id);
    expect(usage.as_of).toBe("2027-03-10T12:00:00.000Z");
    expect(usage.subscriptions).toEqual([
      expect.objectContaining({ subscription_id: subscription.id, period_start: "2027-03-01T00:00:00.000Z", period_end: "2027-04-01T00:00:00.000Z" }),
    ]);
  });
});
