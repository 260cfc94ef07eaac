import { beforeEach, describe, expect, test } from "vitest";
import { applyCoupons } from "../../billing/discounts";
import { prisma } from "../../db/client";
import { findCouponById } from "../../db/coupons";
import { createId } from "../../ids";
import {
  checkEligibilitySchema,
  createCouponSchema,
  generateDiscountCodesSchema,
  listCouponsQuerySchema,
  listDiscountCodesQuerySchema,
  redeemCouponSchema,
  updateCouponSchema,
} from "../../schemas/coupon";
import { auditRows, expectAppError } from "../../testing/assertions";
import { createTestCustomer, createTestUser } from "../../testing/factories";
import { resetDb } from "../../testing/reset-db";
import type { Ctx } from "../context";
import { inTransaction } from "../transaction";
import { archiveCoupon } from "./archive-coupon";
import { archiveDiscountCode } from "./archive-discount-code";
import { checkCouponEligibility } from "./check-coupon-eligibility";
import { createCoupon } from "./create-coupon";
import { toEngineCoupon } from "./dto";
import { generateDiscountCodes } from "./generate-discount-codes";
import { getCoupon } from "./get-coupon";
import { getCouponByCode } from "./get-coupon-by-code";
import { listCouponRedemptions } from "./list-coupon-redemptions";
import { listCoupons } from "./list-coupons";
import { listDiscountCodes } from "./list-discount-codes";
import { redeemCoupon } from "./redeem-coupon";
import { redeemCouponForCustomer } from "./redeem-coupon-for-customer";
import { updateCoupon } from "./update-coupon";

beforeEach(resetDb);

const t0 = new Date("2026-06-01T12:00:00.000Z");
const create = (raw: Record<string, unknown>) => createCouponSchema.parse({ name: "Coupon", ...raw });
const update = updateCouponSchema.parse.bind(updateCouponSchema);
const at = (ctx: Ctx, now: Date): Ctx => ({ ...ctx, now });

async function adminCtx() {
  return (await createTestUser({ role: "admin", email: "ada@example.com", now: t0 })).ctx;
}

async function createTestPlan(code = `plan-${Math.random().toString(36).slice(2, 8)}`) {
  return prisma().plan.create({ data: { id: createId("plan"), code, name: code } });
}

const couponCounts = async () => {
  const db = prisma();
  const [coupons, amounts, codes, redemptions, audits] = await Promise.all([
    db.coupon.count(),
    db.couponAmount.count(),
    db.discountCode.count(),
    db.couponRedemption.count(),
    db.auditLog.count(),
  ]);
  return { coupons, amounts, codes, redemptions, audits };
};

