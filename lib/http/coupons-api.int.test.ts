// Drives the real /api/v1/coupons and /api/v1/tax_rates route handlers against the test database.
import { beforeEach, describe, expect, test } from "vitest";
import { POST as archiveCouponRoute } from "@/app/api/v1/coupons/[couponId]/archive/route";
import { POST as archiveCodeRoute } from "@/app/api/v1/coupons/[couponId]/codes/[codeId]/archive/route";
import { GET as listCodesRoute, POST as generateCodesRoute } from "@/app/api/v1/coupons/[couponId]/codes/route";
import { GET as listRedemptionsRoute, POST as redeemRoute } from "@/app/api/v1/coupons/[couponId]/redemptions/route";
import { GET as getCouponRoute, PATCH as patchCouponRoute } from "@/app/api/v1/coupons/[couponId]/route";
import { GET as couponByCodeRoute } from "@/app/api/v1/coupons/by_code/[code]/route";
import { POST as checkEligibilityRoute } from "@/app/api/v1/coupons/check_eligibility/route";
import { GET as listCouponsRoute, POST as createCouponRoute } from "@/app/api/v1/coupons/route";
import { GET as getCustomerTaxRatesRoute, PUT as putCustomerTaxRatesRoute } from "@/app/api/v1/customers/[customerId]/tax_rates/route";
import { POST as archiveTaxRateRoute } from "@/app/api/v1/tax_rates/[taxRateId]/archive/route";
import { GET as getTaxRateRoute, PATCH as patchTaxRateRoute } from "@/app/api/v1/tax_rates/[taxRateId]/route";
import { GET as taxRateByCodeRoute } from "@/app/api/v1/tax_rates/by_code/[code]/route";
import { GET as listTaxRatesRoute, POST as createTaxRateRoute } from "@/app/api/v1/tax_rates/route";
import { prisma } from "../db/client";
import { systemCtx } from "../services/context";
import { callRoute as call } from "../testing/call-route";
import { createTestApiKey, createTestCustomer } from "../testing/factories";
import { resetDb } from "../testing/reset-db";

let admin: string;
let viewer: string;

beforeEach(async () => {
  await resetDb();
  admin = (await createTestApiKey(systemCtx("test"), { role: "admin" })).secret;
  viewer = (await createTestApiKey(systemCtx("test"), { role: "viewer" })).secret;
});

const createCoupon = (body: object, key = admin) => call(createCouponRoute, "/api/v1/coupons", { key, body });

