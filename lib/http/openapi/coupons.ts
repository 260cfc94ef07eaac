import type { ZodOpenApiPathsObject } from "zod-openapi";
import { paginationQuerySchema } from "../../schemas/common";
import {
  archiveRequestSchema,
  checkEligibilitySchema,
  couponCodeParamsSchema,
  couponDtoSchema,
  couponIdParamsSchema,
  couponListSchema,
  couponRedemptionDtoSchema,
  couponRedemptionListSchema,
  createCouponSchema,
  discountCodeDtoSchema,
  discountCodeListSchema,
  discountCodeParamsSchema,
  eligibilityDtoSchema,
  generateDiscountCodesSchema,
  generatedDiscountCodesSchema,
  listCouponsQueryObjectSchema,
  listDiscountCodesQuerySchema,
  redeemCouponSchema,
  updateCouponSchema,
} from "../../schemas/coupon";
import { customerIdParamsSchema } from "../../schemas/customer";
import {
  createTaxRateSchema,
  customerTaxRatesDtoSchema,
  listTaxRatesQuerySchema,
  setCustomerTaxRatesSchema,
  taxRateCodeParamsSchema,
  taxRateDtoSchema,
  taxRateIdParamsSchema,
  taxRateListSchema,
  updateTaxRateSchema,
} from "../../schemas/tax-rate";
import { error, json, metadataQueryParameter, operation } from "./operation";

const couponNotFound = error("No coupon with this id.");
const taxRateNotFound = error("No tax rate with this id.");
const coupons = { tags: ["Coupons"] };
const taxRates = { tags: ["Tax rates"] };

