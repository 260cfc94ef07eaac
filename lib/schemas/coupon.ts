import { z } from "zod";
import { isCurrencyCode } from "../billing/currency";
import { listResponseSchema, paginationQuerySchema, requiredText } from "./common";
import { booleanQuery, codeSortSchema } from "./list-query";
import { metadataSchema, withMetadataQuery } from "./metadata";

const int = (field: string, min: number, max = 1_000_000_000) =>
  z
    .number({ error: `${field} must be a whole number from ${min}.` })
    .int({ error: `${field} must be a whole number from ${min}.` })
    .min(min, { error: `${field} must be a whole number from ${min}.` })
    .max(max, { error: `${field} must be at most ${max}.` });

const text = requiredText;

/** Codes are matched case-insensitively: they are stored (and returned) upper case. */
export const couponCodeSchema = z
  .string({ error: (issue) => (issue.input === undefined ? "code is required." : "code must be a string.") })
  .trim()
  .min(3, { error: "code must be 3 to 40 characters." })
  .max(40, { error: "code must be 3 to 40 characters." })
  .regex(/^[A-Za-z0-9_-]+$/, { error: "code may use letters, digits, '-' and '_' only." })
  .transform((code) => code.toUpperCase())
  .meta({ description: "What customers type; unique across coupons and discount codes, case-insensitive (stored upper case).", example: "WELCOME10" });

const PERCENT = /^(\d{1,3})(?:\.(\d{1,6}))?$/;
/** Above 0 and at most 100, with at most 6 decimals; numbers are accepted and kept as a decimal string. */
export const percentOffSchema = z
  .union([z.string(), z.number()], { error: "percent_off must be a decimal string such as \"12.5\"." })
  .transform((value, context) => {
    const text = typeof value === "number" ? String(value) : value.trim();
    const match = PERCENT.exec(text);
    const number = match ? Number(text) : NaN;
    if (!match || !(number > 0 && number <= 100)) {
      context.addIssue({ code: "custom", message: "percent_off must be above 0 and at most 100, with at most 6 decimals." });
      return z.NEVER;
    }
    return normalizeDecimal(text);
  })
  .meta({ description: "Percentage off, above 0 and at most 100, up to 6 decimals.", example: "12.5" });

/** "12.500" → "12.5", "007" → "7": the canonical form the API returns. */
export function normalizeDecimal(value: string): string {
  const [whole = "0", fraction = ""] = value.split(".");
  const trimmedFraction = fraction.replace(/0+$/, "");
  const trimmedWhole = whole.replace(/^0+(?=\d)/, "");
  return trimmedFraction ? `${trimmedWhole}.${trimmedFraction}` : trimmedWhole;
}

export const amountsOffSchema = z
  .record(z.string(), int("amounts_off amounts", 1, Number.MAX_SAFE_INTEGER), { error: "amounts_off must be an object of currency → amount." })
  .superRefine((amounts, context) => {
    const currencies = Object.keys(amounts);
    if (currencies.length === 0) context.addIssue({ code: "custom", message: "amounts_off needs at least one currency." });
    for (const currency of currencies) {
      if (!isCurrencyCode(currency)) context.addIssue({ code: "custom", path: [currency], message: `${currency} is not an ISO 4217 currency code in upper case, e.g. EUR.` });
    }
  })
  .meta({ description: "Amount off per currency, in integer minor units (> 0).", example: { EUR: 500, USD: 600 } });

export const couponDurationSchema = z.enum(["once", "repeating", "forever"], { error: "duration must be once, repeating or forever." });

const dateTime = (field: string) =>
  z.iso
    .datetime({ offset: true, error: `${field} must be an ISO 8601 date-time, e.g. 2026-12-31T23:59:59Z.` })
    .transform((value) => new Date(value))
    .meta({ format: "date-time" });

const planIdsSchema = z
  .array(z.string().min(1).max(100), { error: "plan_ids must be an array of plan ids." })
  .max(100, { error: "plan_ids holds at most 100 plans." })
  .refine((ids) => new Set(ids).size === ids.length, { error: "plan_ids lists a plan twice." })
  .meta({ description: "Restricts the coupon to these plans; empty: every plan." });

