// Drives the real /api/v1 catalogue route handlers against the test database.
import { beforeEach, describe, expect, test } from "vitest";
import { DELETE as deleteRateRoute, GET as getRateRoute } from "@/app/api/v1/exchange_rates/[exchangeRateId]/route";
import { GET as convertRoute } from "@/app/api/v1/exchange_rates/convert/route";
import { GET as listRatesRoute, POST as createRateRoute } from "@/app/api/v1/exchange_rates/route";
import { POST as archiveFeatureRoute } from "@/app/api/v1/features/[featureId]/archive/route";
import { PATCH as patchFeatureRoute } from "@/app/api/v1/features/[featureId]/route";
import { GET as featureByCodeRoute } from "@/app/api/v1/features/by_code/[code]/route";
import { GET as listFeaturesRoute, POST as createFeatureRoute } from "@/app/api/v1/features/route";
import { POST as archiveFamilyRoute } from "@/app/api/v1/product_families/[familyId]/archive/route";
import { GET as getFamilyRoute, PATCH as patchFamilyRoute } from "@/app/api/v1/product_families/[familyId]/route";
import { POST as unarchiveFamilyRoute } from "@/app/api/v1/product_families/[familyId]/unarchive/route";
import { GET as familyByCodeRoute } from "@/app/api/v1/product_families/by_code/[code]/route";
import { GET as listFamiliesRoute, POST as createFamilyRoute } from "@/app/api/v1/product_families/route";
import { POST as archiveProductRoute } from "@/app/api/v1/products/[productId]/archive/route";
import { GET as productPlansRoute } from "@/app/api/v1/products/[productId]/plans/route";
import { GET as getProductRoute, PATCH as patchProductRoute } from "@/app/api/v1/products/[productId]/route";
import { POST as unarchiveProductRoute } from "@/app/api/v1/products/[productId]/unarchive/route";
import { GET as productByCodeRoute } from "@/app/api/v1/products/by_code/[code]/route";
import { GET as listProductsRoute, POST as createProductRoute } from "@/app/api/v1/products/route";
import { POST as archiveUnitRoute } from "@/app/api/v1/units/[unitId]/archive/route";
import { GET as getUnitRoute, PATCH as patchUnitRoute } from "@/app/api/v1/units/[unitId]/route";
import { POST as unarchiveUnitRoute } from "@/app/api/v1/units/[unitId]/unarchive/route";
import { GET as unitByCodeRoute } from "@/app/api/v1/units/by_code/[code]/route";
import { GET as listUnitsRoute, POST as createUnitRoute } from "@/app/api/v1/units/route";
import { prisma } from "../db/client";
import { systemCtx } from "../services/context";
import { catalogTableCounts } from "../testing/assertions";
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

const ids = (body: { data: { id: string }[] }) => body.data.map((item) => item.id);