describe("createCoupon", () => {
  test("stores a percent coupon with an upper-case code, every field, and an audit row", async () => {
    const ctx = await adminCtx();
    const plan = await createTestPlan("pro");
    const coupon = await createCoupon(
      ctx,
      create({
        code: "welcome10",
        name: "Welcome",
        percent_off: "12.500",
        duration: "repeating",
        duration_periods: 3,
        max_redemptions: 100,
        max_redemptions_per_customer: 1,
        expires_at: "2026-12-31T23:59:59Z",
        plan_ids: [plan.id],
        metadata: { campaign: "spring" },
      }),
    );
    expect(coupon).toEqual({
      object: "coupon",
      id: expect.stringMatching(/^cpn_[0-9a-z]{26}$/),
      code: "WELCOME10",
      name: "Welcome",
      percent_off: "12.5",
      amounts_off: null,
      duration: "repeating",
      duration_periods: 3,
      max_redemptions: 100,
      max_redemptions_per_customer: 1,
      times_redeemed: 0,
      expires_at: "2026-12-31T23:59:59.000Z",
      plan_ids: [plan.id],
      metadata: { campaign: "spring" },
      status: "active",
      archived_at: null,
      created_at: t0.toISOString(),
      updated_at: t0.toISOString(),
    });
    expect(await getCoupon(ctx, coupon.id)).toEqual(coupon);
    expect(await getCouponByCode(ctx, "Welcome10")).toEqual(coupon);
    expect((await auditRows()).map((row) => [row.action, row.resourceId, row.details])).toEqual([
      ["coupon.create", coupon.id, { code: "WELCOME10", name: "Welcome" }],
    ]);
  });

  test("stores amounts per currency in minor units", async () => {
    const ctx = await adminCtx();
    const coupon = await createCoupon(ctx, create({ code: "FIVE", amounts_off: { EUR: 500, USD: 600, JPY: 700 }, duration: "forever" }));
    expect(coupon).toMatchObject({ percent_off: null, amounts_off: { EUR: 500, JPY: 700, USD: 600 }, duration: "forever", duration_periods: null });
    const rows = await prisma().couponAmount.findMany({ where: { couponId: coupon.id }, orderBy: { currency: "asc" } });
    expect(rows.map((row) => [row.currency, row.amountMinor])).toEqual([
      ["EUR", 500n],
      ["JPY", 700n],
      ["USD", 600n],
    ]);
  });

  test("the schema names the field: both or neither discount, bad percent, bad currency, duration_periods", () => {
    const issue = (raw: Record<string, unknown>) => {
      const result = createCouponSchema.safeParse({ code: "ABC", name: "X", ...raw });
      return result.success ? undefined : { path: result.error.issues[0]!.path.join("."), message: result.error.issues[0]!.message };
    };
    expect(issue({ percent_off: "10", amounts_off: { EUR: 5 } })).toEqual({ path: "percent_off", message: "Give either percent_off or amounts_off, not both." });
    expect(issue({})).toEqual({ path: "percent_off", message: "Give percent_off or amounts_off." });
    expect(issue({ percent_off: "0" })?.path).toBe("percent_off");
    expect(issue({ percent_off: "100.000001" })?.path).toBe("percent_off");
    expect(issue({ percent_off: "1.1234567" })?.path).toBe("percent_off");
    expect(issue({ percent_off: "100" })).toBeUndefined();
    expect(issue({ percent_off: 0.000001 })).toBeUndefined();
    expect(issue({ amounts_off: { EUR: 0 } })?.path).toBe("amounts_off.EUR");
    expect(issue({ amounts_off: { EUR: 1.5 } })?.path).toBe("amounts_off.EUR");
    expect(issue({ amounts_off: { EURO: 5 } })?.path).toBe("amounts_off.EURO");
    expect(issue({ amounts_off: {} })?.path).toBe("amounts_off");
    expect(issue({ percent_off: "5", duration: "repeating" })?.path).toBe("duration_periods");
    expect(issue({ percent_off: "5", duration: "once", duration_periods: 2 })?.path).toBe("duration_periods");
    expect(issue({ percent_off: "5", code: "no spaces" })?.path).toBe("code");
    expect(issue({ percent_off: "5", colour: "red" })).toMatchObject({ path: "" });
  });

  test("a duplicate code, in any case and also a discount code's, is a conflict naming code; unknown plans are 422", async () => {
    const ctx = await adminCtx();
    const first = await createCoupon(ctx, create({ code: "SPRING", percent_off: "10" }));
    const before = await couponCounts();
    const duplicate = await expectAppError(createCoupon(ctx, create({ code: "spring", percent_off: "5" })), "conflict", "The code 'SPRING' is already used by a coupon or a discount code.");
    expect(duplicate.param).toBe("code");

    await prisma().discountCode.create({ data: { id: createId("discountCode"), couponId: first.id, code: "TAKEN123" } });
    expect((await expectAppError(createCoupon(ctx, create({ code: "taken123", percent_off: "5" })), "conflict")).param).toBe("code");

    const plan = await createTestPlan();
    const unknownPlan = await expectAppError(createCoupon(ctx, create({ code: "PLANS", percent_off: "5", plan_ids: [plan.id, "plan_missing"] })), "unprocessable");
    expect(unknownPlan.param).toBe("plan_ids.1");
    const past = await expectAppError(createCoupon(ctx, create({ code: "PAST", percent_off: "5", expires_at: "2020-01-01T00:00:00Z" })), "unprocessable");
    expect(past.param).toBe("expires_at");
    expect(await couponCounts()).toEqual({ ...before, codes: before.codes + 1 });
  });

  test("a viewer can read but not write", async () => {
    const ctx = await adminCtx();
    const coupon = await createCoupon(ctx, create({ code: "READ", percent_off: "5" }));
    const { ctx: viewer } = await createTestUser({ role: "viewer" });
    const before = await couponCounts();
    await expectAppError(createCoupon(viewer, create({ code: "NOPE", percent_off: "5" })), "forbidden");
    await expectAppError(updateCoupon(viewer, coupon.id, update({ name: "x" })), "forbidden");
    await expectAppError(archiveCoupon(viewer, coupon.id), "forbidden");
    await expectAppError(generateDiscountCodes(viewer, coupon.id, generateDiscountCodesSchema.parse({ count: 2 })), "forbidden");
    const customer = await createTestCustomer();
    await expectAppError(redeemCouponForCustomer(viewer, coupon.id, redeemCouponSchema.parse({ customer_id: customer.id })), "forbidden");
    expect(await couponCounts()).toEqual(before);
    expect(await getCoupon(viewer, coupon.id)).toMatchObject({ code: "READ" });
  });
});

