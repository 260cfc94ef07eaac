import { beforeEach, describe, expect, test } from "vitest";
import { prisma } from "../../db/client";
import { auditRows, catalogTableCounts, expectAppError } from "../../testing/assertions";
import { createTestUser } from "../../testing/factories";
import { resetDb } from "../../testing/reset-db";
import { createProductSchema, listProductsQuerySchema, updateProductSchema } from "../../schemas/product";
import { createProductFamilySchema, listProductFamiliesQuerySchema, updateProductFamilySchema } from "../../schemas/product-family";
import { createProduct } from "./create-product";
import { createProductFamily } from "./create-product-family";
import { getCatalogOverview } from "./get-catalog-overview";
import { getProduct } from "./get-product";
import { getProductByCode } from "./get-product-by-code";
import { getProductFamily } from "./get-product-family";
import { getProductFamilyByCode } from "./get-product-family-by-code";
import { listProductFamilies } from "./list-product-families";
import { listProductPlans } from "./list-product-plans";
import { listProducts } from "./list-products";
import { setProductArchived } from "./set-product-archived";
import { setProductFamilyArchived } from "./set-product-family-archived";
import { updateProduct } from "./update-product";
import { updateProductFamily } from "./update-product-family";

beforeEach(resetDb);

const t0 = new Date("2026-06-01T12:00:00.000Z");
const t1 = new Date("2026-06-02T08:30:00.000Z");
const family = createProductFamilySchema.parse.bind(createProductFamilySchema);
const product = createProductSchema.parse.bind(createProductSchema);
const patchProduct = updateProductSchema.parse.bind(updateProductSchema);
const productQuery = (raw: Record<string, string>) => listProductsQuerySchema.parse(raw);

