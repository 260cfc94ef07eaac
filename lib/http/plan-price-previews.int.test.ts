// POST /api/v1/price_previews with a plan: every charge priced, overrides applied.
import { beforeEach, describe, expect, test } from "vitest";
import { POST as previewRoute } from "@/app/api/v1/price_previews/route";
import { prisma } from "../db/client";
import { systemCtx } from "../services/context";
import { createPlan } from "../services/plans/create-plan";
import { callRoute } from "../testing/call-route";
import { createTestApiKey, createTestCustomer, createTestMeterRow } from "../testing/factories";
import { resetDb } from "../testing/reset-db";

let secret: string;
let planId: string;

beforeEach(async () => {
  await resetDb();
  await createTestMeterRow({ id: "mtr_api" });
  await createTestMeterRow({ id: "mtr_pay", aggregation: "SUM" });
  secret = (await createTestApiKey(systemCtx("test"), { name: "pricing" })).secret;
  const plan = await createPlan(systemCtx("test"), {
    code: "scale",
    name: "Scale",
    checkout_enabled: false,
    metadata: {},
    billing_interval: "month",
    interval_count: 1,
    billing_timing: "in_advance",
    trial_days: 0,
    currencies: ["EUR", "JPY"],
    features: [],
    charges: [
      { key: "base", name: "Base", kind: "recurring", model: "flat", add_on: false, prices: { EUR: { amount: "49" }, JPY: { amount: "5000" } } },
      { key: "seats", name: "Seats", kind: "recurring", model: "per_seat", add_on: false, default_quantity: "3", prices: { EUR: { unit_price: "10" }, JPY: { unit_price: "1000" } } },
      {
        key: "api_calls",
        name: "API calls",
        kind: "usage",
        model: "graduated",
        add_on: false,
        meter_id: "mtr_api",
        prices: { EUR: { tiers: [{ up_to: "1000", unit_price: "0" }, { up_to: null, unit_price: "0.002" }] }, JPY: { tiers: [{ up_to: null, unit_price: "0.3" }] } },
      },
      { key: "fees", name: "Payment fees", kind: "usage", model: "percentage", add_on: false, meter_id: "mtr_pay", prices: { EUR: { rate: "1.5" }, JPY: { rate: "1.5" } } },
      { key: "support", name: "Priority support", kind: "recurring", model: "flat", add_on: true, prices: { EUR: { amount: "99" }, JPY: { amount: "10000" } } },
    ],
  });
  planId = plan.id;
});

const preview = (body: object) => callRoute(previewRoute, "/api/v1/price_previews", { key: secret, body });

describe("plan price previews", () => {
  test("prices each charge (defaults, quantities, transactions) and totals the included ones", async () => {
    const result = await preview({ plan_id: planId, currency: "EUR", quantities: { api_calls: "1500" }, transactions: { fees: ["100", "20.50"] } });
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ object: "plan_price_preview", plan_id: planId, plan_version: 1, currency: "EUR", customer_id: null });
    const byKey = Object.fromEntries(result.body.charges.map((entry: { key: string }) => [entry.key, entry]));
    expect(byKey.base).toMatchObject({ amount: 4900, included: true, price_source: "plan", quantity: "1" });
    expect(byKey.seats).toMatchObject({ amount: 3000, quantity: "3" });
    expect(byKey.api_calls).toMatchObject({ amount: 100, quantity: "1500", breakdown: [{ quantity: "1000" }, { quantity: "500", amount: "1" }] });
    expect(byKey.fees).toMatchObject({ amount: 181, quantity: null }); // 1.5% of 120.50 = 1.8075
    expect(byKey.support).toMatchObject({ add_on: true, included: false, amount: 9900 });
    expect(result.body.amount).toBe(4900 + 3000 + 100 + 181);

    const withAddOn = await preview({ plan_id: planId, currency: "JPY", quantities: { support: "1", api_calls: "10" } });
    expect(withAddOn.body.amount).toBe(5000 + 3000 + 3 + 0 + 10000);
  });

  test("applies the customer's override", async () => {
    const customer = await createTestCustomer();
    const charge = await prisma().planCharge.findFirstOrThrow({ where: { key: "base" } });
    await prisma().priceOverride.create({
      data: { id: "povr_test", chargeId: charge.id, customerId: customer.id, currency: "EUR", properties: { model: "flat", amount: "39" } },
    });
    const result = await preview({ plan_id: planId, currency: "EUR", customer_id: customer.id });
    expect(result.body.charges[0]).toMatchObject({ key: "base", amount: 3900, price_source: "customer" });
    expect(result.body.amount).toBe(3900 + 3000);
  });

  test("names the field at fault", async () => {
    expect((await preview({ plan_id: "plan_nope", currency: "EUR" })).body.error).toMatchObject({ code: "unprocessable", param: "plan_id" });
    expect((await preview({ plan_id: planId, currency: "USD" })).body.error).toMatchObject({ code: "unprocessable", param: "currency" });
    expect((await preview({ plan_id: planId, currency: "EUR", quantities: { nope: "1" } })).body.error).toMatchObject({ code: "unprocessable", param: "quantities.nope" });
    expect((await preview({ plan_id: planId, currency: "EUR", quantities: { seats: "-1" } })).body.error).toMatchObject({ code: "unprocessable", param: "quantities.seats" });
    expect((await preview({ plan_id: planId, currency: "EUR", quantities: { fees: "1" } })).body.error).toMatchObject({ code: "invalid_request", param: "quantities.fees" });
    expect((await preview({ plan_id: planId, currency: "EUR", charge: {} })).body.error).toMatchObject({ code: "invalid_request", param: "charge" });
    expect((await preview({ plan_id: planId })).body.error).toMatchObject({ code: "invalid_request", param: "currency" });
  });
});
