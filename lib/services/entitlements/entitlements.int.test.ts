import { beforeEach, describe, expect, test } from "vitest";
import { GET as entitlementsRoute } from "@/app/api/v1/customers/[customerId]/entitlements/route";
import { prisma } from "../../db/client";
import { callRoute } from "../../testing/call-route";
import { createTestApiKey, createTestCustomer, createTestFeatureRow, createTestSubscription } from "../../testing/factories";
import { resetDb } from "../../testing/reset-db";
import { systemCtx } from "../context";
import { createPlan } from "../plans/create-plan";

let secret: string;
beforeEach(async () => {
  await resetDb();
  secret = (await createTestApiKey(systemCtx("test"), { role: "viewer" })).secret;
});

const planWith = (code: string, features: { feature_id: string; limit?: string | null }[]) =>
  createPlan(systemCtx("test"), {
    code,
    name: code,
    checkout_enabled: false,
    metadata: {},
    billing_interval: "month",
    interval_count: 1,
    billing_timing: "in_advance",
    trial_days: 0,
    currencies: ["EUR"],
    charges: [{ key: "base", name: "Base", kind: "recurring", model: "flat", add_on: false, prices: { EUR: { amount: "10" } } }],
    features,
  });

const entitlements = (customerId: string) => callRoute(entitlementsRoute, `/api/v1/customers/${customerId}/entitlements`, { key: secret, params: { customerId } });

describe("customer entitlements", () => {
  test("unions the features of trialing/active/past_due subscriptions; the highest limit wins, null is unlimited", async () => {
    const sso = await createTestFeatureRow({ code: "sso", type: "BOOLEAN" });
    const seats = await createTestFeatureRow({ code: "seats", type: "LIMIT" });
    const projects = await createTestFeatureRow({ code: "projects", type: "LIMIT" });
    const audit = await createTestFeatureRow({ code: "audit", type: "BOOLEAN" });
    const basic = await planWith("basic", [{ feature_id: seats.id, limit: "5" }, { feature_id: projects.id, limit: "3" }]);
    const pro = await planWith("pro", [{ feature_id: sso.id }, { feature_id: seats.id, limit: "20" }, { feature_id: projects.id, limit: null }]);
    const enterprise = await planWith("enterprise", [{ feature_id: audit.id }, { feature_id: seats.id, limit: "1000" }]);
    const customer = await createTestCustomer();
    await createTestSubscription({ customerId: customer.id, planId: basic.id, status: "ACTIVE" });
    await createTestSubscription({ customerId: customer.id, planId: pro.id, status: "PAST_DUE" });
    await createTestSubscription({ customerId: customer.id, planId: enterprise.id, status: "CANCELED" });

    const result = await entitlements(customer.id);
    expect(result.status).toBe(200);
    expect(result.body).toEqual({
      object: "customer_entitlements",
      customer_id: customer.id,
      customer_disabled: false,
      disabled_reason: null,
      usage_limits_reached: [],
      features: [
        { feature_id: projects.id, code: "projects", name: "projects", type: "limit", enabled: true, limit: null },
        { feature_id: seats.id, code: "seats", name: "seats", type: "limit", enabled: true, limit: "20" },
        { feature_id: sso.id, code: "sso", name: "sso", type: "boolean", enabled: true, limit: null },
      ],
    });

    const other = await createTestCustomer();
    await createTestSubscription({ customerId: other.id, planId: enterprise.id, status: "TRIALING" });
    expect((await entitlements(other.id)).body.features.map((feature: { code: string }) => feature.code)).toEqual(["audit", "seats"]);
    expect((await entitlements((await createTestCustomer()).id)).body.features).toEqual([]);
    expect((await entitlements("cus_nope")).status).toBe(404);

    await prisma().customer.update({ where: { id: customer.id }, data: { status: "DISABLED", disabledAt: new Date() } });
    expect((await entitlements(customer.id)).body).toEqual({ object: "customer_entitlements", customer_id: customer.id, customer_disabled: true, disabled_reason: "customer_status", usage_limits_reached: [], features: [] });
  });
});