describe("product families", () => {
  test("create, retrieve by id and code, update, archive and unarchive, each audited", async () => {
    const { user, ctx } = await createTestUser({ role: "admin", email: "ada@example.com", now: t0 });
    const created = await createProductFamily(ctx, family({ code: "analytics", name: "Analytics", description: "  Dashboards  " }));
    expect(created).toEqual({
      object: "product_family",
      id: expect.stringMatching(/^pfam_[0-9a-z]{26}$/),
      code: "analytics",
      name: "Analytics",
      description: "Dashboards",
      status: "active",
      archived_at: null,
      created_at: t0.toISOString(),
      updated_at: t0.toISOString(),
    });
    expect(await getProductFamily(ctx, created.id)).toEqual(created);
    expect(await getProductFamilyByCode(ctx, "analytics")).toEqual(created);
    await expectAppError(getProductFamilyByCode(ctx, "nope"), "not_found", "No product family with code 'nope'.");

    const later = { ...ctx, now: t1 };
    const renamed = await updateProductFamily(later, created.id, updateProductFamilySchema.parse({ name: "Insights", description: null, code: "insights" }));
    expect(renamed).toMatchObject({ code: "insights", name: "Insights", description: null, updated_at: t1.toISOString(), created_at: t0.toISOString() });
    const archived = await setProductFamilyArchived(later, created.id, true);
    expect(archived).toMatchObject({ status: "archived", archived_at: t1.toISOString() });
    await expectAppError(setProductFamilyArchived(later, created.id, true), "invalid_state", "This product family is already archived.");
    await expectAppError(updateProductFamily(later, created.id, updateProductFamilySchema.parse({ name: "X" })), "invalid_state");
    expect(await setProductFamilyArchived(later, created.id, false)).toMatchObject({ status: "active", archived_at: null });

    const audit = (action: string, details?: object) => ({ action, actorType: "USER", actorId: user.id, actorLabel: "ada@example.com", resourceType: "product_family", resourceId: created.id, details: details ?? null });
    expect(await auditRows()).toEqual([
      audit("product_family.create", { code: "analytics" }),
      audit("product_family.update", { fields: ["code", "description", "name"] }),
      audit("product_family.archive"),
      audit("product_family.unarchive"),
    ]);
  });

  test("a duplicate code is a 409 naming code, and nothing is written; a family's code freezes once a product uses it", async () => {
    const { ctx } = await createTestUser({ role: "admin" });
    const first = await createProductFamily(ctx, family({ code: "core", name: "Core" }));
    const before = await catalogTableCounts();
    const duplicate = await expectAppError(createProductFamily(ctx, family({ code: "core", name: "Other" })), "conflict", "A product family with code 'core' already exists.");
    expect(duplicate.param).toBe("code");
    expect(await catalogTableCounts()).toEqual(before);

    const second = await createProductFamily(ctx, family({ code: "extra", name: "Extra" }));
    expect((await expectAppError(updateProductFamily(ctx, second.id, updateProductFamilySchema.parse({ code: "core" })), "conflict")).param).toBe("code");
    await createProduct(ctx, product({ code: "p", name: "P", family_id: first.id }));
    const frozen = await expectAppError(updateProductFamily(ctx, first.id, updateProductFamilySchema.parse({ code: "core-2" })), "invalid_state", "code cannot change: 1 product(s) already uses it.");
    expect(frozen.param).toBe("code");
    expect(await updateProductFamily(ctx, first.id, updateProductFamilySchema.parse({ code: "core", name: "Core platform" }))).toMatchObject({ name: "Core platform" });
  });

  test("lists filter by search and status, sort by code or name, and page with a cursor", async () => {
    const { ctx } = await createTestUser({ role: "admin" });
    const names = ["Delta", "Alpha", "Charlie", "Bravo"];
    const made = [];
    for (const [i, name] of names.entries()) made.push(await createProductFamily({ ...ctx, now: new Date(t0.getTime() + i) }, family({ code: `fam-${name.toLowerCase()}`, name })));
    await setProductFamilyArchived(ctx, made[2]!.id, true);
    const listedNames = async (raw: Record<string, string>) => (await listProductFamilies(ctx, listProductFamiliesQuerySchema.parse(raw))).data.map((f) => f.name);

    expect(await listedNames({})).toEqual(["Bravo", "Charlie", "Alpha", "Delta"]);
    expect(await listedNames({ sort: "created_at" })).toEqual(["Delta", "Alpha", "Charlie", "Bravo"]);
    expect(await listedNames({ sort: "name" })).toEqual(["Alpha", "Bravo", "Charlie", "Delta"]);
    expect(await listedNames({ sort: "-name" })).toEqual(["Delta", "Charlie", "Bravo", "Alpha"]);
    expect(await listedNames({ sort: "code" })).toEqual(["Alpha", "Bravo", "Charlie", "Delta"]);
    expect(await listedNames({ q: "alp" })).toEqual(["Alpha"]);
    expect(await listedNames({ q: "fam-%" })).toEqual([]); // % is literal
    expect(await listedNames({ status: "archived" })).toEqual(["Charlie"]);
    expect(await listedNames({ status: "active", sort: "code" })).toEqual(["Alpha", "Bravo", "Delta"]);

    const first = await listProductFamilies(ctx, listProductFamiliesQuerySchema.parse({ sort: "code", limit: "3" }));
    expect(first).toMatchObject({ has_more: true, next_cursor: first.data[2]!.id });
    const second = await listProductFamilies(ctx, listProductFamiliesQuerySchema.parse({ sort: "code", limit: "3", starting_after: first.next_cursor! }));
    expect(second).toMatchObject({ has_more: false, next_cursor: null });
    expect(second.data.map((f) => f.code)).toEqual(["fam-delta"]);
    expect(listProductFamiliesQuerySchema.safeParse({ sort: "price" }).error?.issues[0]?.path).toEqual(["sort"]);
  });
});

