// Usage through the real route handlers: meters, a usage-priced subscription, events in batches,
// the period usage the billing run rates, the customer's current usage, series and raw events.
import { beforeEach, describe, expect, test } from "vitest";
import { GET as customerUsageRoute } from "@/app/api/v1/customers/[customerId]/usage/route";
import { POST as batchRoute } from "@/app/api/v1/events/batch/route";
import { GET as listEventsRoute, POST as eventRoute } from "@/app/api/v1/events/route";
import { POST as createMeterRoute } from "@/app/api/v1/meters/route";
import { POST as activatePlanRoute } from "@/app/api/v1/plans/[planId]/activate/route";
import { POST as createPlanRoute } from "@/app/api/v1/plans/route";
import { POST as createSubscriptionRoute } from "@/app/api/v1/subscriptions/route";
import { GET as seriesRoute } from "@/app/api/v1/usage/route";
import { rateCharge } from "../billing/pricing/rate-charge";
import { prisma } from "../db/client";
import { systemCtx } from "../services/context";
import { toChargeDefinition, type StoredProperties } from "../services/pricing/charge-properties";
import { rollUpUsage } from "../services/usage/roll-up-usage";
import { getSubscriptionPeriodUsage } from "../services/usage/subscription-usage";
import { callRoute as call } from "../testing/call-route";
import { createTestApiKey, createTestCustomer } from "../testing/factories";
import { resetDb } from "../testing/reset-db";

const DAY = 86_400_000;
let admin: string;
let viewer: string;

beforeEach(async () => {
  await resetDb();
  admin = (await createTestApiKey(systemCtx("test"), { name: "ci-admin", role: "admin" })).secret;
  viewer = (await createTestApiKey(systemCtx("test"), { name: "ci-viewer", role: "viewer" })).secret;
});

async function seedUsageSubscription() {
  const meter = (
    await call(createMeterRoute, "/api/v1/meters", { key: admin, body: { code: "tokens", name: "Tokens", event_name: "llm.completion", aggregation: "sum", property: "tokens", group_by: ["model"] } })
  ).body;
  const plan = await call(createPlanRoute, "/api/v1/plans", {
    key: admin,
    body: {
      code: "ai-weekly",
      name: "AI weekly",
      currencies: ["EUR"],
      billing_interval: "week",
      billing_timing: "in_arrears",
      charges: [
        { key: "tokens", name: "Tokens", kind: "usage", model: "graduated", meter_id: meter.id, prices: { EUR: { tiers: [{ up_to: "100", unit_price: "0.10" }, { up_to: null, unit_price: "0.05" }] } } },
      ],
    },
  });
  expect(plan.status).toBe(201);
  expect((await call(activatePlanRoute, "/x", { key: admin, params: { planId: plan.body.id } })).status).toBe(200);
  const customer = await createTestCustomer({ externalRef: "acme" });
  const start = new Date(Date.now() - 10 * DAY);
  const subscription = await call(createSubscriptionRoute, "/api/v1/subscriptions", { key: admin, body: { customer_id: customer.id, plan_id: plan.body.id, start_date: start.toISOString() } });
  expect(subscription.status).toBe(201);
  return { meter, customer, start, subscriptionId: subscription.body.id as string };
}

