// Drives the real /api/v1/plans route handlers against the test database.
import { beforeEach, describe, expect, test } from "vitest";
import { POST as activateRoute } from "@/app/api/v1/plans/[planId]/activate/route";
import { POST as archiveRoute } from "@/app/api/v1/plans/[planId]/archive/route";
import { POST as deactivateRoute } from "@/app/api/v1/plans/[planId]/deactivate/route";
import { POST as duplicateRoute } from "@/app/api/v1/plans/[planId]/duplicate/route";
import { GET as getPlanRoute, PATCH as patchPlanRoute } from "@/app/api/v1/plans/[planId]/route";
import { GET as getVersionRoute } from "@/app/api/v1/plans/[planId]/versions/[version]/route";
import { GET as listVersionsRoute } from "@/app/api/v1/plans/[planId]/versions/route";
import { GET as byCodeRoute } from "@/app/api/v1/plans/by_code/[code]/route";
import { GET as listPlansRoute, POST as createPlanRoute } from "@/app/api/v1/plans/route";
import { prisma } from "../db/client";
import { systemCtx } from "../services/context";
import { auditRows } from "../testing/assertions";
import { callRoute as call } from "../testing/call-route";
import { createTestApiKey, createTestCustomer, createTestFeatureRow, createTestMeterRow, createTestProductRow, createTestSubscription, createTestUnitRow } from "../testing/factories";
import { resetDb } from "../testing/reset-db";

let admin: { secret: string };
let viewer: { secret: string };

beforeEach(async () => {
  await resetDb();
  await createTestMeterRow({ id: "mtr_api" });
  admin = await createTestApiKey(systemCtx("test"), { role: "admin" });
  viewer = await createTestApiKey(systemCtx("test"), { role: "viewer" });
});

const graduated = (upTo = "100") => ({ tiers: [{ up_to: upTo, unit_price: "0.10" }, { up_to: null, unit_price: "0.05" }] });
const planBody = (overrides: Record<string, unknown> = {}) => ({
  code: "pro_monthly",
  name: "Pro",
  billing_interval: "month",
  currencies: ["EUR", "USD"],
  charges: [
    { key: "base", name: "Base fee", kind: "recurring", model: "flat", prices: { EUR: { amount: "49" }, USD: { amount: "55" } } },
    { key: "api_calls", name: "API calls", kind: "usage", model: "graduated", meter_id: "mtr_api", prices: { EUR: graduated(), USD: graduated() } },
  ],
  metadata: { tier: "pro" },
  ...overrides,
});

const create = (body: object, key = admin.secret) => call(createPlanRoute, "/api/v1/plans", { key, body });
const patch = (planId: string, body: object) => call(patchPlanRoute, `/api/v1/plans/${planId}`, { method: "PATCH", key: admin.secret, body, params: { planId } });
const statusChange = (route: typeof activateRoute, planId: string, key = admin.secret) => call(route, `/api/v1/plans/${planId}/x`, { key, body: {}, params: { planId } });