describe("/product_families and /products", () => {
  test("create a family and a product in it; retrieve, by_code, PATCH, archive and unarchive", async () => {
    const family = await call(createFamilyRoute, "/api/v1/product_families", { key: admin, body: { code: "analytics", name: "Analytics" }, headers: { "idempotency-key": "fam-1" } });
    expect(family).toMatchObject({ status: 201, body: { object: "product_family", code: "analytics", status: "active" } });
    const replay = await call(createFamilyRoute, "/api/v1/product_families", { key: admin, body: { code: "analytics", name: "Analytics" }, headers: { "idempotency-key": "fam-1" } });
    expect(replay).toMatchObject({ status: 201, body: { id: family.body.id } });
    expect(await call(familyByCodeRoute, "/x", { key: viewer, params: { code: "analytics" } })).toMatchObject({ status: 200, body: { id: family.body.id } });

    const body = { code: "dashboards", name: "Dashboards", family_id: family.body.id, metadata: { tier: "pro" } };
    const product = await call(createProductRoute, "/api/v1/products", { key: admin, body });
    expect(product).toMatchObject({ status: 201, body: { object: "product", id: expect.stringMatching(/^prod_/), ...body, description: null, status: "active" } });
    const params = { productId: product.body.id };
    expect(await call(getProductRoute, "/x", { key: viewer, params })).toMatchObject({ status: 200, body: product.body });
    expect(await call(productByCodeRoute, "/x", { key: viewer, params: { code: "dashboards" } })).toMatchObject({ status: 200, body: { id: product.body.id } });
    expect(await call(productByCodeRoute, "/x", { key: viewer, params: { code: "nope" } })).toMatchObject({ status: 404, body: { error: { code: "not_found", param: "code" } } });

    const patched = await call(patchProductRoute, "/x", { method: "PATCH", key: admin, params, body: { name: "Charts", metadata: { region: "eu" } } });
    expect(patched).toMatchObject({ status: 200, body: { name: "Charts", metadata: { tier: "pro", region: "eu" } } });
    expect(await call(archiveProductRoute, "/x", { method: "POST", key: admin, params })).toMatchObject({ status: 200, body: { status: "archived" } });
    expect(await call(archiveProductRoute, "/x", { method: "POST", key: admin, params })).toMatchObject({ status: 409, body: { error: { code: "invalid_state" } } });
    expect(await call(patchProductRoute, "/x", { method: "PATCH", key: admin, params, body: { name: "X" } })).toMatchObject({ status: 409 });
    expect(await call(unarchiveProductRoute, "/x", { method: "POST", key: admin, params })).toMatchObject({ status: 200, body: { status: "active", archived_at: null } });
    expect(await call(archiveProductRoute, "/x", { method: "POST", key: admin, params, body: { now: true } })).toMatchObject({ status: 400, body: { error: { param: "now" } } });
    expect(await call(productPlansRoute, "/x", { key: viewer, params })).toMatchObject({ status: 200, body: { object: "list", data: [], has_more: false } });

    const familyParams = { familyId: family.body.id };
    expect(await call(patchFamilyRoute, "/x", { method: "PATCH", key: admin, params: familyParams, body: { description: "BI" } })).toMatchObject({ status: 200, body: { description: "BI" } });
    expect(await call(archiveFamilyRoute, "/x", { method: "POST", key: admin, params: familyParams })).toMatchObject({ status: 200, body: { status: "archived" } });
    const intoArchived = await call(createProductRoute, "/api/v1/products", { key: admin, body: { code: "reports", name: "Reports", family_id: family.body.id } });
    expect(intoArchived).toMatchObject({ status: 409, body: { error: { code: "invalid_state", param: "family_id" } } });
    expect(await call(unarchiveFamilyRoute, "/x", { method: "POST", key: admin, params: familyParams })).toMatchObject({ status: 200, body: { status: "active" } });
    expect(await call(getFamilyRoute, "/x", { key: viewer, params: familyParams })).toMatchObject({ status: 200, body: { status: "active" } });
  });

  test("400 naming the field, 409 on a duplicate code, 422 on an unknown family, and nothing written", async () => {
    await call(createProductRoute, "/api/v1/products", { key: admin, body: { code: "api", name: "API" } });
    const before = await catalogTableCounts();
    const create = (body: object) => call(createProductRoute, "/api/v1/products", { key: admin, body });
    expect(await create({ code: "Bad Code", name: "X" })).toMatchObject({ status: 400, body: { error: { code: "invalid_request", param: "code" } } });
    expect(await create({ code: "x" })).toMatchObject({ status: 400, body: { error: { param: "name", message: "name is required." } } });
    expect(await create({ code: "x", name: "X", metadata: { k: 1 } })).toMatchObject({ status: 400, body: { error: { param: "metadata.k" } } });
    expect(await create({ code: "x", name: "X", colour: "red" })).toMatchObject({ status: 400, body: { error: { param: "colour", message: "Unknown field 'colour'." } } });
    expect(await create({ code: "x", name: "X", family_id: "pfam_nope" })).toMatchObject({ status: 422, body: { error: { code: "unprocessable", param: "family_id" } } });
    expect(await create({ code: "api", name: "Again" })).toMatchObject({
      status: 409,
      body: { error: { code: "conflict", param: "code", message: "A product with code 'api' already exists." } },
    });
    const familyDup = await call(createFamilyRoute, "/x", { key: admin, body: { code: "f", name: "F" } });
    expect(familyDup.status).toBe(201);
    expect(await call(createFamilyRoute, "/x", { key: admin, body: { code: "f", name: "F" } })).toMatchObject({ status: 409, body: { error: { param: "code" } } });
    expect(await catalogTableCounts()).toEqual({ ...before, productFamilies: 1, auditLogs: before.auditLogs + 1 });
  });

  test("lists search, filter by family, status and metadata[key], sort and page", async () => {
    const family = (await call(createFamilyRoute, "/x", { key: admin, body: { code: "fam", name: "Fam" } })).body;
    const make = async (body: object) => (await call(createProductRoute, "/x", { key: admin, body })).body;
    const seats = await make({ code: "seats", name: "Seats", family_id: family.id, metadata: { tier: "pro", region: "eu" } });
    const storage = await make({ code: "storage", name: "Storage", metadata: { tier: "pro" } });
    const legacy = await make({ code: "legacy", name: "Legacy", family_id: family.id });
    await call(archiveProductRoute, "/x", { method: "POST", key: admin, params: { productId: legacy.id } });

    const list = async (search: string) => {
      const result = await call(listProductsRoute, `/api/v1/products${search}`, { key: viewer });
      expect(result.status, JSON.stringify(result.body)).toBe(200);
      return ids(result.body);
    };
    expect(await list("")).toEqual([legacy.id, storage.id, seats.id]);
    expect(await list("?q=STOR")).toEqual([storage.id]);
    expect(await list(`?family_id=${family.id}&status=active`)).toEqual([seats.id]);
    expect(await list("?metadata[tier]=pro")).toEqual([storage.id, seats.id]);
    expect(await list("?metadata%5Btier%5D=pro&metadata%5Bregion%5D=eu")).toEqual([seats.id]);
    expect(await list("?sort=code")).toEqual([legacy.id, seats.id, storage.id]);
    const page = await call(listProductsRoute, "/api/v1/products?sort=code&limit=2", { key: viewer });
    expect(page.body).toMatchObject({ object: "list", has_more: true, next_cursor: seats.id });
    expect(await list(`?sort=code&limit=2&starting_after=${seats.id}`)).toEqual([storage.id]);
    expect(await call(listProductsRoute, "/api/v1/products?sort=price", { key: viewer })).toMatchObject({ status: 400, body: { error: { param: "sort" } } });
    expect(await call(listProductsRoute, "/api/v1/products?colour=red", { key: viewer })).toMatchObject({ status: 400, body: { error: { param: "colour" } } });
    const families = await call(listFamiliesRoute, "/api/v1/product_families?status=active&q=fa", { key: viewer });
    expect(ids(families.body)).toEqual([family.id]);
  });
});

