import { z } from "zod";
import { isCurrencyCode } from "../billing/currency";
import { CHARGE_MODELS, chargeModelSchema, decimalString, modelPropertiesDtoSchema } from "./charge-model";
import { listResponseSchema, paginationQuerySchema, requiredText } from "./common";
import { metadataPatchSchema, metadataSchema, withMetadataQuery } from "./metadata";

const text = requiredText;

const wholeNumber = (field: string, min: number, max: number) =>
  z
    .number({ error: `${field} must be a whole number from ${min} to ${max}.` })
    .int({ error: `${field} must be a whole number from ${min} to ${max}.` })
    .min(min, { error: `${field} must be a whole number from ${min} to ${max}.` })
    .max(max, { error: `${field} must be a whole number from ${min} to ${max}.` });

export const planCodeSchema = z
  .string({ error: "code is required." })
  .trim()
  .min(1, { error: "code must not be empty." })
  .max(64, { error: "code must be at most 64 characters." })
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, { error: "code may use letters, digits, '_', '.' and '-' (starting with a letter or digit)." })
  .meta({ description: "Your stable identifier for the plan; unique.", example: "pro_monthly" });

export const currencyCodeSchema = z
  .string({ error: "Use an ISO 4217 currency code in upper case, e.g. EUR." })
  .refine((code): boolean => isCurrencyCode(code), { error: "Use an ISO 4217 currency code in upper case, e.g. EUR." })
  .meta({ example: "EUR" });

export const planStatusSchema = z.enum(["draft", "active", "inactive", "archived"]);
export const billingIntervalSchema = z.enum(["day", "week", "month", "quarter", "year"], { error: "billing_interval must be day, week, month, quarter or year." });
export const billingTimingSchema = z.enum(["in_advance", "in_arrears"], { error: "billing_timing must be in_advance or in_arrears." });
export const chargeKindSchema = z.enum(["recurring", "usage", "one_time"], { error: "kind must be recurring, usage or one_time." });
export const chargeTriggerSchema = z.enum(["subscription_start", "trial_end", "checkout_payment"], {
  error: "trigger must be subscription_start, trial_end or checkout_payment.",
});

export const chargeInputSchema = z
  .object({
    key: z
      .string({ error: "key is required." })
      .trim()
      .min(1, { error: "key must not be empty." })
      .max(64, { error: "key must be at most 64 characters." })
      .regex(/^[a-z0-9][a-z0-9_-]*$/, { error: "key may use lower-case letters, digits, '_' and '-' (a slug)." })
      .meta({ description: "Unique within the plan version and stable across versions (invoice lines and coupons refer to it).", example: "api_calls" }),
    name: text("name", 200),
    kind: chargeKindSchema,
    model: chargeModelSchema,
    add_on: z.boolean({ error: "add_on must be true or false." }).default(false).meta({ description: "Optional add-on: billed only when a subscriber adds it." }),
    trigger: chargeTriggerSchema.optional().meta({ description: "one_time charges only: when it bills (default subscription_start)." }),
    meter_id: text("meter_id", 64).optional().meta({ description: "usage charges only (required there): the meter it prices." }),
    unit_id: text("unit_id", 64).optional().meta({ description: "The unit the charge counts in (`unit_…`)." }),
    default_quantity: decimalString("Quantity billed unless the subscription says otherwise (default 1).").optional(),
    prices: z
      .record(z.string(), z.record(z.string(), z.unknown()), { error: "prices must be an object: currency → the model's properties." })
      .meta({
        description: `The model's properties per plan currency, e.g. \`{ "EUR": { "amount": "49" } }\` (the fields of ChargeDefinition for \`model\`: ${CHARGE_MODELS.join(", ")}). Every plan currency, and no other.`,
      }),
  })
  .strict()
  .meta({ id: "PlanChargeInput" });
export type ChargeInput = z.infer<typeof chargeInputSchema>;

