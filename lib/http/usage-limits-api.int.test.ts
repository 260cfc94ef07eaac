// Drives the real /api/v1/usage_limits and /api/v1/webhook_events route handlers: the contract,
// precise errors naming the field, viewer keys read only, entitlements through their route.
import { beforeEach, describe, expect, test } from "vitest";
import { GET as entitlementsRoute } from "@/app/api/v1/customers/[customerId]/entitlements/route";
import { POST as eventRoute } from "@/app/api/v1/events/route";
import { POST as archiveMeterRoute } from "@/app/api/v1/meters/[meterId]/archive/route";
import { POST as createMeterRoute } from "@/app/api/v1/meters/route";
import { POST as archiveRoute } from "@/app/api/v1/usage_limits/[limitId]/archive/route";
import { GET as getRoute, PATCH as patchRoute } from "@/app/api/v1/usage_limits/[limitId]/route";
import { POST as unarchiveRoute } from "@/app/api/v1/usage_limits/[limitId]/unarchive/route";
import { GET as listRoute, POST as createRoute } from "@/app/api/v1/usage_limits/route";
import { GET as webhookEventsRoute } from "@/app/api/v1/webhook_events/route";
import { prisma } from "../db/client";
import { systemCtx } from "../services/context";
import { callRoute as call } from "../testing/call-route";
import { createTestApiKey, createTestCustomer } from "../testing/factories";
import { resetDb } from "../testing/reset-db";

let admin: string;
let viewer: string;

beforeEach(async () => {
  await resetDb();
  admin = (await createTestApiKey(systemCtx("test"), { name: "ci-admin", role: "admin" })).secret;
  viewer = (await createTestApiKey(systemCtx("test"), { name: "ci-viewer", role: "viewer" })).secret;
});

async function seed() {
  const meter = (await call(createMeterRoute, "/api/v1/meters", { key: admin, body: { code: "calls", name: "Calls", event_name: "api.call", aggregation: "count" } })).body;
  const customer = await createTestCustomer();
  return { meter, customer };
}