export type DiscountFields = { percent_off?: string | null; amounts_off?: Record<string, number> | null; duration?: string; duration_periods?: number | null };

/** Exactly one discount kind, and duration_periods exactly for repeating coupons (create, and a coupon after a PATCH). */
export function discountProblems(value: DiscountFields): { param: "percent_off" | "duration_periods"; message: string }[] {
  const problems: { param: "percent_off" | "duration_periods"; message: string }[] = [];
  const hasPercent = value.percent_off !== undefined && value.percent_off !== null;
  const hasAmounts = value.amounts_off !== undefined && value.amounts_off !== null;
  if (hasPercent && hasAmounts) problems.push({ param: "percent_off", message: "Give either percent_off or amounts_off, not both." });
  if (!hasPercent && !hasAmounts) problems.push({ param: "percent_off", message: "Give percent_off or amounts_off." });
  const hasPeriods = value.duration_periods !== undefined && value.duration_periods !== null;
  if (value.duration === "repeating" && !hasPeriods) problems.push({ param: "duration_periods", message: "duration_periods is required for a repeating coupon." });
  if (value.duration !== undefined && value.duration !== "repeating" && hasPeriods) {
    problems.push({ param: "duration_periods", message: "duration_periods is only for repeating coupons." });
  }
  return problems;
}

const checkDiscount = (value: DiscountFields, context: z.RefinementCtx) => {
  for (const { param, message } of discountProblems(value)) context.addIssue({ code: "custom", path: [param], message });
};

export const createCouponSchema = z
  .object({
    code: couponCodeSchema,
    name: text("name", 200),
    percent_off: percentOffSchema.optional(),
    amounts_off: amountsOffSchema.optional(),
    duration: couponDurationSchema.default("once").meta({ description: "once: the first period; repeating: duration_periods periods; forever." }),
    duration_periods: int("duration_periods", 1, 1200).optional().meta({ description: "Required for (and only for) repeating coupons." }),
    max_redemptions: int("max_redemptions", 1).optional().meta({ description: "Total redemptions allowed, over every code." }),
    max_redemptions_per_customer: int("max_redemptions_per_customer", 1).optional(),
    expires_at: dateTime("expires_at").optional().meta({ description: "No redemption from this instant on." }),
    plan_ids: planIdsSchema.default([]),
    metadata: metadataSchema.default({}),
  })
  .strict()
  .superRefine(checkDiscount)
  .meta({ id: "CreateCouponRequest", description: "Give exactly one of percent_off and amounts_off." });
export type CreateCouponInput = z.infer<typeof createCouponSchema>;

export const updateCouponSchema = z
  .object({
    name: text("name", 200).optional(),
    percent_off: percentOffSchema.optional(),
    amounts_off: amountsOffSchema.optional(),
    duration: couponDurationSchema.optional(),
    duration_periods: int("duration_periods", 1, 1200).nullable().optional(),
    max_redemptions: int("max_redemptions", 1).nullable().optional().meta({ description: "Not below the redemptions so far; null: unlimited." }),
    max_redemptions_per_customer: int("max_redemptions_per_customer", 1).nullable().optional(),
    expires_at: dateTime("expires_at").nullable().optional(),
    plan_ids: planIdsSchema.optional(),
    metadata: z
      .record(z.string(), z.string().max(500).nullable())
      .optional()
      .meta({ description: "Merged into the stored metadata: a key set to null is removed, keys not sent are kept." }),
  })
  .strict()
  .superRefine((value, context) => {
    if (value.percent_off !== undefined && value.amounts_off !== undefined) {
      context.addIssue({ code: "custom", path: ["percent_off"], message: "Give either percent_off or amounts_off, not both." });
    }
  })
  .meta({
    id: "UpdateCouponRequest",
    description: "Only the fields sent change. The discount (percent_off, amounts_off, duration, duration_periods) cannot change once the coupon was redeemed.",
  });
export type UpdateCouponInput = z.infer<typeof updateCouponSchema>;

