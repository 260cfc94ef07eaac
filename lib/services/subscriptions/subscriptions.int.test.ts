import { beforeEach, describe, expect, test } from "vitest";
import { POST as createOverrideRoute } from "@/app/api/v1/price_overrides/route";
import { GET as getRoute } from "@/app/api/v1/subscriptions/[subscriptionId]/route";
import { GET as upcomingRoute } from "@/app/api/v1/subscriptions/[subscriptionId]/upcoming_invoice/route";
import { GET as listRoute, POST as createRoute } from "@/app/api/v1/subscriptions/route";
import { prisma } from "../../db/client";
import { createCouponSchema } from "../../schemas/coupon";
import { createTaxRateSchema } from "../../schemas/tax-rate";
import { callRoute as call } from "../../testing/call-route";
import { createTestApiKey, createTestCustomer } from "../../testing/factories";
import { resetDb } from "../../testing/reset-db";
import { systemCtx } from "../context";
import { createCoupon } from "../coupons/create-coupon";
import { createTaxRate } from "../tax-rates/create-tax-rate";
import { seedPlan } from "./test-plans";

const ctx = () => systemCtx("test");
let admin: { secret: string };

const START = "2026-11-01T00:00:00.000Z";
const FR_ADDRESS = { line1: "1 rue de la Paix", city: "Paris", country: "FR" };

const create = (body: object) => call(createRoute, "/api/v1/subscriptions", { key: admin.secret, body });
const get = (id: string) => call(getRoute, `/api/v1/subscriptions/${id}`, { key: admin.secret, params: { subscriptionId: id } });
const upcoming = (id: string) => call(upcomingRoute, `/api/v1/subscriptions/${id}/upcoming_invoice`, { key: admin.secret, params: { subscriptionId: id } });

async function writeCounts() {
  const db = prisma();
  const [subscriptions, items, events, redemptions, auditLogs] = await Promise.all([
    db.subscription.count(),
    db.subscriptionItem.count(),
    db.subscriptionEvent.count(),
    db.couponRedemption.count(),
    db.auditLog.count(),
  ]);
  return { subscriptions, items, events, redemptions, auditLogs };
}

beforeEach(async () => {
  await resetDb();
  admin = await createTestApiKey(ctx(), { role: "admin" });
});