describe("POST /plans", () => {
  test("creates a draft plan with version 1, stored in the engine's shape; by id and by code; 409 on a duplicate code", async () => {
    const product = await createTestProductRow();
    const unit = await createTestUnitRow();
    const created = await create(planBody({ product_id: product.id, charges: [{ ...planBody().charges[0], unit_id: unit.id, kind: "recurring" }, planBody().charges[1]] }));
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      object: "plan",
      id: expect.stringMatching(/^plan_/),
      code: "pro_monthly",
      status: "draft",
      product_id: product.id,
      checkout_enabled: false,
      metadata: { tier: "pro" },
      current_version: {
        object: "plan_version",
        version: 1,
        billing_interval: "month",
        interval_count: 1,
        billing_timing: "in_advance",
        trial_days: 0,
        currencies: ["EUR", "USD"],
        subscription_count: 0,
        charges: [
          { key: "base", kind: "recurring", model: "flat", add_on: false, trigger: null, meter_id: null, unit_id: unit.id, default_quantity: "1", prices: { EUR: { amount: "49" } } },
          { key: "api_calls", kind: "usage", model: "graduated", meter_id: "mtr_api", prices: { USD: graduated() } },
        ],
      },
    });
    const stored = await prisma().planChargePrice.findFirst({ where: { charge: { key: "api_calls" }, currency: "EUR" } });
    expect(stored?.properties).toEqual({ model: "graduated", tiers: [{ upTo: "100", unitPrice: "0.10" }, { upTo: null, unitPrice: "0.05" }] });

    const planId = created.body.id;
    expect(await call(getPlanRoute, `/api/v1/plans/${planId}`, { key: viewer.secret, params: { planId } })).toMatchObject({ status: 200, body: created.body });
    expect(await call(byCodeRoute, "/api/v1/plans/by_code/pro_monthly", { key: viewer.secret, params: { code: "pro_monthly" } })).toMatchObject({ status: 200, body: { id: planId } });
    expect((await call(byCodeRoute, "/api/v1/plans/by_code/nope", { key: viewer.secret, params: { code: "nope" } })).status).toBe(404);
    expect(await create(planBody())).toMatchObject({ status: 409, body: { error: { code: "conflict", param: "code" } } });
    expect((await auditRows()).map((row) => row.action)).toEqual(["plan.create"]);
  });

  test.each([
    ["a second tier below the first", { EUR: graduated("0"), USD: graduated() }, "charges[1].prices.EUR.tiers[0].up_to"],
    ["tiers not ascending", { EUR: { tiers: [{ up_to: "100", unit_price: "1" }, { up_to: "50", unit_price: "1" }, { up_to: null, unit_price: "1" }] }, USD: graduated() }, "charges[1].prices.EUR.tiers[1].up_to"],
    ["a last tier that is closed", { EUR: { tiers: [{ up_to: "10", unit_price: "1" }] }, USD: graduated() }, "charges[1].prices.EUR.tiers[0].up_to"],
    ["a negative rate", { EUR: { tiers: [{ up_to: null, unit_price: "-1" }] }, USD: graduated() }, "charges[1].prices.EUR.tiers[0].unit_price"],
    ["a missing currency", { EUR: graduated() }, "charges[1].prices.USD"],
    ["an extra currency", { EUR: graduated(), USD: graduated(), GBP: graduated() }, "charges[1].prices.GBP"],
  ])("422 naming the field for %s, and nothing is written", async (_label, prices, param) => {
    const body = planBody();
    const result = await create({ ...body, charges: [body.charges[0], { ...body.charges[1], prices }] });
    expect(result.status).toBe(422);
    expect(result.body.error).toMatchObject({ code: "unprocessable", param });
    expect(await prisma().plan.count()).toBe(0);
  });

  test("422 for the kind rules, unknown units/features/products; 400 for shapes", async () => {
    const flat = { key: "f", name: "F", model: "flat", prices: { EUR: { amount: "1" } } };
    const one = (charge: object, extra: object = {}) => create({ code: "c", name: "C", billing_interval: "month", currencies: ["EUR"], charges: [charge], ...extra });
    expect((await one({ ...flat, kind: "usage" })).body.error).toMatchObject({ code: "unprocessable", param: "charges[0].meter_id" });
    expect((await one({ ...flat, kind: "recurring", meter_id: "m" })).body.error).toMatchObject({ code: "unprocessable", param: "charges[0].meter_id" });
    expect((await one({ ...flat, kind: "recurring", trigger: "trial_end" })).body.error).toMatchObject({ code: "unprocessable", param: "charges[0].trigger" });
    expect((await one({ ...flat, kind: "recurring", unit_id: "unit_nope" })).body.error).toMatchObject({ code: "unprocessable", param: "charges[0].unit_id" });
    expect((await one({ ...flat, kind: "recurring" }, { product_id: "prod_nope" })).body.error).toMatchObject({ code: "unprocessable", param: "product_id" });
    const archived = await createTestProductRow({ archivedAt: new Date() });
    expect((await one({ ...flat, kind: "recurring" }, { product_id: archived.id })).body.error).toMatchObject({ code: "unprocessable", param: "product_id" });
    const flag = await createTestFeatureRow({ type: "BOOLEAN" });
    expect((await one({ ...flat, kind: "recurring" }, { features: [{ feature_id: flag.id, limit: "5" }] })).body.error).toMatchObject({ param: "features[0].limit" });
    expect((await one({ ...flat, kind: "recurring" }, { features: [{ feature_id: "feat_nope" }] })).body.error).toMatchObject({ param: "features[0].feature_id" });
    expect((await one({ ...flat, kind: "recurring", prices: { EUR: { amount: "1", unit_price: "2" } } })).body.error).toMatchObject({
      code: "invalid_request",
      param: "charges[0].prices.EUR.unit_price",
    });
    expect((await one({ ...flat, kind: "monthly" })).body.error).toMatchObject({ code: "invalid_request", param: "charges[0].kind" });
    expect((await one({ ...flat, kind: "recurring" }, { currencies: ["EUR", "EUR"] })).body.error).toMatchObject({ code: "invalid_request", param: "currencies" });
    expect((await one({ ...flat, kind: "recurring" }, { currencies: [] })).body.error).toMatchObject({ code: "invalid_request", param: "currencies" });
    expect((await create(planBody(), viewer.secret)).status).toBe(403);
    expect(await prisma().plan.count()).toBe(0);
  });
});