export const couponPaths: ZodOpenApiPathsObject = {
  "/coupons": {
    get: operation({
      method: "get",
      operationId: "listCoupons",
      ...coupons,
      summary: "List coupons",
      description: "Newest first, with cursor pagination. Filters combine with AND.",
      requestParams: { query: listCouponsQueryObjectSchema },
      parameters: [metadataQueryParameter],
      responses: { "200": { description: "A page of coupons.", content: json(couponListSchema) } },
    }),
    post: operation({
      method: "post",
      operationId: "createCoupon",
      ...coupons,
      summary: "Create a coupon",
      description: "Exactly one of `percent_off` and `amounts_off` (otherwise 400 with `param: percent_off`). The code is stored upper case.",
      requestBody: { required: true, content: json(createCouponSchema) },
      responses: {
        "201": { description: "The new coupon.", content: json(couponDtoSchema) },
        "409": error("A coupon or discount code already uses this code (`conflict`, `param: code`), or the Idempotency-Key was reused."),
        "422": error("An unknown plan (`param: plan_ids.N`) or an expiry in the past (`param: expires_at`)."),
      },
    }),
  },
  "/coupons/by_code/{code}": {
    get: operation({
      method: "get",
      operationId: "getCouponByCode",
      ...coupons,
      summary: "Retrieve a coupon by code",
      description: "Case-insensitive; a discount code answers with its coupon.",
      requestParams: { path: couponCodeParamsSchema },
      responses: { "200": { description: "The coupon.", content: json(couponDtoSchema) }, "404": error("No coupon or discount code with this code.") },
    }),
  },
  "/coupons/check_eligibility": {
    post: operation({
      method: "post",
      operationId: "checkCouponEligibility",
      ...coupons,
      summary: "Check whether a code can be redeemed",
      description: "Runs every redemption rule for this customer (and plan, currency) without redeeming. Redemption checks again, atomically.",
      requestBody: { required: true, content: json(checkEligibilitySchema) },
      responses: {
        "200": { description: "Whether it is eligible and, if not, why.", content: json(eligibilityDtoSchema) },
        "404": error("No such code (`param: code`), customer (`param: customer_id`) or plan (`param: plan_id`)."),
      },
    }),
  },
  "/coupons/{couponId}": {
    get: operation({
      method: "get",
      operationId: "getCoupon",
      ...coupons,
      summary: "Retrieve a coupon",
      requestParams: { path: couponIdParamsSchema },
      responses: { "200": { description: "The coupon.", content: json(couponDtoSchema) }, "404": couponNotFound },
    }),
    patch: operation({
      method: "patch",
      operationId: "updateCoupon",
      ...coupons,
      summary: "Update a coupon",
      description: "Only the fields sent change; `metadata` is merged (null removes a key). The discount is immutable once redeemed.",
      requestParams: { path: couponIdParamsSchema },
      requestBody: { required: true, content: json(updateCouponSchema) },
      responses: {
        "200": { description: "The updated coupon.", content: json(couponDtoSchema) },
        "404": couponNotFound,
        "409": error("The coupon is archived, or its discount cannot change because it was redeemed (`invalid_state`)."),
        "422": error("max_redemptions below the redemptions so far, an unknown plan, a past expiry, or an incomplete discount."),
      },
    }),
  },
  "/coupons/{couponId}/archive": {
    post: operation({
      method: "post",
      operationId: "archiveCoupon",
      ...coupons,
      summary: "Archive a coupon",
      description: "Neither the coupon nor its codes can be redeemed any more; redemptions so far are kept. Final.",
      requestParams: { path: couponIdParamsSchema },
      requestBody: { required: false, content: json(archiveRequestSchema) },
      responses: { "200": { description: "The archived coupon.", content: json(couponDtoSchema) }, "404": couponNotFound, "409": error("Already archived.") },
    }),
  },
  "/coupons/{couponId}/codes": {
    get: operation({
      method: "get",
      operationId: "listDiscountCodes",
      ...coupons,
      summary: "List a coupon's discount codes",
      requestParams: { path: couponIdParamsSchema, query: listDiscountCodesQuerySchema },
      responses: { "200": { description: "A page of codes, newest first.", content: json(discountCodeListSchema) }, "404": couponNotFound },
    }),
    post: operation({
      method: "post",
      operationId: "generateDiscountCodes",
      ...coupons,
      summary: "Generate discount codes",
      description:
        "Creates `count` (up to 10,000) unique random codes in one transaction: an optional prefix, then 10 symbols without look-alikes (no 0/O, 1/I/L). Never equal to another coupon's code.",
      requestParams: { path: couponIdParamsSchema },
      requestBody: { required: true, content: json(generateDiscountCodesSchema) },
      responses: {
        "201": { description: "The codes generated.", content: json(generatedDiscountCodesSchema) },
        "404": couponNotFound,
        "409": error("The coupon is archived or expired (`invalid_state`)."),
      },
    }),
  },
  "/coupons/{couponId}/codes/{codeId}/archive": {
    post: operation({
      method: "post",
      operationId: "archiveDiscountCode",
      ...coupons,
      summary: "Archive a discount code",
      requestParams: { path: discountCodeParamsSchema },
      requestBody: { required: false, content: json(archiveRequestSchema) },
      responses: {
        "200": { description: "The archived code.", content: json(discountCodeDtoSchema) },
        "404": error("No such coupon, or no such code on this coupon."),
        "409": error("The code or the coupon is already archived."),
      },
    }),
  },
  "/coupons/{couponId}/redemptions": {
    get: operation({
      method: "get",
      operationId: "listCouponRedemptions",
      ...coupons,
      summary: "List a coupon's redemptions",
      requestParams: { path: couponIdParamsSchema, query: paginationQuerySchema },
      responses: { "200": { description: "A page of redemptions, newest first.", content: json(couponRedemptionListSchema) }, "404": couponNotFound },
    }),
    post: operation({
      method: "post",
      operationId: "redeemCoupon",
      ...coupons,
      summary: "Redeem a coupon for a customer",
      description: "Enforces every limit atomically (concurrent redemptions never exceed max_redemptions).",
      requestParams: { path: couponIdParamsSchema },
      requestBody: { required: true, content: json(redeemCouponSchema) },
      responses: {
        "201": { description: "The redemption.", content: json(couponRedemptionDtoSchema) },
        "404": error("No such coupon, customer, plan or subscription (`param` names it)."),
        "422": error("Not eligible: `param: code`, and `details[0].code` is the reason (expired, max_redemptions_reached, …)."),
      },
    }),
  },
};

