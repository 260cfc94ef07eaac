import { beforeEach, describe, expect, test } from "vitest";
import { DELETE as deleteRoute, GET as getRoute, PATCH as patchRoute } from "@/app/api/v1/price_overrides/[priceOverrideId]/route";
import { GET as listRoute, POST as createRoute } from "@/app/api/v1/price_overrides/route";
import { prisma } from "../../db/client";
import { createId } from "../../ids";
import { callRoute as call } from "../../testing/call-route";
import { createTestApiKey, createTestCustomer, createTestSubscription } from "../../testing/factories";
import { resetDb } from "../../testing/reset-db";
import { systemCtx } from "../context";
import { createPlan } from "../plans/create-plan";
import { updatePlan } from "../plans/update-plan";
import { resolveChargePrice } from "./resolve-charge-price";

const ctx = () => systemCtx("test");
let admin: { secret: string };

async function seedPlan() {
  const plan = await createPlan(ctx(), {
    code: "pro",
    name: "Pro",
    checkout_enabled: false,
    metadata: {},
    billing_interval: "month",
    interval_count: 1,
    billing_timing: "in_advance",
    trial_days: 0,
    currencies: ["EUR", "USD"],
    features: [],
    charges: [{ key: "seats", name: "Seats", kind: "recurring", model: "per_seat", add_on: false, prices: { EUR: { unit_price: "10" }, USD: { unit_price: "12" } } }],
  });
  return { planId: plan.id, chargeId: plan.current_version.charges[0]!.id };
}

const newGroup = () => prisma().customerGroup.create({ data: { id: createId("customerGroup"), code: `grp-${Math.random()}`, name: "Resellers" } });
const create = (body: object) => call(createRoute, "/api/v1/price_overrides", { key: admin.secret, body });

beforeEach(async () => {
  await resetDb();
  admin = await createTestApiKey(ctx(), { role: "admin" });
});

