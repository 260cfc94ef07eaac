// Drives the real /api/v1/meters route handlers against the test database.
import { beforeEach, describe, expect, test } from "vitest";
import { POST as archiveRoute } from "@/app/api/v1/meters/[meterId]/archive/route";
import { GET as getRoute, PATCH as patchRoute } from "@/app/api/v1/meters/[meterId]/route";
import { POST as unarchiveRoute } from "@/app/api/v1/meters/[meterId]/unarchive/route";
import { GET as byCodeRoute } from "@/app/api/v1/meters/by_code/[code]/route";
import { GET as listRoute, POST as createRoute } from "@/app/api/v1/meters/route";
import { POST as createPlanRoute } from "@/app/api/v1/plans/route";
import { prisma } from "../db/client";
import { systemCtx } from "../services/context";
import { callRoute as call } from "../testing/call-route";
import { createTestApiKey } from "../testing/factories";
import { resetDb } from "../testing/reset-db";

let admin: string;
let viewer: string;

beforeEach(async () => {
  await resetDb();
  admin = (await createTestApiKey(systemCtx("test"), { name: "ci-admin", role: "admin" })).secret;
  viewer = (await createTestApiKey(systemCtx("test"), { name: "ci-viewer", role: "viewer" })).secret;
});

const tokens = { code: "llm-tokens", name: "LLM tokens", event_name: "llm.completion", aggregation: "sum", property: "tokens", filters: [{ property: "region", operator: "in", values: ["eu"] }], group_by: ["model"], metadata: { team: "ai" } };

const usagePlan = (meterId: string) => ({
  code: "ai",
  name: "AI",
  currencies: ["EUR"],
  billing_interval: "month",
  charges: [{ key: "tokens", name: "Tokens", kind: "usage", model: "per_unit", meter_id: meterId, prices: { EUR: { unit_price: "0.001" } } }],
});

describe("/meters", () => {
  test("create, retrieve, by_code, list with filters, PATCH, archive and unarchive", async () => {
    const created = await call(createRoute, "/api/v1/meters", { key: admin, body: tokens });
    expect(created).toMatchObject({ status: 201, body: { object: "meter", id: expect.stringMatching(/^mtr_[0-9a-z]{26}$/), ...tokens, description: null, status: "active" } });
    const params = { meterId: created.body.id };
    expect(await call(getRoute, "/x", { key: viewer, params })).toMatchObject({ status: 200, body: created.body });
    expect(await call(byCodeRoute, "/x", { key: viewer, params: { code: "llm-tokens" } })).toMatchObject({ status: 200, body: { id: created.body.id } });
    expect(await call(byCodeRoute, "/x", { key: viewer, params: { code: "nope" } })).toMatchObject({ status: 404, body: { error: { code: "not_found", param: "code" } } });

    const calls = await call(createRoute, "/api/v1/meters", { key: admin, body: { code: "api-calls", name: "API calls", event_name: "api.request", aggregation: "count" } });
    expect(calls.body).toMatchObject({ property: null, filters: [], group_by: [], metadata: {} });
    const list = (query: string) => call(listRoute, `/api/v1/meters${query}`, { key: viewer });
    expect((await list("")).body.data.map((m: { code: string }) => m.code)).toEqual(["api-calls", "llm-tokens"]);
    expect((await list("?aggregation=sum")).body.data.map((m: { code: string }) => m.code)).toEqual(["llm-tokens"]);
    expect((await list("?event_name=api.request")).body.data.map((m: { code: string }) => m.code)).toEqual(["api-calls"]);
    expect((await list("?metadata[team]=ai&q=LLM")).body.data.map((m: { code: string }) => m.code)).toEqual(["llm-tokens"]);
    expect((await list("?limit=1&sort=code")).body).toMatchObject({ has_more: true, next_cursor: calls.body.id });

    const patched = await call(patchRoute, "/x", { method: "PATCH", key: admin, params, body: { name: "Tokens", aggregation: "max", metadata: { team: null } } });
    expect(patched).toMatchObject({ status: 200, body: { name: "Tokens", aggregation: "max", property: "tokens", metadata: {} } });
    expect(await call(archiveRoute, "/x", { key: admin, params })).toMatchObject({ status: 200, body: { status: "archived" } });
    expect(await call(archiveRoute, "/x", { key: admin, params })).toMatchObject({ status: 409, body: { error: { code: "invalid_state" } } });
    expect(await call(patchRoute, "/x", { method: "PATCH", key: admin, params, body: { name: "X" } })).toMatchObject({ status: 409 });
    expect(await call(unarchiveRoute, "/x", { key: admin, params })).toMatchObject({ status: 200, body: { status: "active", archived_at: null } });
    expect(await prisma().auditLog.count({ where: { resourceType: "meter" } })).toBe(5);
  });

  test("precise errors: shape (400), property rules (422), duplicate code (409), viewer (403)", async () => {
    const create = (body: object, key = admin) => call(createRoute, "/api/v1/meters", { key, body });
    expect((await create({ ...tokens, aggregation: "median" })).body.error).toMatchObject({ code: "invalid_request", param: "aggregation" });
    expect((await create({ ...tokens, filters: [{ property: "region", operator: "eq", values: ["eu"] }] })).body.error).toMatchObject({ code: "invalid_request", param: "filters[0].operator" });
    expect((await create({ ...tokens, group_by: ["model", "model"] })).body.error).toMatchObject({ code: "invalid_request", param: "group_by" });
    expect((await create({ ...tokens, property: undefined })).body.error).toMatchObject({ code: "unprocessable", param: "property", message: "property is required: a sum meter aggregates an event property." });
    expect((await create({ ...tokens, aggregation: "count" })).body.error).toMatchObject({ code: "unprocessable", param: "property" });
    expect((await create({ ...tokens, extra: 1 })).status).toBe(400);
    expect((await create(tokens)).status).toBe(201);
    expect((await create(tokens)).body.error).toMatchObject({ code: "conflict", param: "code" });
    expect((await create({ ...tokens, code: "other" }, viewer)).status).toBe(403);
  });

  test("usage charges must price an existing, active meter; a priced meter's aggregation is frozen", async () => {
    expect((await call(createPlanRoute, "/api/v1/plans", { key: admin, body: usagePlan("mtr_missing") })).body.error).toMatchObject({
      code: "unprocessable",
      param: "charges[0].meter_id",
      message: "charges[0].meter_id: No meter with id 'mtr_missing'.",
    });
    const meter = (await call(createRoute, "/api/v1/meters", { key: admin, body: tokens })).body;
    expect((await call(createPlanRoute, "/api/v1/plans", { key: admin, body: usagePlan(meter.id) })).status).toBe(201);
    const params = { meterId: meter.id };
    expect((await call(patchRoute, "/x", { method: "PATCH", key: admin, params, body: { property: "input_tokens" } })).body.error).toMatchObject({ code: "invalid_state", param: "property" });
    expect((await call(patchRoute, "/x", { method: "PATCH", key: admin, params, body: { name: "Tokens" } })).status).toBe(200);
    await call(archiveRoute, "/x", { key: admin, params });
    expect((await call(createPlanRoute, "/api/v1/plans", { key: admin, body: { ...usagePlan(meter.id), code: "ai-2" } })).body.error).toMatchObject({ param: "charges[0].meter_id", message: `charges[0].meter_id: Meter '${meter.id}' is archived.` });
  });
});