describe("versioning", () => {
  test("a PATCH on a plan with a subscriber creates version 2; the subscriber and version 1 keep the old price", async () => {
    const planId = (await create(planBody())).body.id;
    const v1Id = (await call(getPlanRoute, `/api/v1/plans/${planId}`, { key: admin.secret, params: { planId } })).body.current_version.id;
    const customer = await createTestCustomer();
    const subscription = await createTestSubscription({ customerId: customer.id, planId });

    const body = planBody();
    const patched = await patch(planId, { name: "Pro 2", charges: [{ ...body.charges[0], prices: { EUR: { amount: "59" }, USD: { amount: "65" } } }, body.charges[1]] });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ name: "Pro 2", current_version: { version: 2, subscription_count: 0, charges: [{ key: "base", prices: { EUR: { amount: "59" } } }, { key: "api_calls" }] } });
    expect(patched.body.current_version.id).not.toBe(v1Id);

    const v1 = await call(getVersionRoute, `/api/v1/plans/${planId}/versions/1`, { key: viewer.secret, params: { planId, version: "1" } });
    expect(v1.body).toMatchObject({ id: v1Id, version: 1, subscription_count: 1, charges: [{ key: "base", prices: { EUR: { amount: "49" }, USD: { amount: "55" } } }, { key: "api_calls" }] });
    const v2 = await call(getVersionRoute, `/api/v1/plans/${planId}/versions/2`, { key: viewer.secret, params: { planId, version: "2" } });
    expect(v2.body).toMatchObject({ version: 2, charges: [{ prices: { EUR: { amount: "59" } } }, {}] });
    expect((await prisma().subscription.findUniqueOrThrow({ where: { id: subscription.id } })).planVersionId).toBe(v1Id);
    expect((await prisma().plan.findUniqueOrThrow({ where: { id: planId } })).currentVersionId).toBe(patched.body.current_version.id);

    const versions = await call(listVersionsRoute, `/api/v1/plans/${planId}/versions`, { key: viewer.secret, params: { planId } });
    expect(versions.body.data.map((version: { version: number }) => version.version)).toEqual([2, 1]);
    expect((await call(getVersionRoute, `/api/v1/plans/${planId}/versions/3`, { key: viewer.secret, params: { planId, version: "3" } })).status).toBe(404);
    expect((await auditRows()).at(-1)).toMatchObject({ action: "plan.update", details: { version_change: "new_version" } });
  });

  test("a PATCH without subscribers edits version 1 in place; plan-level fields never version", async () => {
    const planId = (await create(planBody())).body.id;
    const before = (await call(getPlanRoute, `/api/v1/plans/${planId}`, { key: admin.secret, params: { planId } })).body.current_version;
    const patched = await patch(planId, { trial_days: 14, charges: [{ ...planBody().charges[0], prices: { EUR: { amount: "59" }, USD: { amount: "65" } } }] });
    expect(patched.status).toBe(200);
    expect(patched.body.current_version).toMatchObject({ id: before.id, version: 1, trial_days: 14, charges: [{ id: before.charges[0].id, key: "base", prices: { EUR: { amount: "59" } } }] });
    expect(patched.body.current_version.charges).toHaveLength(1);
    expect(await prisma().planVersion.count()).toBe(1);

    const customer = await createTestCustomer();
    await createTestSubscription({ customerId: customer.id, planId });
    // The admin form re-sends every term: unchanged terms on a frozen version create no version.
    const same = await patch(planId, { trial_days: 14, currencies: ["EUR", "USD"], charges: [{ ...planBody().charges[0], prices: { EUR: { amount: "59" }, USD: { amount: "65" } } }] });
    expect(same.body.current_version).toMatchObject({ id: before.id, version: 1 });
    const renamed = await patch(planId, { name: "Renamed", checkout_enabled: true, metadata: { tier: null, team: "x" } });
    expect(renamed.body).toMatchObject({ name: "Renamed", checkout_enabled: true, metadata: { team: "x" }, current_version: { version: 1 } });
    expect(await prisma().planVersion.count()).toBe(1);
  });

  test("a PATCH that changes currencies must price the new one", async () => {
    const planId = (await create(planBody())).body.id;
    const result = await patch(planId, { currencies: ["EUR", "USD", "GBP"] });
    expect(result).toMatchObject({ status: 422, body: { error: { param: "charges[0].prices.GBP" } } });
  });
});

