import { beforeEach, describe, expect, test } from "vitest";
import { POST as advanceRoute } from "@/app/api/v1/test_clocks/[testClockId]/advance/route";
import { POST as attachRoute } from "@/app/api/v1/test_clocks/[testClockId]/customers/route";
import { GET as getRoute } from "@/app/api/v1/test_clocks/[testClockId]/route";
import { GET as listRoute, POST as createRoute } from "@/app/api/v1/test_clocks/route";
import { GET as subscriptionRoute } from "@/app/api/v1/subscriptions/[subscriptionId]/route";
import { POST as subscribeRoute } from "@/app/api/v1/subscriptions/route";
import { callRoute } from "../testing/call-route";
import { createMonthlyPlan } from "../testing/billing-fixtures";
import { createTestApiKey, createTestCustomer } from "../testing/factories";
import { resetDb } from "../testing/reset-db";
import { systemCtx } from "../services/context";

let admin: { secret: string };

beforeEach(async () => {
  await resetDb();
  admin = await createTestApiKey(systemCtx("test"), { role: "admin" });
});

const post = (handler: Parameters<typeof callRoute>[0], path: string, body: object, params: Record<string, string> = {}) =>
  callRoute(handler, path, { key: admin.secret, body, params, method: "POST" });

describe("/api/v1/test_clocks", () => {
  test("create a clock, attach a customer, subscribe in simulated time and advance through a renewal", async () => {
    const created = await post(createRoute, "/api/v1/test_clocks", { name: "Renewals", frozen_time: "2026-01-31T00:00:00Z" });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ object: "test_clock", name: "Renewals", frozen_time: "2026-01-31T00:00:00.000Z", customer_ids: [], last_run: null });
    const params = { testClockId: created.body.id };

    const customer = await createTestCustomer();
    const attached = await post(attachRoute, `/api/v1/test_clocks/${params.testClockId}/customers`, { customer_id: customer.id }, params);
    expect(attached.body.customer_ids).toEqual([customer.id]);

    const plan = await createMonthlyPlan();
    const subscription = (await post(subscribeRoute, "/api/v1/subscriptions", { customer_id: customer.id, plan_id: plan.id })).body;
    expect(subscription).toMatchObject({ started_at: "2026-01-31T00:00:00.000Z", test_clock_id: params.testClockId });

    const advanced = await post(advanceRoute, `/api/v1/test_clocks/${params.testClockId}/advance`, { frozen_time: "2026-03-01T00:00:00Z" }, params);
    expect(advanced.status).toBe(200);
    expect(advanced.body).toMatchObject({ frozen_time: "2026-03-01T00:00:00.000Z", last_run: { subscriptions: 1, invoices: 2, failures: [] } });
    const renewed = await callRoute(subscriptionRoute, "/x", { key: admin.secret, params: { subscriptionId: subscription.id } });
    expect(renewed.body).toMatchObject({ next_period_index: 2, next_billing_at: "2026-03-31T00:00:00.000Z" });

    expect((await callRoute(getRoute, "/x", { key: admin.secret, params })).body.frozen_time).toBe("2026-03-01T00:00:00.000Z");
    expect((await callRoute(listRoute, "/api/v1/test_clocks", { key: admin.secret })).body.data.map((clock: { id: string }) => clock.id)).toEqual([params.testClockId]);
  });

  test("refusals name the field", async () => {
    const clock = (await post(createRoute, "/api/v1/test_clocks", { name: "Refusals", frozen_time: "2026-01-01T00:00:00Z" })).body;
    const params = { testClockId: clock.id };
    const backwards = await post(advanceRoute, "/x", { frozen_time: "2025-12-31T00:00:00Z" }, params);
    expect([backwards.status, backwards.body.error.param]).toEqual([422, "frozen_time"]);
    expect((await post(advanceRoute, "/x", { frozen_time: "soon" }, params)).body.error).toMatchObject({ code: "invalid_request", param: "frozen_time" });
    expect((await post(createRoute, "/api/v1/test_clocks", { frozen_time: "2026-01-01T00:00:00Z" })).body.error.param).toBe("name");
    expect((await callRoute(getRoute, "/x", { key: admin.secret, params: { testClockId: "clk_missing" } })).status).toBe(404);

    const customer = await createTestCustomer();
    const plan = await createMonthlyPlan();
    await post(subscribeRoute, "/api/v1/subscriptions", { customer_id: customer.id, plan_id: plan.id });
    const withHistory = await post(attachRoute, "/x", { customer_id: customer.id }, params);
    expect([withHistory.status, withHistory.body.error.code, withHistory.body.error.param]).toEqual([409, "invalid_state", "customer_id"]);
    expect((await post(attachRoute, "/x", { customer_id: "cus_missing" }, params)).body.error).toMatchObject({ code: "not_found", param: "customer_id" });
  });
});