export const planFeatureInputSchema = z
  .object({
    feature_id: text("feature_id", 64),
    limit: decimalString("LIMIT features only: the quantity granted; null or absent = unlimited.").nullable().optional(),
  })
  .strict()
  .meta({ id: "PlanFeatureInput" });
export type PlanFeatureInput = z.infer<typeof planFeatureInputSchema>;

/** The versioned terms: on a plan with subscribers, changing any of them creates a new version. */
const termFields = {
  billing_interval: billingIntervalSchema,
  interval_count: wholeNumber("interval_count", 1, 365),
  billing_timing: billingTimingSchema,
  trial_days: wholeNumber("trial_days", 0, 730),
  currencies: z
    .array(currencyCodeSchema)
    .min(1, { error: "currencies needs at least one ISO 4217 code." })
    .max(20, { error: "currencies holds at most 20 codes." })
    .refine((codes) => new Set(codes).size === codes.length, { error: "currencies must not repeat a code." }),
  charges: z.array(chargeInputSchema).max(50, { error: "A plan has at most 50 charges." }),
  features: z.array(planFeatureInputSchema).max(200, { error: "A plan grants at most 200 features." }),
};
export const VERSIONED_FIELDS = Object.keys(termFields) as (keyof typeof termFields)[];

export const createPlanSchema = z
  .object({
    code: planCodeSchema,
    name: text("name", 200),
    description: text("description", 2000).optional(),
    product_id: text("product_id", 64).optional(),
    checkout_enabled: z.boolean({ error: "checkout_enabled must be true or false." }).default(false),
    metadata: metadataSchema.default({}),
    billing_interval: termFields.billing_interval,
    interval_count: termFields.interval_count.default(1),
    billing_timing: termFields.billing_timing.default("in_advance"),
    trial_days: termFields.trial_days.default(0),
    currencies: termFields.currencies,
    charges: termFields.charges.default([]),
    features: termFields.features.default([]),
  })
  .strict()
  .meta({ id: "CreatePlanRequest", description: "A new plan starts as a draft; activate it once it has at least one charge." });
export type CreatePlanInput = z.infer<typeof createPlanSchema>;

export const updatePlanSchema = z
  .object({
    name: text("name", 200).optional(),
    description: text("description", 2000).nullable().optional(),
    product_id: text("product_id", 64).nullable().optional(),
    checkout_enabled: z.boolean({ error: "checkout_enabled must be true or false." }).optional(),
    metadata: metadataPatchSchema.optional(),
    billing_interval: termFields.billing_interval.optional(),
    interval_count: termFields.interval_count.optional(),
    billing_timing: termFields.billing_timing.optional(),
    trial_days: termFields.trial_days.optional(),
    currencies: termFields.currencies.optional(),
    charges: termFields.charges.optional().meta({ description: "Replaces every charge of the version." }),
    features: termFields.features.optional().meta({ description: "Replaces every feature grant of the version." }),
  })
  .strict()
  .meta({
    id: "UpdatePlanRequest",
    description:
      "Only the fields sent change. Terms, currencies, charges and features are versioned: when a subscription uses the current version, they create version n+1 (subscribers stay on theirs); otherwise the current version is edited in place.",
  });
export type UpdatePlanInput = z.infer<typeof updatePlanSchema>;

export const duplicatePlanSchema = z
  .object({ code: planCodeSchema, name: text("name", 200).optional().meta({ description: "Default: the original's name followed by (copy)." }) })
  .strict()
  .meta({ id: "DuplicatePlanRequest" });
export type DuplicatePlanInput = z.infer<typeof duplicatePlanSchema>;

export const planStatusChangeSchema = z.object({}).strict().meta({ id: "PlanStatusChangeRequest" });

export const PLAN_SORTS = ["-created_at", "created_at", "code", "-code"] as const;