describe("/units and /features", () => {
  test("create, list, by_code, PATCH, archive and unarchive a unit", async () => {
    const unit = await call(createUnitRoute, "/x", { key: admin, body: { code: "seat", name: "Seat", plural: "Seats" } });
    expect(unit).toMatchObject({ status: 201, body: { object: "unit", code: "seat", plural: "Seats" } });
    const params = { unitId: unit.body.id };
    expect(await call(unitByCodeRoute, "/x", { key: viewer, params: { code: "seat" } })).toMatchObject({ status: 200, body: { id: unit.body.id } });
    expect(await call(patchUnitRoute, "/x", { method: "PATCH", key: admin, params, body: { plural: null } })).toMatchObject({ status: 200, body: { plural: null } });
    expect(await call(patchUnitRoute, "/x", { method: "PATCH", key: admin, params, body: { plural: "" } })).toMatchObject({ status: 400, body: { error: { param: "plural" } } });
    expect(await call(archiveUnitRoute, "/x", { method: "POST", key: admin, params })).toMatchObject({ status: 200, body: { status: "archived" } });
    expect(ids((await call(listUnitsRoute, "/api/v1/units?status=archived", { key: viewer })).body)).toEqual([unit.body.id]);
    expect(await call(unarchiveUnitRoute, "/x", { method: "POST", key: admin, params })).toMatchObject({ status: 200, body: { status: "active" } });
    expect(await call(getUnitRoute, "/x", { key: viewer, params: { unitId: "unit_nope" } })).toMatchObject({ status: 404, body: { error: { param: "id" } } });
  });

  test("a feature's type is immutable once a plan grants it (409 naming type)", async () => {
    const feature = await call(createFeatureRoute, "/x", { key: admin, body: { code: "projects", name: "Projects", type: "limit" } });
    expect(feature).toMatchObject({ status: 201, body: { object: "feature", type: "limit" } });
    expect(await call(createFeatureRoute, "/x", { key: admin, body: { code: "x", name: "X", type: "number" } })).toMatchObject({
      status: 400,
      body: { error: { param: "type", message: "type must be boolean or limit." } },
    });
    const params = { featureId: feature.body.id };
    const db = prisma();
    await db.plan.create({ data: { id: "plan_t", code: "t", name: "T" } });
    await db.planVersion.create({ data: { id: "plv_t", planId: "plan_t", version: 1, billingInterval: "MONTH", currencies: ["EUR"] } });
    await db.planFeature.create({ data: { planVersionId: "plv_t", featureId: feature.body.id, limit: "10" } });
    expect(await call(patchFeatureRoute, "/x", { method: "PATCH", key: admin, params, body: { type: "boolean" } })).toMatchObject({
      status: 409,
      body: { error: { code: "invalid_state", param: "type" } },
    });
    expect(await call(patchFeatureRoute, "/x", { method: "PATCH", key: admin, params, body: { name: "Workspaces" } })).toMatchObject({ status: 200, body: { name: "Workspaces", type: "limit" } });
    expect(await call(featureByCodeRoute, "/x", { key: viewer, params: { code: "projects" } })).toMatchObject({ status: 200 });
    expect(ids((await call(listFeaturesRoute, "/api/v1/features?type=limit", { key: viewer })).body)).toEqual([feature.body.id]);
    expect(await call(archiveFeatureRoute, "/x", { method: "POST", key: admin, params })).toMatchObject({ status: 200, body: { status: "archived" } });
  });

  test("viewer keys are forbidden on every catalogue write, and nothing is written", async () => {
    const unit = (await call(createUnitRoute, "/x", { key: admin, body: { code: "u", name: "U" } })).body;
    const before = await catalogTableCounts();
    const attempts = [
      await call(createFamilyRoute, "/x", { key: viewer, body: { code: "f", name: "F" } }),
      await call(createProductRoute, "/x", { key: viewer, body: { code: "p", name: "P" } }),
      await call(createUnitRoute, "/x", { key: viewer, body: { code: "v", name: "V" } }),
      await call(patchUnitRoute, "/x", { method: "PATCH", key: viewer, params: { unitId: unit.id }, body: { name: "W" } }),
      await call(archiveUnitRoute, "/x", { method: "POST", key: viewer, params: { unitId: unit.id } }),
      await call(createFeatureRoute, "/x", { key: viewer, body: { code: "f", name: "F" } }),
      await call(createRateRoute, "/x", { key: viewer, body: { base_currency: "EUR", quote_currency: "USD", rate: "1.1" } }),
    ];
    for (const result of attempts) expect(result).toMatchObject({ status: 403, body: { error: { code: "forbidden" } } });
    expect(await catalogTableCounts()).toEqual(before);
  });
});