export const taxRatePaths: ZodOpenApiPathsObject = {
  "/tax_rates": {
    get: operation({
      method: "get",
      operationId: "listTaxRates",
      ...taxRates,
      summary: "List tax rates",
      description: "Newest first, with cursor pagination. Filters combine with AND.",
      requestParams: { query: listTaxRatesQuerySchema },
      responses: { "200": { description: "A page of tax rates.", content: json(taxRateListSchema) } },
    }),
    post: operation({
      method: "post",
      operationId: "createTaxRate",
      ...taxRates,
      summary: "Create a tax rate",
      description: "percentage and inclusive are immutable: to change a rate, create a new one and archive the old.",
      requestBody: { required: true, content: json(createTaxRateSchema) },
      responses: {
        "201": { description: "The new tax rate.", content: json(taxRateDtoSchema) },
        "409": error("Another tax rate has this code (`param: code`), or the Idempotency-Key was reused."),
      },
    }),
  },
  "/tax_rates/by_code/{code}": {
    get: operation({
      method: "get",
      operationId: "getTaxRateByCode",
      ...taxRates,
      summary: "Retrieve a tax rate by code",
      requestParams: { path: taxRateCodeParamsSchema },
      responses: { "200": { description: "The tax rate.", content: json(taxRateDtoSchema) }, "404": error("No tax rate with this code.") },
    }),
  },
  "/tax_rates/{taxRateId}": {
    get: operation({
      method: "get",
      operationId: "getTaxRate",
      ...taxRates,
      summary: "Retrieve a tax rate",
      requestParams: { path: taxRateIdParamsSchema },
      responses: { "200": { description: "The tax rate.", content: json(taxRateDtoSchema) }, "404": taxRateNotFound },
    }),
    patch: operation({
      method: "patch",
      operationId: "updateTaxRate",
      ...taxRates,
      summary: "Update a tax rate",
      description: "Name and where it applies. Sending percentage or inclusive is a 400: they never change.",
      requestParams: { path: taxRateIdParamsSchema },
      requestBody: { required: true, content: json(updateTaxRateSchema) },
      responses: {
        "200": { description: "The updated tax rate.", content: json(taxRateDtoSchema) },
        "404": taxRateNotFound,
        "409": error("The tax rate is archived (`invalid_state`)."),
        "422": error("A region without a country."),
      },
    }),
  },
  "/tax_rates/{taxRateId}/archive": {
    post: operation({
      method: "post",
      operationId: "archiveTaxRate",
      ...taxRates,
      summary: "Archive a tax rate",
      description: "No longer applied to new invoices, by default or to customers who had it. Final.",
      requestParams: { path: taxRateIdParamsSchema },
      requestBody: { required: false, content: json(archiveRequestSchema) },
      responses: { "200": { description: "The archived tax rate.", content: json(taxRateDtoSchema) }, "404": taxRateNotFound, "409": error("Already archived.") },
    }),
  },
  "/customers/{customerId}/tax_rates": {
    get: operation({
      method: "get",
      operationId: "getCustomerTaxRates",
      ...taxRates,
      summary: "A customer's own tax rates",
      description: "Empty: the customer is charged the default rates of their billing country (and region).",
      requestParams: { path: customerIdParamsSchema },
      responses: { "200": { description: "The customer's tax rates.", content: json(customerTaxRatesDtoSchema) }, "404": error("No customer with this id.") },
    }),
    put: operation({
      method: "put",
      operationId: "setCustomerTaxRates",
      ...taxRates,
      summary: "Set a customer's tax rates",
      description: "Replaces them; `[]` returns the customer to the default rates. Inclusive and exclusive rates cannot be mixed.",
      requestParams: { path: customerIdParamsSchema },
      requestBody: { required: true, content: json(setCustomerTaxRatesSchema) },
      responses: {
        "200": { description: "The customer's tax rates.", content: json(customerTaxRatesDtoSchema) },
        "404": error("No such customer, or no such tax rate (`param: tax_rate_ids.N`)."),
        "409": error("The customer is archived (`invalid_state`)."),
        "422": error("An archived rate, or inclusive and exclusive rates mixed."),
      },
    }),
  },
};