export const couponStatusSchema = z.enum(["active", "expired", "archived"]);

/** The list filters, without `metadata[key]=value` (documented separately: OpenAPI describes it as a deepObject). */
export const listCouponsQueryObjectSchema = paginationQuerySchema.extend({
  q: z.string().trim().min(1).max(200).optional().meta({ description: "Case-insensitive search in code and name." }),
  status: couponStatusSchema.optional(),
  sort: codeSortSchema,
});
export const listCouponsQuerySchema = withMetadataQuery(listCouponsQueryObjectSchema);
export type ListCouponsQuery = z.infer<typeof listCouponsQuerySchema>;

export const couponIdParamsSchema = z.object({ couponId: z.string().min(1).meta({ description: "The coupon's id (`cpn_…`)." }) });
export const couponCodeParamsSchema = z.object({ code: z.string().min(1).max(60).meta({ description: "A coupon code, any case." }) });
export const discountCodeParamsSchema = couponIdParamsSchema.extend({
  codeId: z.string().min(1).meta({ description: "The discount code's id (`dc_…`)." }),
});

export const couponDtoSchema = z
  .object({
    object: z.literal("coupon"),
    id: z.string().meta({ example: "cpn_01jd9x6f8v3k2m4n5p6q7r8s9t" }),
    code: z.string(),
    name: z.string(),
    percent_off: z.string().nullable().meta({ description: "Decimal string; null for amount coupons." }),
    amounts_off: z.record(z.string(), z.number().int()).nullable().meta({ description: "Minor units per currency; null for percent coupons." }),
    duration: couponDurationSchema,
    duration_periods: z.number().int().nullable(),
    max_redemptions: z.number().int().nullable(),
    max_redemptions_per_customer: z.number().int().nullable(),
    times_redeemed: z.number().int(),
    expires_at: z.string().nullable().meta({ format: "date-time" }),
    plan_ids: z.array(z.string()),
    metadata: z.record(z.string(), z.string()),
    status: couponStatusSchema.meta({ description: "archived (final), expired (past expires_at) or active." }),
    archived_at: z.string().nullable().meta({ format: "date-time" }),
    created_at: z.string().meta({ format: "date-time" }),
    updated_at: z.string().meta({ format: "date-time" }),
  })
  .meta({ id: "Coupon" });
export type CouponDto = z.infer<typeof couponDtoSchema>;
export const couponListSchema = listResponseSchema(couponDtoSchema, "CouponList");

export const archiveRequestSchema = z.object({}).strict().meta({ id: "ArchiveRequest" });

// ─── Discount codes ──────────────────────────────────────────────────────────

export const MAX_GENERATED_CODES = 10_000;

export const generateDiscountCodesSchema = z
  .object({
    count: int("count", 1, MAX_GENERATED_CODES).meta({ description: `How many codes, 1 to ${MAX_GENERATED_CODES}.` }),
    prefix: z
      .string({ error: "prefix must be a string." })
      .trim()
      .max(20, { error: "prefix must be at most 20 characters." })
      .regex(/^[A-Za-z0-9_-]*$/, { error: "prefix may use letters, digits, '-' and '_' only." })
      .transform((prefix) => prefix.toUpperCase())
      .optional()
      .meta({ example: "SPRING-" }),
    max_redemptions: int("max_redemptions", 1).default(1).meta({ description: "Redemptions allowed per code (default 1: single use)." }),
    expires_at: dateTime("expires_at").optional(),
  })
  .strict()
  .meta({ id: "GenerateDiscountCodesRequest" });
export type GenerateDiscountCodesInput = z.infer<typeof generateDiscountCodesSchema>;

export const listDiscountCodesQuerySchema = paginationQuerySchema.extend({
  redeemed: booleanQuery("redeemed").optional().meta({ description: "true: codes redeemed at least once; false: never redeemed." }),
});
export type ListDiscountCodesQuery = z.infer<typeof listDiscountCodesQuerySchema>;