describe("/exchange_rates", () => {
  test("create, 409 on the same pair and instant, list by pair, convert, delete only future rates", async () => {
    const create = (body: object) => call(createRateRoute, "/api/v1/exchange_rates", { key: admin, body });
    const jan = await create({ base_currency: "EUR", quote_currency: "KWD", rate: "0.3345", effective_from: "2026-01-01T00:00:00Z" });
    expect(jan).toMatchObject({ status: 201, body: { object: "exchange_rate", rate: "0.3345", effective_from: "2026-01-01T00:00:00.000Z" } });
    expect(await create({ base_currency: "EUR", quote_currency: "KWD", rate: "0.4", effective_from: "2026-01-01T00:00:00.000Z" })).toMatchObject({
      status: 409,
      body: { error: { code: "conflict", param: "effective_from" } },
    });
    expect(await create({ base_currency: "EUR", quote_currency: "EUR", rate: "1" })).toMatchObject({ status: 400, body: { error: { param: "quote_currency" } } });
    expect(await create({ base_currency: "EUR", quote_currency: "USD", rate: "1.0000000000001" })).toMatchObject({ status: 400, body: { error: { param: "rate" } } });
    const future = await create({ base_currency: "EUR", quote_currency: "USD", rate: "1.1", effective_from: "2099-01-01T00:00:00Z" });

    expect(ids((await call(listRatesRoute, "/api/v1/exchange_rates?base_currency=EUR&quote_currency=KWD", { key: viewer })).body)).toEqual([jan.body.id]);
    const converted = await call(convertRoute, "/api/v1/exchange_rates/convert?amount=12345&from=KWD&to=EUR&at=2026-02-01T00:00:00Z", { key: viewer });
    // KWD 12.345 / 0.3345 = EUR 36.905829… → 3691 cents
    expect(converted).toMatchObject({ status: 200, body: { object: "exchange_rate_conversion", amount: 12345, converted_amount: 3691, rate: "0.3345", inverted: true, exchange_rate: { id: jan.body.id } } });
    expect(await call(convertRoute, "/api/v1/exchange_rates/convert?amount=1&from=EUR&to=USD", { key: viewer })).toMatchObject({ status: 422, body: { error: { code: "unprocessable" } } });
    expect(await call(convertRoute, "/api/v1/exchange_rates/convert?amount=1.5&from=EUR&to=USD", { key: viewer })).toMatchObject({ status: 400, body: { error: { param: "amount" } } });

    expect(await call(deleteRateRoute, "/x", { method: "DELETE", key: admin, params: { exchangeRateId: jan.body.id } })).toMatchObject({ status: 409, body: { error: { code: "invalid_state" } } });
    expect(await call(deleteRateRoute, "/x", { method: "DELETE", key: admin, params: { exchangeRateId: future.body.id } })).toMatchObject({
      status: 200,
      body: { object: "exchange_rate", id: future.body.id, deleted: true },
    });
    expect(await call(getRateRoute, "/x", { key: viewer, params: { exchangeRateId: future.body.id } })).toMatchObject({ status: 404 });
  });
});