describe("usage-priced subscription", () => {
  test("events in batches → the period's usage in the engine's shape → the exact amount and breakdown", async () => {
    const { meter, customer, start, subscriptionId } = await seedUsageSubscription();
    const at = (days: number) => new Date(start.getTime() + days * DAY).toISOString();
    const event = (id: string, days: number, tokens: number | string, model: string) => ({ transaction_id: id, external_customer_id: "acme", event_name: "llm.completion", timestamp: at(days), properties: { tokens, model } });
    const batch = await call(batchRoute, "/api/v1/events/batch", {
      key: admin,
      body: { events: [event("a", 1, 60, "small"), event("b", 2, "50.5", "large"), event("c", 6.9, 39.5, "small"), event("a", 1, 60, "small"), event("next", 7.5, 1000, "small")] },
    });
    expect(batch).toMatchObject({ status: 200, body: { accepted: 4, duplicates: 1, rejected: 0, errors: [] } });
    const bad = await call(batchRoute, "/api/v1/events/batch", { key: admin, body: { events: [event("d", 3, "x", "small"), event("e", 3, 1, "small")] } });
    expect(bad).toMatchObject({ status: 207, body: { accepted: 1, rejected: 1, errors: [{ index: 0, code: "invalid_property_value", param: "properties.tokens" }] } });
    const single = await call(eventRoute, "/api/v1/events", { key: admin, body: event("f", 4, 0.5, "large") });
    expect(single).toMatchObject({ status: 201, body: { object: "usage_event_result", transaction_id: "f", status: "accepted" } });
    expect(await call(eventRoute, "/api/v1/events", { key: admin, body: event("f", 4, 0.5, "large") })).toMatchObject({ status: 200, body: { status: "duplicate" } });
    expect(await call(eventRoute, "/api/v1/events", { key: admin, body: { ...event("g", 4, 1, "x"), event_name: "nope" } })).toMatchObject({
      status: 422,
      body: { error: { code: "unprocessable", param: "event_name", details: [{ code: "unknown_event_name" }] } },
    });
    expect((await call(eventRoute, "/api/v1/events", { key: viewer, body: event("h", 4, 1, "x") })).status).toBe(403);

    const period0 = { start, end: new Date(start.getTime() + 7 * DAY) };
    for (const pass of ["raw", "rolled up"]) {
      if (pass === "rolled up") await rollUpUsage({ settleMs: 0 });
      const [aggregate] = await getSubscriptionPeriodUsage(prisma(), { subscriptionId, customerId: customer.id, periodIndex: 0, ...period0 });
      const item = await prisma().subscriptionItem.findFirstOrThrow({ where: { subscriptionId, key: "tokens" } });
      expect(aggregate).toEqual({
        itemId: item.id,
        itemKey: "tokens",
        periodIndex: 0,
        quantity: "151.5",
        start: period0.start,
        end: period0.end,
        dimensions: [
          { values: { model: "large" }, quantity: "51" },
          { values: { model: "small" }, quantity: "100.5" },
        ],
      });
      const rated = rateCharge(toChargeDefinition(item.properties as StoredProperties, "EUR"), { quantity: aggregate!.quantity! });
      expect(rated.amountMinor).toBe(1258n); // 100 × 0.10 + 51.5 × 0.05 = 12.575 → 12.58
      expect(rated.breakdown.map((line) => [line.quantity, line.amount])).toEqual([
        ["100", "10"],
        ["51.5", "2.575"],
      ]);
    }
    void meter;
  });

  test("current usage with its estimate, series by dimension and by customer, raw events with filters", async () => {
    const { meter, customer, start } = await seedUsageSubscription();
    const now = Date.now();
    const events = [
      { transaction_id: "p0", customer_id: customer.id, event_name: "llm.completion", timestamp: new Date(start.getTime() + DAY).toISOString(), properties: { tokens: 5, model: "small" } },
      { transaction_id: "c1", customer_id: customer.id, event_name: "llm.completion", timestamp: new Date(now - 2 * 3_600_000).toISOString(), properties: { tokens: 120, model: "small" } },
      { transaction_id: "c2", customer_id: customer.id, event_name: "llm.completion", timestamp: new Date(now - 3_600_000).toISOString(), properties: { tokens: 30, model: "large" } },
    ];
    expect((await call(batchRoute, "/api/v1/events/batch", { key: admin, body: { events } })).body.accepted).toBe(3);
    const usage = await call(customerUsageRoute, "/x", { key: viewer, params: { customerId: customer.id } });
    expect(usage).toMatchObject({
      status: 200,
      body: {
        object: "customer_usage",
        customer_id: customer.id,
        subscriptions: [
          {
            currency: "EUR",
            period_index: 1,
            estimated_total: 1250,
            items: [{ item_key: "tokens", meter_id: meter.id, meter_code: "tokens", aggregation: "sum", quantity: "150", estimated_amount: 1250 }],
          },
        ],
      },
    });
    expect((await call(customerUsageRoute, "/x", { key: viewer, params: { customerId: "cus_nope" } })).status).toBe(404);

    const from = new Date(now - 3 * DAY).toISOString();
    const to = new Date(now + 3_600_000).toISOString();
    const series = await call(seriesRoute, `/api/v1/usage?meter_id=${meter.id}&bucket=month&from=${from}&to=${to}&group_by=model`, { key: viewer });
    expect(series.status).toBe(200);
    const byModel = Object.fromEntries(series.body.data.map((row: { group: { model: string }; quantity: string }) => [row.group.model, row.quantity]));
    expect(byModel).toEqual({ large: "30", small: "120" });
    await rollUpUsage({ settleMs: 0 });
    const byCustomer = await call(seriesRoute, `/api/v1/usage?meter_id=${meter.id}&bucket=hour&from=${from}&to=${to}&group_by=customer&filter[model]=small`, { key: viewer });
    expect(byCustomer.body.data).toEqual([{ bucket_start: expect.any(String), group: { customer_id: customer.id }, quantity: "120" }]);
    expect((await call(seriesRoute, `/api/v1/usage?meter_id=${meter.id}&from=${from}&to=${to}&group_by=region`, { key: viewer })).body.error).toMatchObject({ param: "group_by" });

    const page = await call(listEventsRoute, `/api/v1/events?customer_id=${customer.id}&limit=2`, { key: viewer });
    expect(page.body).toMatchObject({ has_more: true, next_cursor: "c1" });
    expect(page.body.data.map((e: { transaction_id: string }) => e.transaction_id)).toEqual(["c2", "c1"]);
    const next = await call(listEventsRoute, `/api/v1/events?customer_id=${customer.id}&limit=2&starting_after=c1`, { key: viewer });
    expect(next.body).toMatchObject({ has_more: false, data: [{ transaction_id: "p0", counted: true, properties: { tokens: 5, model: "small" } }] });
  });
});
