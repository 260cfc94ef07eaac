import { beforeEach, describe, expect, test } from "vitest";
import { prisma } from "../../db/client";
import { auditRows, catalogTableCounts, expectAppError } from "../../testing/assertions";
import { createTestUser } from "../../testing/factories";
import { resetDb } from "../../testing/reset-db";
import { createFeatureSchema, listFeaturesQuerySchema, updateFeatureSchema } from "../../schemas/feature";
import { createUnitSchema, listUnitsQuerySchema, updateUnitSchema } from "../../schemas/unit";
import { createFeature } from "./create-feature";
import { createUnit } from "./create-unit";
import { getFeature } from "./get-feature";
import { getFeatureByCode } from "./get-feature-by-code";
import { getUnit } from "./get-unit";
import { getUnitByCode } from "./get-unit-by-code";
import { listFeatures } from "./list-features";
import { listUnits } from "./list-units";
import { setFeatureArchived } from "./set-feature-archived";
import { setUnitArchived } from "./set-unit-archived";
import { updateFeature } from "./update-feature";
import { updateUnit } from "./update-unit";

beforeEach(resetDb);

const t0 = new Date("2026-06-01T12:00:00.000Z");

/** A plan version to hang charges and feature grants on. */
async function planVersion() {
  const db = prisma();
  await db.plan.create({ data: { id: "plan_t", code: "t", name: "T", createdAt: t0, updatedAt: t0 } });
  await db.planVersion.create({ data: { id: "plv_t", planId: "plan_t", version: 1, billingInterval: "MONTH", currencies: ["EUR"], createdAt: t0 } });
  return "plv_t";
}

describe("units", () => {
  test("create, retrieve, update, archive; audited; code freezes once a charge counts in the unit", async () => {
    const { ctx, user } = await createTestUser({ role: "admin", now: t0 });
    const seat = await createUnit(ctx, createUnitSchema.parse({ code: "seat", name: "Seat", plural: "Seats" }));
    expect(seat).toEqual({
      object: "unit",
      id: expect.stringMatching(/^unit_[0-9a-z]{26}$/),
      code: "seat",
      name: "Seat",
      plural: "Seats",
      status: "active",
      archived_at: null,
      created_at: t0.toISOString(),
      updated_at: t0.toISOString(),
    });
    expect(await getUnit(ctx, seat.id)).toEqual(seat);
    expect(await getUnitByCode(ctx, "seat")).toEqual(seat);
    expect(await updateUnit(ctx, seat.id, updateUnitSchema.parse({ plural: null, code: "user" }))).toMatchObject({ code: "user", plural: null });

    const before = await catalogTableCounts();
    expect((await expectAppError(createUnit(ctx, createUnitSchema.parse({ code: "user", name: "U" })), "conflict", "A unit with code 'user' already exists.")).param).toBe("code");
    expect(await catalogTableCounts()).toEqual(before);

    const version = await planVersion();
    await prisma().planCharge.create({ data: { id: "chg_t", planVersionId: version, key: "seats", name: "Seats", kind: "RECURRING", model: "PER_UNIT", unitId: seat.id } });
    await expectAppError(updateUnit(ctx, seat.id, updateUnitSchema.parse({ code: "member" })), "invalid_state", "code cannot change: 1 plan charge(s) already uses it.");
    expect(await updateUnit(ctx, seat.id, updateUnitSchema.parse({ code: "user", name: "User" }))).toMatchObject({ name: "User" });

    expect(await setUnitArchived(ctx, seat.id, true)).toMatchObject({ status: "archived", archived_at: t0.toISOString() });
    await expectAppError(updateUnit(ctx, seat.id, updateUnitSchema.parse({ name: "X" })), "invalid_state");
    expect((await auditRows()).map((row) => [row.action, row.actorId, row.resourceId])).toEqual([
      ["unit.create", user.id, seat.id],
      ["unit.update", user.id, seat.id],
      ["unit.update", user.id, seat.id],
      ["unit.archive", user.id, seat.id],
    ]);
  });

  test("lists search, filter by status, sort and page", async () => {
    const { ctx } = await createTestUser({ role: "admin" });
    const gb = await createUnit(ctx, createUnitSchema.parse({ code: "gb", name: "Gigabyte" }));
    const call = await createUnit(ctx, createUnitSchema.parse({ code: "api-call", name: "API call" }));
    const seat = await createUnit(ctx, createUnitSchema.parse({ code: "seat", name: "Seat" }));
    await setUnitArchived(ctx, gb.id, true);
    const ids = async (raw: Record<string, string>) => (await listUnits(ctx, listUnitsQuerySchema.parse(raw))).data.map((u) => u.id);
    expect(await ids({})).toEqual([seat.id, call.id, gb.id]);
    expect(await ids({ sort: "code" })).toEqual([call.id, gb.id, seat.id]);
    expect(await ids({ q: "giga" })).toEqual([gb.id]);
    expect(await ids({ status: "active" })).toEqual([seat.id, call.id]);
    const page = await listUnits(ctx, listUnitsQuerySchema.parse({ limit: "2" }));
    expect(page).toMatchObject({ has_more: true, next_cursor: call.id });
    expect(await ids({ limit: "2", starting_after: call.id })).toEqual([gb.id]);
  });
});