describe("status, duplicate and list", () => {
  test("draft → active → inactive → archived; activation needs a charge; archived is final and read-only", async () => {
    const empty = (await create({ code: "empty", name: "Empty", billing_interval: "year", currencies: ["EUR"] })).body.id;
    expect(await statusChange(activateRoute, empty)).toMatchObject({ status: 422, body: { error: { param: "charges" } } });

    const planId = (await create(planBody())).body.id;
    expect((await statusChange(activateRoute, planId, viewer.secret)).status).toBe(403);
    expect(await statusChange(activateRoute, planId)).toMatchObject({ status: 200, body: { status: "active" } });
    expect(await statusChange(activateRoute, planId)).toMatchObject({ status: 409, body: { error: { code: "invalid_state" } } });
    expect(await statusChange(deactivateRoute, planId)).toMatchObject({ status: 200, body: { status: "inactive" } });
    expect(await statusChange(archiveRoute, planId)).toMatchObject({ status: 200, body: { status: "archived", archived_at: expect.any(String) } });
    expect(await statusChange(activateRoute, planId)).toMatchObject({ status: 409 });
    expect(await patch(planId, { name: "x" })).toMatchObject({ status: 409, body: { error: { code: "invalid_state" } } });
  });

  test("duplicate copies the current version into a new draft", async () => {
    const planId = (await create(planBody())).body.id;
    await statusChange(activateRoute, planId);
    const copy = await call(duplicateRoute, `/api/v1/plans/${planId}/duplicate`, { key: admin.secret, body: { code: "pro_copy" }, params: { planId } });
    expect(copy).toMatchObject({ status: 201, body: { code: "pro_copy", name: "Pro (copy)", status: "draft", current_version: { version: 1, currencies: ["EUR", "USD"] } } });
    expect(copy.body.current_version.charges.map((charge: { key: string; prices: object }) => [charge.key, charge.prices])).toEqual(
      (await call(getPlanRoute, `/api/v1/plans/${planId}`, { key: admin.secret, params: { planId } })).body.current_version.charges.map(
        (charge: { key: string; prices: object }) => [charge.key, charge.prices],
      ),
    );
    const again = await call(duplicateRoute, `/api/v1/plans/${planId}/duplicate`, { key: admin.secret, body: { code: "pro_copy" }, params: { planId } });
    expect(again).toMatchObject({ status: 409, body: { error: { param: "code" } } });
  });

  test("filters by status, product, currency, q and metadata; sorts by code; paginates", async () => {
    const product = await createTestProductRow();
    await create(planBody({ code: "b_plan", name: "Basic", product_id: product.id, metadata: { tier: "basic" } }));
    const pro = (await create(planBody({ code: "a_plan", name: "Pro" }))).body.id;
    await create({ code: "c_gbp", name: "Pounds", billing_interval: "month", currencies: ["GBP"] });
    await statusChange(activateRoute, pro);
    const list = async (query: string) => (await call(listPlansRoute, `/api/v1/plans?${query}`, { key: viewer.secret })).body;
    const codes = async (query: string) => (await list(query)).data.map((plan: { code: string }) => plan.code);
    expect(await codes("")).toEqual(["c_gbp", "a_plan", "b_plan"]);
    expect(await codes("status=active")).toEqual(["a_plan"]);
    expect(await codes(`product_id=${product.id}`)).toEqual(["b_plan"]);
    expect(await codes("currency=GBP")).toEqual(["c_gbp"]);
    expect(await codes("q=BASIC")).toEqual(["b_plan"]);
    expect(await codes("metadata[tier]=basic")).toEqual(["b_plan"]);
    expect(await codes("sort=code")).toEqual(["a_plan", "b_plan", "c_gbp"]);
    const first = await list("sort=code&limit=2");
    expect(first).toMatchObject({ has_more: true, next_cursor: expect.any(String) });
    expect(await codes(`sort=code&limit=2&starting_after=${first.next_cursor}`)).toEqual(["c_gbp"]);
    expect((await call(listPlansRoute, "/api/v1/plans?status=gone", { key: viewer.secret })).status).toBe(400);
  });
});