export const discountCodeDtoSchema = z
  .object({
    object: z.literal("discount_code"),
    id: z.string().meta({ example: "dc_01jd9x6f8v3k2m4n5p6q7r8s9t" }),
    coupon_id: z.string(),
    code: z.string(),
    max_redemptions: z.number().int().nullable(),
    times_redeemed: z.number().int(),
    expires_at: z.string().nullable().meta({ format: "date-time" }),
    archived_at: z.string().nullable().meta({ format: "date-time" }),
    created_at: z.string().meta({ format: "date-time" }),
  })
  .meta({ id: "DiscountCode" });
export type DiscountCodeDto = z.infer<typeof discountCodeDtoSchema>;
export const discountCodeListSchema = listResponseSchema(discountCodeDtoSchema, "DiscountCodeList");

export const generatedDiscountCodesSchema = z
  .object({ object: z.literal("discount_code_batch"), coupon_id: z.string(), count: z.number().int(), codes: z.array(z.string()) })
  .meta({ id: "DiscountCodeBatch" });
export type GeneratedDiscountCodesDto = z.infer<typeof generatedDiscountCodesSchema>;

// ─── Redemptions and eligibility ─────────────────────────────────────────────

export const INELIGIBILITY_REASONS = [
  "archived",
  "expired",
  "max_redemptions_reached",
  "code_max_redemptions_reached",
  "customer_max_redemptions_reached",
  "plan_not_eligible",
  "currency_not_available",
  "customer_inactive",
] as const;
export const ineligibilityReasonSchema = z.enum(INELIGIBILITY_REASONS);
export type IneligibilityReason = z.infer<typeof ineligibilityReasonSchema>;

const currencyField = z
  .string({ error: "currency must be a string." })
  .refine(isCurrencyCode, { error: "currency must be an ISO 4217 currency code in upper case, e.g. EUR." })
  .meta({ description: "Checked against amounts_off; defaults to the customer's preferred currency." });

const redemptionTarget = {
  customer_id: z.string({ error: "customer_id is required." }).min(1, { error: "customer_id is required." }),
  plan_id: z.string().min(1).optional().meta({ description: "Required to redeem a coupon restricted to plans." }),
  currency: currencyField.optional(),
};

export const checkEligibilitySchema = z
  .object({ code: z.string({ error: "code is required." }).trim().min(1, { error: "code is required." }), ...redemptionTarget })
  .strict()
  .meta({ id: "CheckCouponEligibilityRequest" });
export type CheckEligibilityInput = z.infer<typeof checkEligibilitySchema>;

export const redeemCouponSchema = z
  .object({
    code: z.string().trim().min(1).optional().meta({ description: "One of the coupon's discount codes; default: the coupon's own code." }),
    ...redemptionTarget,
    subscription_id: z.string().min(1).optional(),
  })
  .strict()
  .meta({ id: "RedeemCouponRequest" });
export type RedeemCouponInput = z.infer<typeof redeemCouponSchema>;

export const eligibilityDtoSchema = z
  .object({
    object: z.literal("coupon_eligibility"),
    eligible: z.boolean(),
    reason: ineligibilityReasonSchema.optional(),
    message: z.string().optional().meta({ description: "Why not, in words." }),
    coupon: couponDtoSchema,
  })
  .meta({ id: "CouponEligibility" });
export type EligibilityDto = z.infer<typeof eligibilityDtoSchema>;

export const couponRedemptionDtoSchema = z
  .object({
    object: z.literal("coupon_redemption"),
    id: z.string().meta({ example: "cred_01jd9x6f8v3k2m4n5p6q7r8s9t" }),
    coupon_id: z.string(),
    discount_code_id: z.string().nullable(),
    code: z.string().meta({ description: "The code that was redeemed." }),
    customer_id: z.string(),
    customer_name: z.string(),
    subscription_id: z.string().nullable(),
    redeemed_at: z.string().meta({ format: "date-time" }),
  })
  .meta({ id: "CouponRedemption" });
export type CouponRedemptionDto = z.infer<typeof couponRedemptionDtoSchema>;
export const couponRedemptionListSchema = listResponseSchema(couponRedemptionDtoSchema, "CouponRedemptionList");
export const listRedemptionsQuerySchema = paginationQuerySchema;