describe("products", () => {
  test("create in an active family with metadata; retrieve by id and code; PATCH merges metadata and moves family", async () => {
    const { ctx } = await createTestUser({ role: "admin", now: t0 });
    const analytics = await createProductFamily(ctx, family({ code: "analytics", name: "Analytics" }));
    const storage = await createProductFamily(ctx, family({ code: "storage", name: "Storage" }));
    const created = await createProduct(ctx, product({ code: "dashboards", name: "Dashboards", family_id: analytics.id, metadata: { tier: "pro", region: "eu" } }));
    expect(created).toEqual({
      object: "product",
      id: expect.stringMatching(/^prod_[0-9a-z]{26}$/),
      code: "dashboards",
      name: "Dashboards",
      description: null,
      family_id: analytics.id,
      metadata: { tier: "pro", region: "eu" },
      status: "active",
      archived_at: null,
      created_at: t0.toISOString(),
      updated_at: t0.toISOString(),
    });
    expect(await getProduct(ctx, created.id)).toEqual(created);
    expect(await getProductByCode(ctx, "dashboards")).toEqual(created);
    await expectAppError(getProduct(ctx, "prod_missing"), "not_found", "No product with id 'prod_missing'.");

    const updated = await updateProduct({ ...ctx, now: t1 }, created.id, patchProduct({ family_id: storage.id, metadata: { region: null, owner: "ops" }, description: "Charts" }));
    expect(updated).toMatchObject({ family_id: storage.id, metadata: { tier: "pro", owner: "ops" }, description: "Charts", updated_at: t1.toISOString() });
    expect(await updateProduct(ctx, created.id, patchProduct({ family_id: null }))).toMatchObject({ family_id: null, metadata: { tier: "pro", owner: "ops" } });
  });

  test("the family must exist and be active; nothing is written otherwise", async () => {
    const { ctx } = await createTestUser({ role: "admin" });
    const old = await createProductFamily(ctx, family({ code: "old", name: "Old" }));
    await setProductFamilyArchived(ctx, old.id, true);
    const before = await catalogTableCounts();

    const missing = await expectAppError(createProduct(ctx, product({ code: "a", name: "A", family_id: "pfam_missing" })), "unprocessable", "No product family with id 'pfam_missing'.");
    expect(missing.param).toBe("family_id");
    const archived = await expectAppError(createProduct(ctx, product({ code: "a", name: "A", family_id: old.id })), "invalid_state", "The product family 'old' is archived and takes no new products.");
    expect(archived.param).toBe("family_id");
    expect(await catalogTableCounts()).toEqual(before);

    const loose = await createProduct(ctx, product({ code: "loose", name: "Loose" }));
    expect((await expectAppError(updateProduct(ctx, loose.id, patchProduct({ family_id: old.id })), "invalid_state")).param).toBe("family_id");
    expect((await getProduct(ctx, loose.id)).family_id).toBeNull();
  });

  test("duplicate code is a 409; archived products are read-only until unarchived; code freezes once a plan uses it; plans are listed", async () => {
    const { ctx } = await createTestUser({ role: "admin" });
    const api = await createProduct(ctx, product({ code: "api", name: "API" }));
    const before = await catalogTableCounts();
    expect((await expectAppError(createProduct(ctx, product({ code: "api", name: "Again" })), "conflict", "A product with code 'api' already exists.")).param).toBe("code");
    expect(await catalogTableCounts()).toEqual(before);

    await setProductArchived(ctx, api.id, true);
    await expectAppError(updateProduct(ctx, api.id, patchProduct({ name: "New" })), "invalid_state", "This product is archived; unarchive it before changing it.");
    await expectAppError(setProductArchived(ctx, api.id, true), "invalid_state");
    await setProductArchived(ctx, api.id, false);
    await expectAppError(setProductArchived(ctx, api.id, false), "invalid_state", "This product is not archived.");

    expect((await listProductPlans(ctx, api.id)).data).toEqual([]);
    await prisma().plan.create({ data: { id: "plan_b", code: "api-pro", name: "API Pro", productId: api.id, status: "ACTIVE", createdAt: t1, updatedAt: t1 } });
    await prisma().plan.create({ data: { id: "plan_a", code: "api-free", name: "API Free", productId: api.id, createdAt: t0, updatedAt: t0 } });
    expect((await listProductPlans(ctx, api.id)).data).toEqual([
      { object: "plan", id: "plan_a", code: "api-free", name: "API Free", status: "draft", created_at: t0.toISOString() },
      { object: "plan", id: "plan_b", code: "api-pro", name: "API Pro", status: "active", created_at: t1.toISOString() },
    ]);
    await expectAppError(listProductPlans(ctx, "prod_missing"), "not_found");
    await expectAppError(updateProduct(ctx, api.id, patchProduct({ code: "api-2" })), "invalid_state", "code cannot change: 2 plan(s) already use it.");
  });

  test("lists filter by search, family, status and metadata", async () => {
    const { ctx } = await createTestUser({ role: "admin" });
    const fam = await createProductFamily(ctx, family({ code: "fam", name: "Fam" }));
    const seats = await createProduct(ctx, product({ code: "seats", name: "Team seats", family_id: fam.id, metadata: { tier: "pro", region: "eu" } }));
    const storage = await createProduct(ctx, product({ code: "storage", name: "Storage", metadata: { tier: "pro", region: "us" } }));
    const legacy = await createProduct(ctx, product({ code: "legacy-seats", name: "Legacy", family_id: fam.id, metadata: { tier: "free" } }));
    await setProductArchived(ctx, legacy.id, true);
    const ids = async (raw: Record<string, string>) => (await listProducts(ctx, productQuery(raw))).data.map((p) => p.id);

    expect(await ids({})).toEqual([legacy.id, storage.id, seats.id]);
    expect(await ids({ q: "SEATS" })).toEqual([legacy.id, seats.id]);
    expect(await ids({ family_id: fam.id })).toEqual([legacy.id, seats.id]);
    expect(await ids({ family_id: fam.id, status: "active" })).toEqual([seats.id]);
    expect(await ids({ status: "archived" })).toEqual([legacy.id]);
    expect(await ids({ "metadata[tier]": "pro" })).toEqual([storage.id, seats.id]);
    expect(await ids({ "metadata[tier]": "pro", "metadata[region]": "eu" })).toEqual([seats.id]);
    expect(await ids({ "metadata[tier]": "enterprise" })).toEqual([]);
    expect(await ids({ sort: "name" })).toEqual([legacy.id, storage.id, seats.id]);
    expect(listProductsQuerySchema.safeParse({ colour: "red" }).success).toBe(false);
  });

  test("validation names the field", () => {
    const cases: [object, (string | number)[]][] = [
      [{ name: "X" }, ["code"]],
      [{ code: "Not A Slug", name: "X" }, ["code"]],
      [{ code: "x", name: "" }, ["name"]],
      [{ code: "x", name: "X", metadata: { "bad key": "v" } }, ["metadata", "bad key"]],
      [{ code: "x", name: "X", metadata: { k: 1 } }, ["metadata", "k"]],
      [{ code: "x", name: "X", family_id: 42 }, ["family_id"]],
    ];
    for (const [input, path] of cases) expect(createProductSchema.safeParse(input).error?.issues[0]?.path, JSON.stringify(input)).toEqual(path);
    expect(createProductSchema.safeParse({ code: "x", name: "X", colour: "red" }).error?.issues[0]).toMatchObject({ code: "unrecognized_keys", keys: ["colour"] });
  });
});