describe("listCoupons", () => {
  test("filters by search, status and metadata; pages newest first", async () => {
    const ctx = await adminCtx();
    const spring = await createCoupon(ctx, create({ code: "SPRING", name: "Spring sale", percent_off: "10", expires_at: "2026-06-02T00:00:00Z", metadata: { team: "growth" } }));
    const summer = await createCoupon(ctx, create({ code: "SUMMER", name: "Summer 50%", percent_off: "50", metadata: { team: "growth", region: "eu" } }));
    const old = await createCoupon(ctx, create({ code: "LEGACY", name: "Legacy", amounts_off: { EUR: 100 } }));
    await archiveCoupon(ctx, old.id);
    const later = at(ctx, new Date("2026-06-03T00:00:00Z"));

    const codes = async (raw: Record<string, string>, c = later) => (await listCoupons(c, listCouponsQuerySchema.parse(raw))).data.map((x) => x.code);
    expect(await codes({})).toEqual(["LEGACY", "SUMMER", "SPRING"]);
    expect(await codes({ q: "spr" })).toEqual(["SPRING"]);
    expect(await codes({ q: "50%" })).toEqual(["SUMMER"]);
    expect(await codes({ status: "active" })).toEqual(["SUMMER"]);
    expect(await codes({ status: "active" }, ctx)).toEqual(["SUMMER", "SPRING"]);
    expect(await codes({ status: "expired" })).toEqual(["SPRING"]);
    expect(await codes({ status: "archived" })).toEqual(["LEGACY"]);
    expect(await codes({ "metadata[team]": "growth" })).toEqual(["SUMMER", "SPRING"]);
    expect(await codes({ "metadata[team]": "growth", "metadata[region]": "eu" })).toEqual(["SUMMER"]);
    expect((await listCoupons(later, listCouponsQuerySchema.parse({}))).data.find((c) => c.id === spring.id)?.status).toBe("expired");

    const first = await listCoupons(ctx, listCouponsQuerySchema.parse({ limit: "2" }));
    expect(first).toMatchObject({ has_more: true, next_cursor: summer.id });
    const second = await listCoupons(ctx, listCouponsQuerySchema.parse({ limit: "2", starting_after: first.next_cursor! }));
    expect(second.data.map((c) => c.id)).toEqual([spring.id]);
    expect(listCouponsQuerySchema.safeParse({ colour: "red" }).success).toBe(false);

    // Sorted by code, both ways, with the same cursor pagination.
    expect(await codes({ sort: "code" })).toEqual(["LEGACY", "SPRING", "SUMMER"]);
    expect(await codes({ sort: "created_at" })).toEqual(["SPRING", "SUMMER", "LEGACY"]);
    const byCode = await listCoupons(ctx, listCouponsQuerySchema.parse({ sort: "-code", limit: "2" }));
    expect(byCode.data.map((c) => c.code)).toEqual(["SUMMER", "SPRING"]);
    expect(await codes({ sort: "-code", starting_after: byCode.next_cursor! })).toEqual(["LEGACY"]);
    expect(listCouponsQuerySchema.safeParse({ sort: "name" }).error?.issues[0]?.path).toEqual(["sort"]);
  });
});