describe("features", () => {
  test("create (boolean by default), update, archive; type and code freeze once a plan version grants the feature (409)", async () => {
    const { ctx } = await createTestUser({ role: "admin", now: t0 });
    const sso = await createFeature(ctx, createFeatureSchema.parse({ code: "sso", name: "Single sign-on" }));
    expect(sso).toMatchObject({ object: "feature", id: expect.stringMatching(/^feat_/), type: "boolean", description: null, status: "active" });
    const projects = await createFeature(ctx, createFeatureSchema.parse({ code: "projects", name: "Projects", type: "limit", description: "How many projects" }));
    expect(await getFeature(ctx, projects.id)).toEqual(projects);
    expect(await getFeatureByCode(ctx, "projects")).toEqual(projects);

    // Not granted yet: the type may still change.
    expect(await updateFeature(ctx, sso.id, updateFeatureSchema.parse({ type: "limit" }))).toMatchObject({ type: "limit" });
    expect(await updateFeature(ctx, sso.id, updateFeatureSchema.parse({ type: "boolean" }))).toMatchObject({ type: "boolean" });

    const version = await planVersion();
    await prisma().planFeature.create({ data: { planVersionId: version, featureId: sso.id } });
    const before = await catalogTableCounts();
    const typeFrozen = await expectAppError(updateFeature(ctx, sso.id, updateFeatureSchema.parse({ type: "limit" })), "invalid_state", "type cannot change: 1 plan version(s) already uses it.");
    expect(typeFrozen.param).toBe("type");
    await expectAppError(updateFeature(ctx, sso.id, updateFeatureSchema.parse({ code: "saml" })), "invalid_state");
    expect(await catalogTableCounts()).toEqual(before);
    // Sending the same type (or code) is not a change.
    expect(await updateFeature(ctx, sso.id, updateFeatureSchema.parse({ type: "boolean", code: "sso", name: "SSO" }))).toMatchObject({ name: "SSO", type: "boolean" });

    expect((await expectAppError(createFeature(ctx, createFeatureSchema.parse({ code: "sso", name: "Again" })), "conflict")).param).toBe("code");
    expect(await setFeatureArchived(ctx, sso.id, true)).toMatchObject({ status: "archived" });
    expect(await setFeatureArchived(ctx, sso.id, false)).toMatchObject({ status: "active" });
  });

  test("lists filter by type, status and search", async () => {
    const { ctx } = await createTestUser({ role: "admin" });
    const sso = await createFeature(ctx, createFeatureSchema.parse({ code: "sso", name: "SSO" }));
    const seats = await createFeature(ctx, createFeatureSchema.parse({ code: "seats", name: "Seats", type: "limit" }));
    const ids = async (raw: Record<string, string>) => (await listFeatures(ctx, listFeaturesQuerySchema.parse(raw))).data.map((f) => f.id);
    expect(await ids({})).toEqual([seats.id, sso.id]);
    expect(await ids({ type: "limit" })).toEqual([seats.id]);
    expect(await ids({ type: "boolean", q: "ss" })).toEqual([sso.id]);
    expect(listFeaturesQuerySchema.safeParse({ type: "number" }).error?.issues[0]).toMatchObject({ path: ["type"], message: "type must be boolean or limit." });
  });

  test("a viewer cannot write units or features", async () => {
    const { ctx: viewer } = await createTestUser({ role: "viewer" });
    const { ctx: admin } = await createTestUser({ role: "admin" });
    const unit = await createUnit(admin, createUnitSchema.parse({ code: "u", name: "U" }));
    const feature = await createFeature(admin, createFeatureSchema.parse({ code: "f", name: "F" }));
    const before = await catalogTableCounts();
    await expectAppError(createUnit(viewer, createUnitSchema.parse({ code: "x", name: "X" })), "forbidden");
    await expectAppError(updateUnit(viewer, unit.id, updateUnitSchema.parse({ name: "X" })), "forbidden");
    await expectAppError(setUnitArchived(viewer, unit.id, true), "forbidden");
    await expectAppError(createFeature(viewer, createFeatureSchema.parse({ code: "x", name: "X" })), "forbidden");
    await expectAppError(updateFeature(viewer, feature.id, updateFeatureSchema.parse({ name: "X" })), "forbidden");
    await expectAppError(setFeatureArchived(viewer, feature.id, true), "forbidden");
    expect(await catalogTableCounts()).toEqual(before);
  });
});