describe("creating a subscription", () => {
  test("bills every charge but unlisted add-ons, at the customer's own price, fixed at creation", async () => {
    const { planId, versionId, chargeId } = await seedPlan();
    const customer = await createTestCustomer({ preferredCurrency: "USD" });
    const override = await call(createOverrideRoute, "/api/v1/price_overrides", {
      key: admin.secret,
      body: { charge_id: chargeId("seats"), customer_id: customer.id, currency: "USD", price: { unit_price: "9.5" } },
    });
    expect(override.status).toBe(201);

    const response = await create({ customer_id: customer.id, plan_id: planId, quantities: { seats: "5" }, start_date: START, metadata: { crm: "42" } });
    expect(response.status).toBe(201);
    const subscription = response.body;
    expect(subscription).toMatchObject({
      object: "subscription",
      customer_id: customer.id,
      plan_id: planId,
      plan_version_id: versionId,
      status: "active",
      currency: "USD", // the customer's preferred currency, which the plan sells in
      billing_anchor: START,
      billing_alignment: "anniversary",
      time_zone: "UTC",
      proration_mode: "by_second",
      started_at: START,
      trial_end: null,
      next_period_index: 0,
      next_billing_at: START,
      metadata: { crm: "42" },
    });
    expect(subscription.items.map((item: { key: string; kind: string; timing: string; quantity: string; price: object }) => [item.key, item.kind, item.timing, item.quantity, item.price])).toEqual([
      ["base", "recurring", "in_advance", "1", { model: "flat", amount: "32" }],
      ["seats", "recurring", "in_advance", "5", { model: "per_seat", unit_price: "9.5" }], // the override wins
      ["api_calls", "usage", "in_arrears", "1", { model: "per_unit", unit_price: "0.01" }],
    ]);

    // A later list-price change does not reach the subscriber.
    await prisma().planChargePrice.update({ where: { chargeId_currency: { chargeId: chargeId("base"), currency: "USD" } }, data: { properties: { model: "flat", amount: "99" } } });
    expect((await get(subscription.id)).body).toEqual(subscription);

    const events = await prisma().subscriptionEvent.findMany({ where: { subscriptionId: subscription.id } });
    expect(events.map((event) => [event.type, event.fromStatus, event.toStatus])).toEqual([["created", null, "ACTIVE"]]);
    expect(await prisma().auditLog.count({ where: { action: "subscription.create", resourceId: subscription.id } })).toBe(1);
  });

  test("default quantities and currency, listed add-ons, and the plan version's trial", async () => {
    const { planId } = await seedPlan();
    const customer = await createTestCustomer();
    const trial = await create({ customer_id: customer.id, plan_id: planId, add_ons: ["support"], trial_days: 14, start_date: "2099-01-01T00:00:00Z" });
    expect(trial.status).toBe(201);
    expect(trial.body).toMatchObject({ currency: "EUR", status: "trialing", trial_end: "2099-01-15T00:00:00.000Z", next_billing_at: "2099-01-01T00:00:00.000Z" });
    expect(trial.body.items.map((item: { key: string; quantity: string }) => [item.key, item.quantity])).toEqual([
      ["base", "1"],
      ["seats", "3"],
      ["support", "1"],
      ["api_calls", "1"],
    ]);
  });

  test("refusals name the field and write nothing", async () => {
    const { planId } = await seedPlan();
    const draft = await seedPlan({ activate: false });
    const customer = await createTestCustomer();
    const disabled = await createTestCustomer({ status: "DISABLED", disabledAt: new Date() });
    const before = await writeCounts();

    const cases: [object, number, string, string][] = [
      [{ customer_id: disabled.id, plan_id: planId }, 409, "invalid_state", "customer_id"],
      [{ customer_id: "cus_missing", plan_id: planId }, 404, "not_found", "customer_id"],
      [{ customer_id: customer.id, plan_id: draft.planId }, 409, "invalid_state", "plan_id"],
      [{ customer_id: customer.id, plan_id: planId, currency: "GBP" }, 422, "unprocessable", "currency"],
      [{ customer_id: customer.id, plan_id: planId, currency: "XYZ" }, 400, "invalid_request", "currency"],
      [{ customer_id: customer.id, plan_id: planId, quantities: { base: "2" } }, 422, "unprocessable", "quantities.base"],
      [{ customer_id: customer.id, plan_id: planId, quantities: { support: "2" } }, 422, "unprocessable", "quantities.support"],
      [{ customer_id: customer.id, plan_id: planId, quantities: { seats: "-1" } }, 400, "invalid_request", "quantities.seats"],
      [{ customer_id: customer.id, plan_id: planId, quantities: { seats: "1.0000000000001" } }, 400, "invalid_request", "quantities.seats"],
      [{ customer_id: customer.id, plan_id: planId, add_ons: ["seats"] }, 422, "unprocessable", "add_ons[0]"],
      [{ customer_id: customer.id, plan_id: planId, start_date: START, trial_end: START }, 422, "unprocessable", "trial_end"],
      [{ customer_id: customer.id, plan_id: planId, time_zone: "Mars/Base" }, 400, "invalid_request", "time_zone"],
    ];
    for (const [body, status, code, param] of cases) {
      const response = await create(body);
      expect({ body, status: response.status, code: response.body.error?.code, param: response.body.error?.param }).toEqual({ body, status, code, param });
    }
    expect(await writeCounts()).toEqual(before);
  });

  test("a coupon is redeemed once for the subscription; a refused code writes nothing", async () => {
    const { planId } = await seedPlan();
    const customer = await createTestCustomer();
    await createCoupon(ctx(), createCouponSchema.parse({ code: "WELCOME", name: "Welcome", percent_off: "10", max_redemptions: 1 }));

    const first = await create({ customer_id: customer.id, plan_id: planId, coupon_code: "WELCOME" });
    expect(first.status).toBe(201);
    const redemptions = await prisma().couponRedemption.findMany();
    expect(redemptions.map((row) => [row.customerId, row.subscriptionId])).toEqual([[customer.id, first.body.id]]);

    const before = await writeCounts();
    const exhausted = await create({ customer_id: customer.id, plan_id: planId, coupon_code: "WELCOME" });
    expect([exhausted.status, exhausted.body.error.code, exhausted.body.error.param]).toEqual([422, "unprocessable", "coupon_code"]);
    const unknown = await create({ customer_id: customer.id, plan_id: planId, coupon_code: "NOPE" });
    expect([unknown.status, unknown.body.error.param]).toEqual([404, "coupon_code"]);
    expect(await writeCounts()).toEqual(before);
  });

  test("a viewer key may read but not subscribe", async () => {
    const { planId } = await seedPlan();
    const customer = await createTestCustomer();
    const viewer = await createTestApiKey(ctx(), { role: "viewer" });
    const before = await writeCounts();
    const refused = await call(createRoute, "/api/v1/subscriptions", { key: viewer.secret, body: { customer_id: customer.id, plan_id: planId } });
    expect([refused.status, refused.body.error.code]).toEqual([403, "forbidden"]);
    expect(await writeCounts()).toEqual(before);
    expect((await call(listRoute, "/api/v1/subscriptions", { key: viewer.secret })).status).toBe(200);
  });

  test("lists newest first with filters and cursor pagination", async () => {
    const { planId } = await seedPlan();
    const other = await seedPlan();
    const alice = await createTestCustomer();
    const bob = await createTestCustomer();
    const a1 = (await create({ customer_id: alice.id, plan_id: planId })).body;
    const a2 = (await create({ customer_id: alice.id, plan_id: other.planId, trial_days: 30 })).body;
    const b1 = (await create({ customer_id: bob.id, plan_id: planId, metadata: { region: "eu" } })).body;
    const list = (query: string) => call(listRoute, `/api/v1/subscriptions?${query}`, { key: admin.secret });

    const page1 = await list("limit=2");
    expect(page1.body.data.map((row: { id: string }) => row.id)).toEqual([b1.id, a2.id]);
    expect(page1.body.has_more).toBe(true);
    const page2 = await list(`limit=2&starting_after=${page1.body.next_cursor}`);
    expect(page2.body).toMatchObject({ object: "list", has_more: false, next_cursor: null });
    expect(page2.body.data.map((row: { id: string }) => row.id)).toEqual([a1.id]);

    expect((await list(`customer_id=${alice.id}`)).body.data.map((row: { id: string }) => row.id)).toEqual([a2.id, a1.id]);
    expect((await list(`plan_id=${planId}`)).body.data.map((row: { id: string }) => row.id)).toEqual([b1.id, a1.id]);
    expect((await list("status=trialing")).body.data.map((row: { id: string }) => row.id)).toEqual([a2.id]);
    expect((await list("metadata[region]=eu")).body.data.map((row: { id: string }) => row.id)).toEqual([b1.id]);
    expect((await list("status=nope")).status).toBe(400);
  });
});