describe("/usage_limits", () => {
  test("create, retrieve, list, PATCH, archive and unarchive; alerts land in /webhook_events; entitlements reflect a disable", async () => {
    const { meter, customer } = await seed();
    const body = { customer_id: customer.id, meter_id: meter.id, threshold: "2", action: "disable", name: "Hard cap", metadata: { tier: "free" } };
    const created = await call(createRoute, "/api/v1/usage_limits", { key: admin, body });
    expect(created).toMatchObject({
      status: 201,
      body: { object: "usage_limit", id: expect.stringMatching(/^ulim_[0-9a-z]{26}$/), threshold: "2", action: "disable", meter_code: "calls", state: "ok", current_usage: "0", status: "active" },
    });
    const params = { limitId: created.body.id };
    expect(await call(getRoute, "/x", { key: viewer, params })).toMatchObject({ status: 200, body: { id: created.body.id } });

    for (const id of ["t1", "t2"]) {
      const sent = await call(eventRoute, "/api/v1/events", { key: admin, body: { transaction_id: id, customer_id: customer.id, event_name: "api.call" } });
      expect(sent.status).toBe(201);
    }
    // Ingestion never evaluates: the limit is reached on its next evaluation (here a PATCH).
    expect((await call(getRoute, "/x", { key: viewer, params })).body).toMatchObject({ state: "ok", current_usage: "2" });
    const patched = await call(patchRoute, "/x", { method: "PATCH", key: admin, params, body: { description: "Free tier", metadata: { tier: null } } });
    expect(patched).toMatchObject({ status: 200, body: { state: "reached", description: "Free tier", metadata: {} } });

    const entitlements = await call(entitlementsRoute, "/x", { key: viewer, params: { customerId: customer.id } });
    expect(entitlements.body).toMatchObject({ customer_disabled: true, disabled_reason: "usage_limit", usage_limits_reached: [{ usage_limit_id: created.body.id, quantity: "2" }] });

    const alerts = await call(webhookEventsRoute, "/api/v1/webhook_events?type=usage_limit.reached", { key: viewer });
    expect(alerts.body).toMatchObject({ object: "list", has_more: false, data: [{ object: "webhook_event", id: expect.stringMatching(/^evt_/), type: "usage_limit.reached", delivered_at: null }] });
    expect(alerts.body.data[0].data.object).toMatchObject({ id: created.body.id, state: "reached" });

    expect((await call(listRoute, "/api/v1/usage_limits?state=reached", { key: viewer })).body.data).toHaveLength(1);
    expect((await call(listRoute, `/api/v1/usage_limits?customer_id=${customer.id}&action=warning`, { key: viewer })).body.data).toHaveLength(0);
    expect((await call(listRoute, "/api/v1/usage_limits?state=maybe", { key: viewer })).body.error).toMatchObject({ code: "invalid_request", param: "state" });

    expect(await call(archiveRoute, "/x", { key: admin, params })).toMatchObject({ status: 200, body: { status: "archived", state: "ok" } });
    expect((await call(entitlementsRoute, "/x", { key: viewer, params: { customerId: customer.id } })).body.customer_disabled).toBe(false);
    expect(await call(patchRoute, "/x", { method: "PATCH", key: admin, params, body: { threshold: "5" } })).toMatchObject({ status: 409, body: { error: { code: "invalid_state" } } });
    expect(await call(unarchiveRoute, "/x", { key: admin, params })).toMatchObject({ status: 200, body: { status: "active", state: "reached" } });
    expect(await prisma().auditLog.count({ where: { resourceType: "usage_limit" } })).toBe(6); // create, update, reach, archive, unarchive, reach
  });

  test("precise errors: shape 400, unknown customer 404, archived customer 409, unknown or archived meter 422, viewer 403", async () => {
    const { meter, customer } = await seed();
    const create = (body: Record<string, unknown>, key = admin) => call(createRoute, "/api/v1/usage_limits", { key, body: { customer_id: customer.id, meter_id: meter.id, threshold: "10", action: "warning", ...body } });
    const errorOf = async (body: Record<string, unknown>) => {
      const response = await create(body);
      return { status: response.status, code: response.body.error?.code, param: response.body.error?.param };
    };
    expect(await errorOf({ threshold: "-5" })).toEqual({ status: 400, code: "invalid_request", param: "threshold" });
    expect(await errorOf({ threshold: "0" })).toEqual({ status: 400, code: "invalid_request", param: "threshold" });
    expect(await errorOf({ threshold: "1e3" })).toEqual({ status: 400, code: "invalid_request", param: "threshold" });
    expect(await errorOf({ threshold: "0.0000000000001" })).toEqual({ status: 400, code: "invalid_request", param: "threshold" });
    expect(await errorOf({ threshold: undefined })).toEqual({ status: 400, code: "invalid_request", param: "threshold" });
    const percent = (threshold_percent: unknown) => errorOf({ threshold: undefined, threshold_percent });
    for (const bad of ["0", "-80", "1000.01", "80.125", "eighty", true]) {
      expect(await percent(bad)).toEqual({ status: 400, code: "invalid_request", param: "threshold_percent" });
    }
    expect(await errorOf({ threshold_percent: "80" })).toEqual({ status: 400, code: "invalid_request", param: "threshold_percent" }); // and threshold
    // A valid percentage, but this customer has no price of the meter that includes a quantity.
    expect(await percent(80)).toEqual({ status: 422, code: "unprocessable", param: "threshold_percent" });
    expect(await errorOf({ action: "block" })).toEqual({ status: 400, code: "invalid_request", param: "action" });
    expect(await errorOf({ customer: "x" })).toMatchObject({ status: 400, code: "invalid_request" });
    expect(await errorOf({ customer_id: "cus_nope" })).toEqual({ status: 404, code: "not_found", param: "customer_id" });
    expect(await errorOf({ meter_id: "mtr_nope" })).toEqual({ status: 422, code: "unprocessable", param: "meter_id" });
    expect((await create({}, viewer)).status).toBe(403);

    const other = await createTestCustomer();
    await prisma().customer.update({ where: { id: other.id }, data: { status: "ARCHIVED", archivedAt: new Date() } });
    expect(await errorOf({ customer_id: other.id })).toEqual({ status: 409, code: "invalid_state", param: "customer_id" });

    await call(archiveMeterRoute, "/x", { key: admin, params: { meterId: meter.id } });
    expect(await errorOf({})).toEqual({ status: 422, code: "unprocessable", param: "meter_id" });
    expect(await call(getRoute, "/x", { key: viewer, params: { limitId: "ulim_nope" } })).toMatchObject({ status: 404, body: { error: { code: "not_found" } } });
    expect(await call(patchRoute, "/x", { method: "PATCH", key: admin, params: { limitId: "ulim_nope" }, body: { threshold: "1" } })).toMatchObject({ status: 404 });
    expect(await prisma().usageLimit.count()).toBe(0);
  });

  test("PATCH refuses customer and meter changes and bad thresholds, naming the field", async () => {
    const { meter, customer } = await seed();
    const created = await call(createRoute, "/api/v1/usage_limits", { key: admin, body: { customer_id: customer.id, meter_id: meter.id, threshold: 10, action: "warning" } });
    expect(created.body.threshold).toBe("10");
    const patch = (body: Record<string, unknown>) => call(patchRoute, "/x", { method: "PATCH", key: admin, params: { limitId: created.body.id }, body });
    expect((await patch({ customer_id: customer.id })).body.error).toMatchObject({ code: "invalid_request", param: "customer_id" });
    expect((await patch({ threshold: "-1" })).body.error).toMatchObject({ code: "invalid_request", param: "threshold" });
    expect((await patch({ threshold: "12.50", action: "disable" })).body).toMatchObject({ threshold: "12.5", action: "disable" });
  });
});