export const listPlansQueryObjectSchema = paginationQuerySchema.extend({
  q: z.string().trim().min(1).max(200).optional().meta({ description: "Case-insensitive search in code and name." }),
  status: planStatusSchema.optional(),
  product_id: z.string().min(1).max(64).optional(),
  currency: currencyCodeSchema.optional().meta({ description: "Plans whose current version is sold in this currency." }),
  sort: z.enum(PLAN_SORTS).default("-created_at").meta({ description: "Newest first by default; `code` sorts A→Z, `-code` Z→A." }),
});

/** Also takes `metadata[key]=value` filters. */
export const listPlansQuerySchema = withMetadataQuery(listPlansQueryObjectSchema);
export type ListPlansQuery = z.infer<typeof listPlansQuerySchema>;

export const planIdParamsSchema = z.object({ planId: z.string().min(1).meta({ description: "The plan's id (`plan_…`)." }) });
export const planCodeParamsSchema = z.object({ code: z.string().min(1).max(64).meta({ description: "The plan's code." }) });
export const planVersionParamsSchema = planIdParamsSchema.extend({
  version: z.coerce.number({ error: "version must be a whole number." }).int({ error: "version must be a whole number." }).min(1).meta({ description: "The version number (1, 2, …)." }),
});

export const planChargeDtoSchema = z
  .object({
    id: z.string().meta({ example: "chg_01jd9x6f8v3k2m4n5p6q7r8s9t" }),
    key: z.string(),
    name: z.string(),
    kind: chargeKindSchema,
    model: chargeModelSchema,
    add_on: z.boolean(),
    trigger: chargeTriggerSchema.nullable(),
    meter_id: z.string().nullable(),
    unit_id: z.string().nullable(),
    default_quantity: z.string(),
    prices: z.record(z.string(), modelPropertiesDtoSchema).meta({ description: "Currency → the model's properties." }),
  })
  .meta({ id: "PlanCharge" });
export type PlanChargeDto = z.infer<typeof planChargeDtoSchema>;

export const planVersionDtoSchema = z
  .object({
    object: z.literal("plan_version"),
    id: z.string().meta({ example: "plv_01jd9x6f8v3k2m4n5p6q7r8s9t" }),
    plan_id: z.string(),
    version: z.number().int(),
    billing_interval: billingIntervalSchema,
    interval_count: z.number().int(),
    billing_timing: billingTimingSchema,
    trial_days: z.number().int(),
    currencies: z.array(z.string()),
    charges: z.array(planChargeDtoSchema),
    features: z.array(z.object({ feature_id: z.string(), limit: z.string().nullable() })),
    subscription_count: z.number().int().meta({ description: "Subscriptions on this version; a version with any is frozen." }),
    created_at: z.string().meta({ format: "date-time" }),
  })
  .meta({ id: "PlanVersion" });
export type PlanVersionDto = z.infer<typeof planVersionDtoSchema>;

export const planDtoSchema = z
  .object({
    object: z.literal("plan"),
    id: z.string().meta({ example: "plan_01jd9x6f8v3k2m4n5p6q7r8s9t" }),
    code: z.string(),
    name: z.string(),
    description: z.string().nullable(),
    product_id: z.string().nullable(),
    status: planStatusSchema.meta({ description: "draft → active ⇄ inactive → archived (final)." }),
    checkout_enabled: z.boolean(),
    metadata: z.record(z.string(), z.string()),
    current_version: planVersionDtoSchema,
    archived_at: z.string().nullable().meta({ format: "date-time" }),
    created_at: z.string().meta({ format: "date-time" }),
    updated_at: z.string().meta({ format: "date-time" }),
  })
  .meta({ id: "Plan" });
export type PlanDto = z.infer<typeof planDtoSchema>;

export const planListSchema = listResponseSchema(planDtoSchema, "PlanList");
export const planVersionListSchema = listResponseSchema(planVersionDtoSchema, "PlanVersionList");

/** Choices the plan form and filters offer (labelled "Name (code)"). */
export type ProductChoice = { id: string; label: string };
export type FeatureChoice = { id: string; label: string; type: "boolean" | "limit"; archived: boolean };