describe("updateCoupon", () => {
  test("changes name, limits, expiry, plans and merges metadata; the discount changes only before the first redemption", async () => {
    const ctx = await adminCtx();
    const plan = await createTestPlan();
    const coupon = await createCoupon(ctx, create({ code: "EDIT", percent_off: "10", metadata: { a: "1", b: "2" } }));

    const switched = await updateCoupon(ctx, coupon.id, update({ amounts_off: { EUR: 250 } }));
    expect(switched).toMatchObject({ percent_off: null, amounts_off: { EUR: 250 } });
    await expectAppError(updateCoupon(ctx, coupon.id, update({ duration: "repeating" })), "unprocessable", "duration_periods is required for a repeating coupon.");

    const updated = await updateCoupon(ctx, coupon.id, update({ name: "Edited", max_redemptions: 5, plan_ids: [plan.id], metadata: { a: null, c: "3" } }));
    expect(updated).toMatchObject({ name: "Edited", max_redemptions: 5, plan_ids: [plan.id], metadata: { b: "2", c: "3" } });

    const customer = await createTestCustomer({ preferredCurrency: "EUR" });
    await redeemCouponForCustomer(ctx, coupon.id, redeemCouponSchema.parse({ customer_id: customer.id, plan_id: plan.id }));
    await redeemCouponForCustomer(ctx, coupon.id, redeemCouponSchema.parse({ customer_id: customer.id, plan_id: plan.id }));

    const locked = await expectAppError(updateCoupon(ctx, coupon.id, update({ percent_off: "20" })), "invalid_state");
    expect(locked.param).toBe("percent_off");
    expect((await expectAppError(updateCoupon(ctx, coupon.id, update({ max_redemptions: 1 })), "unprocessable")).param).toBe("max_redemptions");
    expect(await updateCoupon(ctx, coupon.id, update({ max_redemptions: 2, name: "Still editable" }))).toMatchObject({ max_redemptions: 2, times_redeemed: 2 });

    await archiveCoupon(ctx, coupon.id);
    await expectAppError(updateCoupon(ctx, coupon.id, update({ name: "x" })), "invalid_state", "This coupon is archived; archived coupons are read-only.");
    await expectAppError(archiveCoupon(ctx, coupon.id), "invalid_state");
    expect((await auditRows()).map((row) => row.action)).toEqual([
      "coupon.create",
      "coupon.update",
      "coupon.update",
      "coupon.redeem",
      "coupon.redeem",
      "coupon.update",
      "coupon.archive",
    ]);
  });
});