describe("permissions", () => {
  test("a viewer reads, and every write is forbidden and writes nothing", async () => {
    const { ctx: admin } = await createTestUser({ role: "admin" });
    const { ctx: viewer } = await createTestUser({ role: "viewer" });
    const fam = await createProductFamily(admin, family({ code: "fam", name: "Fam" }));
    const prod = await createProduct(admin, product({ code: "p", name: "P" }));
    const before = await catalogTableCounts();
    await expectAppError(createProductFamily(viewer, family({ code: "x", name: "X" })), "forbidden");
    await expectAppError(updateProductFamily(viewer, fam.id, updateProductFamilySchema.parse({ name: "Y" })), "forbidden");
    await expectAppError(setProductFamilyArchived(viewer, fam.id, true), "forbidden");
    await expectAppError(createProduct(viewer, product({ code: "x", name: "X" })), "forbidden");
    await expectAppError(updateProduct(viewer, prod.id, patchProduct({ name: "Y" })), "forbidden");
    await expectAppError(setProductArchived(viewer, prod.id, true), "forbidden");
    expect(await catalogTableCounts()).toEqual(before);
    expect(await getProduct(viewer, prod.id)).toMatchObject({ name: "P" });
  });
});

describe("getCatalogOverview", () => {
  test("counts live objects per section; archived ones drop out", async () => {
    const { ctx } = await createTestUser({ role: "viewer" });
    const { ctx: admin } = await createTestUser({ role: "admin" });
    const empty = { plans: 0, products: 0, productFamilies: 0, coupons: 0, taxRates: 0, features: 0, units: 0, exchangeRates: 0 };
    expect(await getCatalogOverview(ctx)).toEqual(empty);
    const fam = await createProductFamily(admin, family({ code: "f", name: "F" }));
    await createProduct(admin, product({ code: "a", name: "A", family_id: fam.id }));
    const b = await createProduct(admin, product({ code: "b", name: "B" }));
    await setProductArchived(admin, b.id, true);
    expect(await getCatalogOverview(ctx)).toEqual({ ...empty, products: 1, productFamilies: 1 });
  });
});