describe("/coupons", () => {
  test("create: both or neither discount is a 400 naming percent_off; then 201, list, retrieve, by_code, PATCH, archive", async () => {
    const both = await createCoupon({ code: "spring", name: "Spring", percent_off: "10", amounts_off: { EUR: 500 } });
    expect(both).toMatchObject({ status: 400, body: { error: { code: "invalid_request", param: "percent_off", message: "Give either percent_off or amounts_off, not both." } } });
    expect(await createCoupon({ code: "spring", name: "Spring" })).toMatchObject({ status: 400, body: { error: { param: "percent_off" } } });
    expect(await createCoupon({ code: "spring", name: "Spring", amounts_off: { EUR: -1 } })).toMatchObject({ status: 400, body: { error: { param: "amounts_off.EUR" } } });
    expect(await prisma().coupon.count()).toBe(0);

    const created = await createCoupon({ code: "spring", name: "Spring", amounts_off: { EUR: 500, USD: 600 }, metadata: { team: "growth" } });
    expect(created).toMatchObject({ status: 201, body: { object: "coupon", code: "SPRING", amounts_off: { EUR: 500, USD: 600 }, percent_off: null, status: "active" } });
    const id = created.body.id as string;
    expect(await createCoupon({ code: "Spring", name: "Again", percent_off: "5" })).toMatchObject({ status: 409, body: { error: { code: "conflict", param: "code" } } });

    const list = await call(listCouponsRoute, "/api/v1/coupons?metadata[team]=growth&status=active&q=spr", { key: viewer });
    expect(list).toMatchObject({ status: 200, body: { object: "list", has_more: false, next_cursor: null, data: [{ id }] } });
    expect(await call(listCouponsRoute, "/api/v1/coupons?status=gone", { key: viewer })).toMatchObject({ status: 400, body: { error: { param: "status" } } });
    expect(await call(getCouponRoute, `/api/v1/coupons/${id}`, { key: viewer, params: { couponId: id } })).toMatchObject({ status: 200, body: { id } });
    expect(await call(couponByCodeRoute, "/api/v1/coupons/by_code/spring", { key: viewer, params: { code: "spring" } })).toMatchObject({ status: 200, body: { id } });
    expect(await call(couponByCodeRoute, "/x", { key: viewer, params: { code: "nope" } })).toMatchObject({ status: 404, body: { error: { param: "code" } } });

    const patch = (body: object, key = admin) => call(patchCouponRoute, "/x", { method: "PATCH", key, params: { couponId: id }, body });
    expect(await patch({ name: "Spring sale", metadata: { team: null } })).toMatchObject({ status: 200, body: { name: "Spring sale", metadata: {} } });
    expect(await patch({ code: "OTHER" })).toMatchObject({ status: 400, body: { error: { param: "code", message: "Unknown field 'code'." } } });
    expect(await patch({ name: "x" }, viewer)).toMatchObject({ status: 403 });

    expect(await call(archiveCouponRoute, "/x", { key: admin, params: { couponId: id }, body: {} })).toMatchObject({ status: 200, body: { status: "archived" } });
    expect(await patch({ name: "x" })).toMatchObject({ status: 409, body: { error: { code: "invalid_state" } } });
  });

  test("codes, eligibility and redemptions through the API", async () => {
    const customer = await createTestCustomer({ preferredCurrency: "EUR" });
    const coupon = (await createCoupon({ code: "VIP", name: "VIP", percent_off: "20", max_redemptions: 2 })).body;
    const params = { couponId: coupon.id as string };

    const generated = await call(generateCodesRoute, "/x", { key: admin, params, body: { count: 5, prefix: "vip-" } });
    expect(generated).toMatchObject({ status: 201, body: { object: "discount_code_batch", count: 5 } });
    expect(await call(generateCodesRoute, "/x", { key: admin, params, body: { count: 10_001 } })).toMatchObject({ status: 400, body: { error: { param: "count" } } });
    const code = generated.body.codes[0] as string;

    const eligibility = await call(checkEligibilityRoute, "/x", { key: viewer, body: { code: code.toLowerCase(), customer_id: customer.id } });
    expect(eligibility).toMatchObject({ status: 200, body: { object: "coupon_eligibility", eligible: true, coupon: { id: coupon.id } } });

    const redeemed = await call(redeemRoute, "/x", { key: admin, params, body: { code, customer_id: customer.id } });
    expect(redeemed).toMatchObject({ status: 201, body: { object: "coupon_redemption", code, customer_id: customer.id } });
    const again = await call(redeemRoute, "/x", { key: admin, params, body: { code, customer_id: customer.id } });
    expect(again).toMatchObject({ status: 422, body: { error: { code: "unprocessable", param: "code", details: [{ code: "code_max_redemptions_reached" }] } } });
    expect(await call(checkEligibilityRoute, "/x", { key: viewer, body: { code, customer_id: customer.id } })).toMatchObject({
      body: { eligible: false, reason: "code_max_redemptions_reached" },
    });
    expect(await call(redeemRoute, "/x", { key: admin, params, body: { customer_id: "cus_missing" } })).toMatchObject({ status: 404, body: { error: { param: "customer_id" } } });

    const codes = await call(listCodesRoute, "/x?redeemed=true", { key: viewer, params });
    expect(codes).toMatchObject({ status: 200, body: { data: [{ code, times_redeemed: 1 }] } });
    const unredeemed = await call(listCodesRoute, "/x?redeemed=false&limit=2", { key: viewer, params });
    expect(unredeemed.body).toMatchObject({ has_more: true });
    const target = unredeemed.body.data[0];
    expect(await call(archiveCodeRoute, "/x", { key: admin, params: { ...params, codeId: target.id } })).toMatchObject({ status: 200, body: { id: target.id } });

    const history = await call(listRedemptionsRoute, "/x", { key: viewer, params });
    expect(history).toMatchObject({ status: 200, body: { data: [{ id: redeemed.body.id, customer_name: customer.name }] } });
    expect(await call(getCouponRoute, "/x", { key: viewer, params })).toMatchObject({ body: { times_redeemed: 1 } });
    expect(await call(patchCouponRoute, "/x", { method: "PATCH", key: admin, params, body: { percent_off: "30" } })).toMatchObject({
      status: 409,
      body: { error: { code: "invalid_state", param: "percent_off" } },
    });
  });
});