describe("discount codes", () => {
  test("bulk-generates unique codes with a prefix, lists them by redeemed state and archives one", async () => {
    const ctx = await adminCtx();
    const coupon = await createCoupon(ctx, create({ code: "BULK", percent_off: "15" }));
    const batch = await generateDiscountCodes(ctx, coupon.id, generateDiscountCodesSchema.parse({ count: 25, prefix: "vip-", expires_at: "2026-12-01T00:00:00Z" }));
    expect(batch).toMatchObject({ object: "discount_code_batch", coupon_id: coupon.id, count: 25 });
    expect(new Set(batch.codes).size).toBe(25);
    for (const code of batch.codes) expect(code).toMatch(/^VIP-[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{10}$/);

    const customer = await createTestCustomer();
    const redeemed = await redeemCouponForCustomer(ctx, coupon.id, redeemCouponSchema.parse({ code: batch.codes[3]!.toLowerCase(), customer_id: customer.id }));
    expect(redeemed).toMatchObject({ code: batch.codes[3], discount_code_id: expect.stringMatching(/^dc_/) });

    const page = async (raw: Record<string, string>) => listDiscountCodes(ctx, coupon.id, listDiscountCodesQuerySchema.parse(raw));
    expect((await page({ redeemed: "true" })).data.map((c) => [c.code, c.times_redeemed, c.max_redemptions])).toEqual([[batch.codes[3], 1, 1]]);
    expect((await page({ redeemed: "false", limit: "100" })).data).toHaveLength(24);
    const first = await page({ limit: "10" });
    const second = await page({ limit: "10", starting_after: first.next_cursor! });
    const third = await page({ limit: "10", starting_after: second.next_cursor! });
    expect(new Set([...first.data, ...second.data, ...third.data].map((c) => c.code))).toEqual(new Set(batch.codes));
    expect(third.has_more).toBe(false);

    const target = first.data[0]!;
    expect(await archiveDiscountCode(ctx, coupon.id, target.id)).toMatchObject({ archived_at: t0.toISOString() });
    await expectAppError(archiveDiscountCode(ctx, coupon.id, target.id), "invalid_state");
    const other = await createCoupon(ctx, create({ code: "OTHER", percent_off: "5" }));
    await expectAppError(archiveDiscountCode(ctx, other.id, first.data[1]!.id), "not_found");
    const verdict = await checkCouponEligibility(ctx, checkEligibilitySchema.parse({ code: target.code, customer_id: customer.id }));
    expect(verdict).toMatchObject({ eligible: false, reason: "archived" });

    // A generated code is taken for coupons too.
    expect((await expectAppError(createCoupon(ctx, create({ code: batch.codes[0], percent_off: "5" })), "conflict")).param).toBe("code");
  });

  test("generating 10,000 codes is one transaction, and nothing is written when it fails", async () => {
    const ctx = await adminCtx();
    const coupon = await createCoupon(ctx, create({ code: "MANY", percent_off: "5" }));
    const batch = await generateDiscountCodes(ctx, coupon.id, generateDiscountCodesSchema.parse({ count: 10_000 }));
    expect(new Set(batch.codes).size).toBe(10_000);
    expect(await prisma().discountCode.count({ where: { couponId: coupon.id } })).toBe(10_000);
    expect(generateDiscountCodesSchema.safeParse({ count: 10_001 }).success).toBe(false);
    expect(generateDiscountCodesSchema.safeParse({ count: 0 }).success).toBe(false);

    const before = await couponCounts();
    await archiveCoupon(ctx, coupon.id);
    await expectAppError(generateDiscountCodes(ctx, coupon.id, generateDiscountCodesSchema.parse({ count: 3 })), "invalid_state");
    expect(await couponCounts()).toEqual({ ...before, audits: before.audits + 1 });
  });
});

describe("redemption", () => {
  test("eligibility and redemption enforce every limit, with a reason for each", async () => {
    const ctx = await adminCtx();
    const plan = await createTestPlan();
    const otherPlan = await createTestPlan();
    const customer = await createTestCustomer({ preferredCurrency: "USD" });
    const second = await createTestCustomer();
    const check = async (raw: Record<string, unknown>, c: Ctx = ctx) => checkCouponEligibility(c, checkEligibilitySchema.parse({ customer_id: customer.id, ...raw }));
    const redeem = (code: string, customerId = customer.id, extra: Record<string, string> = {}) =>
      inTransaction((tx) => redeemCoupon(tx, ctx, { code, customerId, ...extra }));

    // Per-customer limit and total limit.
    await createCoupon(ctx, create({ code: "LIMITED", percent_off: "10", max_redemptions: 2, max_redemptions_per_customer: 1 }));
    expect(await check({ code: "limited" })).toMatchObject({ object: "coupon_eligibility", eligible: true, coupon: { code: "LIMITED" } });
    await redeem("LIMITED");
    expect(await check({ code: "LIMITED" })).toMatchObject({ eligible: false, reason: "customer_max_redemptions_reached" });
    const refused = await expectAppError(redeem("LIMITED"), "unprocessable");
    expect(refused).toMatchObject({ param: "code", details: [{ param: "code", code: "customer_max_redemptions_reached" }] });
    await redeem("LIMITED", second.id);
    const third = await createTestCustomer();
    expect(await check({ code: "LIMITED", customer_id: third.id })).toMatchObject({ eligible: false, reason: "max_redemptions_reached" });

    // Plan restriction.
    await createCoupon(ctx, create({ code: "PLANONLY", percent_off: "10", plan_ids: [plan.id] }));
    expect(await check({ code: "PLANONLY" })).toMatchObject({ eligible: false, reason: "plan_not_eligible" });
    expect(await check({ code: "PLANONLY", plan_id: otherPlan.id })).toMatchObject({ eligible: false, reason: "plan_not_eligible" });
    expect(await check({ code: "PLANONLY", plan_id: plan.id })).toMatchObject({ eligible: true });
    expect((await expectAppError(check({ code: "PLANONLY", plan_id: "plan_missing" }), "not_found")).param).toBe("plan_id");

    // Currency of a fixed amount (defaults to the customer's preferred currency).
    await createCoupon(ctx, create({ code: "EUROS", amounts_off: { EUR: 500 } }));
    expect(await check({ code: "EUROS" })).toMatchObject({ eligible: false, reason: "currency_not_available", message: "Coupon EUROS has no amount in USD (only EUR)." });
    expect(await check({ code: "EUROS", currency: "EUR" })).toMatchObject({ eligible: true });

    // Expiry (coupon and code), archive, code's own limit.
    const expiring = await createCoupon(ctx, create({ code: "SOON", percent_off: "10", expires_at: "2026-06-02T00:00:00Z" }));
    expect(await check({ code: "SOON" }, at(ctx, new Date("2026-06-02T00:00:00Z")))).toMatchObject({ eligible: false, reason: "expired", coupon: { status: "expired" } });
    const batch = await generateDiscountCodes(ctx, expiring.id, generateDiscountCodesSchema.parse({ count: 1, expires_at: "2026-06-01T13:00:00Z" }));
    expect(await check({ code: batch.codes[0] }, at(ctx, new Date("2026-06-01T13:00:00Z")))).toMatchObject({ eligible: false, reason: "expired" });
    await redeem(batch.codes[0]!);
    expect(await check({ code: batch.codes[0], customer_id: second.id })).toMatchObject({ eligible: false, reason: "code_max_redemptions_reached" });
    expect(await check({ code: "SOON", customer_id: second.id })).toMatchObject({ eligible: true });
    await archiveCoupon(ctx, expiring.id);
    expect(await check({ code: "SOON" })).toMatchObject({ eligible: false, reason: "archived" });

    // Customer status, unknown code and customer.
    const disabled = await createTestCustomer({ status: "DISABLED", disabledAt: t0 });
    expect(await check({ code: "PLANONLY", plan_id: plan.id, customer_id: disabled.id })).toMatchObject({ eligible: false, reason: "customer_inactive" });
    expect((await expectAppError(check({ code: "NOPE" }), "not_found", "No coupon or discount code 'NOPE'.")).param).toBe("code");
    expect((await expectAppError(check({ code: "PLANONLY", customer_id: "cus_missing" }), "not_found")).param).toBe("customer_id");
    expect((await expectAppError(redeem("PLANONLY", customer.id, { planId: plan.id, subscriptionId: "sub_missing" }), "not_found")).param).toBe("subscription_id");
  });

  test("redeeming for a coupon refuses another coupon's code; history lists redemptions newest first", async () => {
    const ctx = await adminCtx();
    const coupon = await createCoupon(ctx, create({ code: "HIST", percent_off: "10" }));
    const other = await createCoupon(ctx, create({ code: "ELSE", percent_off: "10" }));
    const customer = await createTestCustomer({ name: "Acme" });
    const wrong = await expectAppError(redeemCouponForCustomer(ctx, coupon.id, redeemCouponSchema.parse({ code: "else", customer_id: customer.id })), "unprocessable");
    expect(wrong.param).toBe("code");

    const a = await redeemCouponForCustomer(ctx, coupon.id, redeemCouponSchema.parse({ customer_id: customer.id }));
    const b = await redeemCouponForCustomer(at(ctx, new Date(t0.getTime() + 1000)), coupon.id, redeemCouponSchema.parse({ customer_id: customer.id }));
    expect(a).toEqual({
      object: "coupon_redemption",
      id: expect.stringMatching(/^cred_/),
      coupon_id: coupon.id,
      discount_code_id: null,
      code: "HIST",
      customer_id: customer.id,
      customer_name: "Acme",
      subscription_id: null,
      redeemed_at: t0.toISOString(),
    });
    const history = await listCouponRedemptions(ctx, coupon.id, { limit: 1 });
    expect(history).toMatchObject({ has_more: true, next_cursor: b.id, data: [{ id: b.id }] });
    expect((await listCouponRedemptions(ctx, coupon.id, { limit: 1, starting_after: b.id })).data.map((r) => r.id)).toEqual([a.id]);
    expect((await listCouponRedemptions(ctx, other.id, { limit: 10 })).data).toEqual([]);
    expect(await getCoupon(ctx, coupon.id)).toMatchObject({ times_redeemed: 2 });
  });

  test("10 concurrent redemptions of a coupon with max_redemptions 3: exactly 3 succeed", async () => {
    const ctx = await adminCtx();
    const coupon = await createCoupon(ctx, create({ code: "RUSH", percent_off: "10", max_redemptions: 3 }));
    const customers = await Promise.all(Array.from({ length: 10 }, () => createTestCustomer()));
    const results = await Promise.allSettled(
      customers.map((customer) => redeemCouponForCustomer(ctx, coupon.id, redeemCouponSchema.parse({ customer_id: customer.id }))),
    );
    expect(results.filter((result) => result.status === "fulfilled")).toHaveLength(3);
    const failures = results.filter((result): result is PromiseRejectedResult => result.status === "rejected");
    expect(failures.map((failure) => failure.reason.details?.[0]?.code)).toEqual(Array(7).fill("max_redemptions_reached"));
    expect(await prisma().couponRedemption.count({ where: { couponId: coupon.id } })).toBe(3);
  });
});

describe("toEngineCoupon", () => {
  test("maps a stored coupon onto the engine's Coupon, which then discounts invoice lines", async () => {
    const ctx = await adminCtx();
    const percent = await createCoupon(ctx, create({ code: "PCT", percent_off: "12.5", duration: "repeating", duration_periods: 2 }));
    const fixed = await createCoupon(ctx, create({ code: "FIX", amounts_off: { EUR: 500, USD: 600 }, duration: "forever" }));
    const percentRow = (await findCouponById(prisma(), percent.id))!;
    const fixedRow = (await findCouponById(prisma(), fixed.id))!;

    expect(toEngineCoupon(percentRow, "EUR")).toEqual({ id: percent.id, duration: "repeating", durationPeriods: 2, kind: "percent", percent: "12.5" });
    expect(toEngineCoupon(fixedRow, "USD")).toEqual({ id: fixed.id, duration: "forever", kind: "fixed", amountMinor: 600n, currency: "USD" });
    expect(() => toEngineCoupon(fixedRow, "JPY")).toThrow("Coupon FIX has no amount in JPY.");

    const { lines } = applyCoupons("EUR", [{ key: "a", amountMinor: 10_000n }], [toEngineCoupon(percentRow, "EUR"), toEngineCoupon(fixedRow, "EUR")], 1);
    expect(lines[0]).toMatchObject({ discountMinor: 1_750n, netMinor: 8_250n });
  });
});