describe("the upcoming invoice", () => {
  async function frenchCustomerWithVat() {
    await createTaxRate(ctx(), createTaxRateSchema.parse({ code: "FR-20", name: "TVA", percentage: "20", country: "FR", applies_by_default: true }));
    return createTestCustomer({ billingAddress: FR_ADDRESS });
  }

  test("flat 29.00 + 5 seats × 12.00, 10% once coupon, 20% exclusive FR VAT: every line and total to the cent", async () => {
    const { planId } = await seedPlan();
    const customer = await frenchCustomerWithVat();
    await createCoupon(ctx(), createCouponSchema.parse({ code: "TEN", name: "Ten percent", percent_off: "10", duration: "once" }));
    const subscription = (await create({ customer_id: customer.id, plan_id: planId, currency: "EUR", quantities: { seats: "5" }, coupon_code: "TEN", start_date: START })).body;
    const countsBefore = await writeCounts();

    const response = await upcoming(subscription.id);
    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      object: "upcoming_invoice",
      subscription_id: subscription.id,
      customer_id: customer.id,
      currency: "EUR",
      period_index: 0,
      period_start: START,
      period_end: "2026-12-01T00:00:00.000Z",
      lines: [
        {
          key: "base",
          description: "Pro plan",
          kind: "recurring",
          period_start: START,
          period_end: "2026-12-01T00:00:00.000Z",
          quantity: "1",
          amount: 2900,
          discount: 290,
          tax: 522,
          total: 3132,
          breakdown: [expect.objectContaining({ amount: "29" })],
        },
        {
          key: "seats",
          description: "Seats",
          kind: "recurring",
          period_start: START,
          period_end: "2026-12-01T00:00:00.000Z",
          quantity: "5",
          amount: 6000,
          discount: 600,
          tax: 1080,
          total: 6480,
          breakdown: [expect.objectContaining({ quantity: "5", unit_price: "12", amount: "60" })],
        },
      ],
      subtotal: 8900,
      discount: 890,
      tax: 1602,
      total: 9612,
      amount_due: 9612,
      notes: [],
    });
    expect(await writeCounts()).toEqual(countsBefore); // a preview stores nothing

    // Once period 0 is invoiced, the next invoice opens December, and the once coupon is spent.
    await prisma().subscription.update({ where: { id: subscription.id }, data: { nextPeriodIndex: 1, nextBillingAt: new Date("2026-12-01T00:00:00Z") } });
    const next = (await upcoming(subscription.id)).body;
    expect(next).toMatchObject({ period_index: 1, period_start: "2026-12-01T00:00:00.000Z", period_end: "2027-01-01T00:00:00.000Z" });
    expect(next.lines.map((line: { key: string; amount: number; discount: number; tax: number; total: number }) => [line.key, line.amount, line.discount, line.tax, line.total])).toEqual([
      ["base", 2900, 0, 580, 3480],
      ["seats", 6000, 0, 1200, 7200],
    ]);
    expect([next.subtotal, next.discount, next.tax, next.total]).toEqual([8900, 0, 1780, 10680]);
  });

  test("a trial covering the first period makes its recurring lines 0 (left out)", async () => {
    const { planId } = await seedPlan();
    const customer = await frenchCustomerWithVat();
    const subscription = (await create({ customer_id: customer.id, plan_id: planId, quantities: { seats: "5" }, start_date: START, trial_end: "2026-12-01T00:00:00Z" })).body;
    const response = await upcoming(subscription.id);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ period_index: 0, lines: [], subtotal: 0, discount: 0, tax: 0, total: 0, amount_due: 0 });
  });

  test("a trial ending inside the period bills only the time after it", async () => {
    const { planId } = await seedPlan();
    const customer = await createTestCustomer();
    // 30-day November; the trial takes its first 15 days, so half of 29.00 is billed.
    const subscription = (await create({ customer_id: customer.id, plan_id: planId, quantities: { seats: "0" }, start_date: START, trial_days: 15 })).body;
    const response = await upcoming(subscription.id);
    expect(response.body.lines.map((line: { key: string; amount: number; period_start: string }) => [line.key, line.amount, line.period_start])).toEqual([
      ["base", 1450, "2026-11-16T00:00:00.000Z"],
    ]);
    expect(response.body.total).toBe(1450);
  });

  test("calendar alignment: a mid-month start opens with a stub prorated over the whole month", async () => {
    const { planId } = await seedPlan();
    const customer = await createTestCustomer();
    const subscription = (await create({ customer_id: customer.id, plan_id: planId, quantities: { seats: "0" }, start_date: "2026-11-16T00:00:00Z", billing_alignment: "calendar" })).body;
    expect(subscription).toMatchObject({ billing_alignment: "calendar", next_billing_at: "2026-11-16T00:00:00.000Z" });
    const response = (await upcoming(subscription.id)).body;
    expect(response).toMatchObject({ period_start: "2026-11-16T00:00:00.000Z", period_end: "2026-12-01T00:00:00.000Z", total: 1450 });
    expect(response.lines.map((line: { key: string; amount: number }) => [line.key, line.amount])).toEqual([["base", 1450]]);
  });

  test("404 for an unknown subscription", async () => {
    expect((await upcoming("sub_missing")).status).toBe(404);
    expect((await get("sub_missing")).status).toBe(404);
  });
});