describe("/tax_rates", () => {
  test("create, list, retrieve, by_code, PATCH (percentage immutable), archive; customer tax rates PUT and GET", async () => {
    const create = (body: object, key = admin) => call(createTaxRateRoute, "/api/v1/tax_rates", { key, body });
    expect(await create({ code: "FR-20", name: "VAT", percentage: "100" })).toMatchObject({ status: 400, body: { error: { param: "percentage" } } });
    expect(await create({ code: "FR-20", name: "VAT", percentage: "20", country: "France" })).toMatchObject({ status: 400, body: { error: { param: "country" } } });
    expect(await create({ code: "FR-20", name: "VAT", percentage: "20" }, viewer)).toMatchObject({ status: 403 });
    const created = await create({ code: "FR-20", name: "VAT", percentage: "20", country: "FR", applies_by_default: true });
    expect(created).toMatchObject({ status: 201, body: { object: "tax_rate", percentage: "20", country: "FR", status: "active" } });
    expect(await create({ code: "FR-20", name: "VAT", percentage: "19" })).toMatchObject({ status: 409, body: { error: { param: "code" } } });
    const id = created.body.id as string;

    expect(await call(listTaxRatesRoute, "/x?country=FR&inclusive=false&status=active", { key: viewer })).toMatchObject({ status: 200, body: { data: [{ id }] } });
    expect(await call(getTaxRateRoute, "/x", { key: viewer, params: { taxRateId: id } })).toMatchObject({ status: 200, body: { id } });
    expect(await call(taxRateByCodeRoute, "/x", { key: viewer, params: { code: "FR-20" } })).toMatchObject({ status: 200, body: { id } });
    const patch = (body: object) => call(patchTaxRateRoute, "/x", { method: "PATCH", key: admin, params: { taxRateId: id }, body });
    expect(await patch({ percentage: "21" })).toMatchObject({ status: 400, body: { error: { param: "percentage" } } });
    expect(await patch({ name: "TVA" })).toMatchObject({ status: 200, body: { name: "TVA", percentage: "20" } });

    const customer = await createTestCustomer();
    const put = (body: object, key = admin) =>
      call(putCustomerTaxRatesRoute, "/x", { method: "PUT", key, params: { customerId: customer.id }, body });
    expect(await put({ tax_rate_ids: [id] }, viewer)).toMatchObject({ status: 403 });
    expect(await put({ tax_rate_ids: ["txr_missing"] })).toMatchObject({ status: 404, body: { error: { param: "tax_rate_ids.0" } } });
    expect(await put({ tax_rate_ids: [id] })).toMatchObject({ status: 200, body: { object: "customer_tax_rates", customer_id: customer.id, tax_rates: [{ id }] } });
    expect(await call(getCustomerTaxRatesRoute, "/x", { key: viewer, params: { customerId: customer.id } })).toMatchObject({ body: { tax_rates: [{ id }] } });

    expect(await call(archiveTaxRateRoute, "/x", { key: admin, params: { taxRateId: id } })).toMatchObject({ status: 200, body: { status: "archived" } });
    expect(await put({ tax_rate_ids: [id] })).toMatchObject({ status: 422, body: { error: { param: "tax_rate_ids.0" } } });
  });
});