describe("price overrides", () => {
  test("a customer's override wins over its group's, which wins over the list price", async () => {
    const { chargeId } = await seedPlan();
    const group = await newGroup();
    const member = await createTestCustomer({ groupId: group.id } as never);
    const vip = await createTestCustomer({ groupId: group.id } as never);
    const outsider = await createTestCustomer();
    expect((await create({ charge_id: chargeId, customer_group_id: group.id, currency: "EUR", price: { unit_price: "8" } })).status).toBe(201);
    const own = await create({ charge_id: chargeId, customer_id: vip.id, currency: "EUR", price: { unit_price: "6" } });
    expect(own).toMatchObject({ status: 201, body: { object: "price_override", charge_key: "seats", model: "per_seat", customer_id: vip.id, price: { unit_price: "6" } } });

    const resolve = (customerId: string | null, currency = "EUR") => resolveChargePrice(prisma(), { chargeId, currency, customerId });
    expect(await resolve(vip.id)).toMatchObject({ source: "customer", properties: { model: "per_seat", unitPrice: "6" } });
    expect(await resolve(member.id)).toMatchObject({ source: "customer_group", properties: { unitPrice: "8" } });
    expect(await resolve(outsider.id)).toMatchObject({ source: "plan", overrideId: null, properties: { unitPrice: "10" } });
    expect(await resolve(null)).toMatchObject({ source: "plan" });
    expect(await resolve(vip.id, "USD")).toMatchObject({ source: "plan", properties: { unitPrice: "12" } });
    expect(await resolve(vip.id, "GBP")).toBeNull();

    const removed = await call(deleteRoute, `/api/v1/price_overrides/${own.body.id}`, { method: "DELETE", key: admin.secret, params: { priceOverrideId: own.body.id } });
    expect(removed.body).toEqual({ object: "price_override", id: own.body.id, deleted: true });
    expect(await resolve(vip.id)).toMatchObject({ source: "customer_group" });
  });

  test("validated like plan prices; 409 on a duplicate; PATCH changes the price; list filters", async () => {
    const { chargeId } = await seedPlan();
    const customer = await createTestCustomer();
    const base = { charge_id: chargeId, customer_id: customer.id, currency: "EUR" };
    expect(await create({ ...base, price: { unit_price: "-1" } })).toMatchObject({ status: 422, body: { error: { param: "price.unit_price" } } });
    expect(await create({ ...base, price: { unit_price: "1", amount: "1" } })).toMatchObject({ status: 400, body: { error: { param: "price.amount" } } });
    expect(await create({ ...base, currency: "GBP", price: { unit_price: "1" } })).toMatchObject({ status: 422, body: { error: { param: "currency" } } });
    expect(await create({ ...base, charge_id: "chg_nope", price: { unit_price: "1" } })).toMatchObject({ status: 422, body: { error: { param: "charge_id" } } });
    expect(await create({ charge_id: chargeId, currency: "EUR", price: { unit_price: "1" } })).toMatchObject({ status: 400, body: { error: { param: "customer_id" } } });
    const created = await create({ ...base, price: { unit_price: "7" } });
    expect(created.status).toBe(201);
    expect(await create({ ...base, price: { unit_price: "7" } })).toMatchObject({ status: 409, body: { error: { code: "conflict", param: "customer_id" } } });

    const id = created.body.id;
    const patched = await call(patchRoute, `/api/v1/price_overrides/${id}`, { method: "PATCH", key: admin.secret, body: { price: { unit_price: "5.5" } }, params: { priceOverrideId: id } });
    expect(patched).toMatchObject({ status: 200, body: { price: { unit_price: "5.5" } } });
    expect((await call(getRoute, `/api/v1/price_overrides/${id}`, { key: admin.secret, params: { priceOverrideId: id } })).body.price).toEqual({ unit_price: "5.5" });
    const other = await createTestCustomer();
    const otherOverride = await create({ ...base, customer_id: other.id, price: { unit_price: "8" } });
    const list = await call(listRoute, `/api/v1/price_overrides?customer_id=${customer.id}`, { key: admin.secret });
    expect(list.body.data.map((override: { id: string }) => override.id)).toEqual([id]);
    const byPlan = await call(listRoute, `/api/v1/price_overrides?plan_id=${created.body.plan_id}`, { key: admin.secret });
    expect(byPlan.body.data.map((override: { id: string }) => override.id).sort()).toEqual([id, otherOverride.body.id].sort());
    expect((await call(listRoute, "/api/v1/price_overrides?plan_id=plan_other", { key: admin.secret })).body.data).toEqual([]);
  });

  test("an override follows its charge to a new plan version", async () => {
    const { planId, chargeId } = await seedPlan();
    const customer = await createTestCustomer();
    await create({ charge_id: chargeId, customer_id: customer.id, currency: "EUR", price: { unit_price: "6" } });
    await createTestSubscription({ customerId: customer.id, planId });
    const v2 = await updatePlan(ctx(), planId, { trial_days: 7 });
    const newChargeId = v2.current_version.charges[0]!.id;
    expect(newChargeId).not.toBe(chargeId);
    expect(await resolveChargePrice(prisma(), { chargeId: newChargeId, currency: "EUR", customerId: customer.id })).toMatchObject({ source: "customer", properties: { unitPrice: "6" } });
    expect(await resolveChargePrice(prisma(), { chargeId, currency: "EUR", customerId: customer.id })).toMatchObject({ source: "customer" });
  });

  test("editing an unsubscribed plan in place keeps overrides that still fit and drops the others", async () => {
    const { planId, chargeId } = await seedPlan();
    const customer = await createTestCustomer();
    await create({ charge_id: chargeId, customer_id: customer.id, currency: "EUR", price: { unit_price: "6" } });
    await create({ charge_id: chargeId, customer_id: customer.id, currency: "USD", price: { unit_price: "7" } });
    const seats = { key: "seats", name: "Seats", kind: "recurring" as const, add_on: false };

    await updatePlan(ctx(), planId, { currencies: ["EUR"], charges: [{ ...seats, model: "per_seat", prices: { EUR: { unit_price: "11" } } }] });
    expect((await prisma().priceOverride.findMany()).map((override) => override.currency)).toEqual(["EUR"]);

    await updatePlan(ctx(), planId, { charges: [{ ...seats, model: "flat", prices: { EUR: { amount: "50" } } }] });
    expect(await prisma().priceOverride.count()).toBe(0);

    await create({ charge_id: chargeId, customer_id: customer.id, currency: "EUR", price: { amount: "40" } });
    const removed = await updatePlan(ctx(), planId, { charges: [{ key: "base", name: "Base", kind: "recurring", add_on: false, model: "flat", prices: { EUR: { amount: "9" } } }] });
    expect(removed.current_version).toMatchObject({ version: 1, charges: [{ key: "base" }] });
    expect(await prisma().priceOverride.count()).toBe(0);
  });
});
