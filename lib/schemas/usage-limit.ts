// Usage limits (thresholds on a customer's usage of a meter in its current period) and the outbox
// of outbound events they emit (docs/usage.md, "Usage limits and alerts").
import { z } from "zod";
import { listResponseSchema, paginationQuerySchema } from "./common";
import { metadataPatchSchema, metadataSchema, withMetadataQuery } from "./metadata";

export const USAGE_LIMIT_ACTIONS = ["warning", "disable"] as const;
export const usageLimitActionSchema = z.enum(USAGE_LIMIT_ACTIONS, { error: "action must be warning or disable." }).meta({
  id: "UsageLimitAction",
  description: "warning: an alert only; disable: an alert, and the customer's entitlements answer `customer_disabled: true` until the period ends or the limit is raised or archived.",
});
export type UsageLimitAction = z.infer<typeof usageLimitActionSchema>;

export const USAGE_LIMIT_STATES = ["ok", "reached"] as const;
export const usageLimitStateSchema = z.enum(USAGE_LIMIT_STATES, { error: "state must be ok or reached." }).meta({
  id: "UsageLimitState",
  description: "reached: the limit's current period usage reached its threshold (an alert was emitted); ok otherwise, and always for an archived limit.",
});

/** Decimal(40,12): at most 28 integer digits and 12 decimals, strictly positive. */
const THRESHOLD = /^\d{1,28}(\.\d{1,12})?$/;
export const thresholdSchema = z
  .union([z.string(), z.number()], { error: (issue) => (issue.input === undefined ? "threshold is required." : "threshold must be a decimal string such as \"1000\" or \"0.5\".") })
  .transform((value) => String(value).trim())
  .pipe(
    z
      .string()
      .refine((text) => !text.startsWith("-"), { error: "threshold must be greater than 0." })
      .refine((text) => text.startsWith("-") || THRESHOLD.test(text), { error: "threshold must be a decimal number with at most 28 digits before the point and 12 after it (no exponent)." })
      .refine((text) => !THRESHOLD.test(text) || /[1-9]/.test(text), { error: "threshold must be greater than 0." }),
  )
  .meta({ description: "In the meter's units (e.g. 8000 API calls): reached when the period's usage is at or above it. A decimal string.", example: "8000" });

/** Decimal(7,2): a percentage above 0 and at most 1000, with at most 2 decimals. */
const PERCENT = /^\d{1,4}(\.\d{1,2})?$/;
export const thresholdPercentSchema = z
  .union([z.string(), z.number()], { error: "threshold_percent must be a decimal string such as \"80\" or \"87.5\"." })
  .transform((value) => String(value).trim())
  .pipe(
    z
      .string()
      .refine((text) => PERCENT.test(text) || text.startsWith("-"), { error: "threshold_percent must be a number with at most 2 decimals, such as 80 or 87.5." })
      .refine((text) => !PERCENT.test(text) || (/[1-9]/.test(text) && Number(text) <= 1000), { error: "threshold_percent must be greater than 0 and at most 1000." })
      .refine((text) => !text.startsWith("-"), { error: "threshold_percent must be greater than 0 and at most 1000." }),
  )
  .meta({
    description:
      "A percentage of the quantity included by the customer's price of the meter in the period (package free units, or the leading free tiers of graduated and volume prices), e.g. 80 for 8,000 of 10,000 included calls. Follows plan changes.",
    example: "80",
  });

/** Exactly one of threshold and threshold_percent (`required`: on create, one must be there). */
const oneThreshold =
  (required: boolean) =>
  (value: { threshold?: string | undefined; threshold_percent?: string | undefined }, context: z.RefinementCtx) => {
    if (value.threshold !== undefined && value.threshold_percent !== undefined) {
      context.addIssue({ code: "custom", path: ["threshold_percent"], message: "Give threshold or threshold_percent, not both." });
    } else if (required && value.threshold === undefined && value.threshold_percent === undefined) {
      context.addIssue({ code: "custom", path: ["threshold"], message: "threshold is required (or threshold_percent, a percentage of the included quantity)." });
    }
  };

const limitName = z.string({ error: "name must be a string." }).trim().min(1, { error: "name must not be empty." }).max(200, { error: "name must be at most 200 characters." });
const limitDescription = z.string({ error: "description must be a string." }).trim().min(1, { error: "description must not be empty." }).max(2000, { error: "description must be at most 2000 characters." });
const idField = (field: string, example: string) =>
  z
    .string({ error: (issue) => (issue.input === undefined ? `${field} is required.` : `${field} must be a string.`) })
    .trim()
    .min(1, { error: `${field} is required.` })
    .max(100, { error: `${field} must be at most 100 characters.` })
    .meta({ example });

export const createUsageLimitSchema = z
  .object({
    customer_id: idField("customer_id", "cus_01jd9x6f8v3k2m4n5p6q7r8s9t"),
    meter_id: idField("meter_id", "mtr_01jd9x6f8v3k2m4n5p6q7r8s9t"),
    threshold: thresholdSchema.optional(),
    threshold_percent: thresholdPercentSchema.optional(),
    action: usageLimitActionSchema,
    name: limitName.optional(),
    description: limitDescription.optional(),
    metadata: metadataSchema.default({}),
  })
  .strict()
  .superRefine(oneThreshold(true))
  .meta({
    id: "CreateUsageLimitRequest",
    description:
      "Exactly one of threshold and threshold_percent. The limit is evaluated at once: created below the current usage, it is reached (and alerts) immediately. A percentage needs a price of the meter that includes a quantity (422 otherwise).",
  });
export type CreateUsageLimitInput = z.infer<typeof createUsageLimitSchema>;

export const updateUsageLimitSchema = z
  .object({
    threshold: thresholdSchema.optional(),
    threshold_percent: thresholdPercentSchema.optional(),
    action: usageLimitActionSchema.optional(),
    name: limitName.nullable().optional(),
    description: limitDescription.nullable().optional(),
    metadata: metadataPatchSchema.optional(),
  })
  .strict()
  .superRefine(oneThreshold(false))
  .meta({
    id: "UpdateUsageLimitRequest",
    description:
      "Only the fields sent change; customer and meter never do. threshold or threshold_percent replaces the other kind. A new threshold or action starts the limit afresh: it is no longer reached, is evaluated at once, and alerts again if usage is at or above it.",
  });
export type UpdateUsageLimitInput = z.infer<typeof updateUsageLimitSchema>;

export const USAGE_LIMIT_SORTS = ["-created_at", "created_at"] as const;

export const listUsageLimitsQueryObjectSchema = paginationQuerySchema.extend({
  customer_id: z.string().min(1).max(100).optional().meta({ description: "Only this customer's limits." }),
  meter_id: z.string().min(1).max(100).optional().meta({ description: "Only the limits on this meter." }),
  action: usageLimitActionSchema.optional(),
  state: usageLimitStateSchema.optional().meta({ description: "ok or reached (in the current period of each limit's customer)." }),
  status: z.enum(["active", "archived"], { error: "status must be active or archived." }).optional().meta({ description: "Only active or only archived limits (default: both)." }),
  q: z.string().trim().min(1).max(200).optional().meta({ description: "Case-insensitive search in name and description." }),
  sort: z
    .enum(USAGE_LIMIT_SORTS, { error: `sort must be one of ${USAGE_LIMIT_SORTS.join(", ")}.` })
    .default("-created_at")
    .meta({ description: "created_at, newest first by default." }),
});
export const listUsageLimitsQuerySchema = withMetadataQuery(listUsageLimitsQueryObjectSchema);
export type ListUsageLimitsQuery = z.infer<typeof listUsageLimitsQuerySchema>;

export const usageLimitIdParamsSchema = z.object({ limitId: z.string().min(1).meta({ description: "The usage limit's id (`ulim_…`)." }) });

export const usageLimitPeriodSchema = z
  .object({
    start: z.string().meta({ format: "date-time" }),
    end: z.string().meta({ format: "date-time", description: "Exclusive." }),
    source: z.enum(["subscription", "calendar_month"]).meta({
      description: "subscription: the current billing period of the customer's subscription that prices the meter; calendar_month: the UTC calendar month (no such subscription).",
    }),
    subscription_id: z.string().nullable(),
  })
  .meta({ id: "UsageLimitPeriod", description: "The period the limit measures now (in the customer's test clock time if it has one)." });
export type UsageLimitPeriodDto = z.infer<typeof usageLimitPeriodSchema>;

export const usageLimitDtoSchema = z
  .object({
    object: z.literal("usage_limit"),
    id: z.string().meta({ example: "ulim_01jd9x6f8v3k2m4n5p6q7r8s9t" }),
    customer_id: z.string(),
    meter_id: z.string(),
    meter_code: z.string(),
    threshold: z.string().nullable().meta({
      description: "The quantity the period's usage is compared to, in the meter's units: the limit's own, or threshold_percent of included_quantity (12 decimals, half up). Null for a percentage while the price includes nothing (never reached then).",
    }),
    threshold_percent: z.string().nullable().meta({ description: "Set for a percentage limit; null for a quantity limit." }),
    included_quantity: z.string().nullable().meta({
      description: "The quantity included by the customer's price of the meter in the current period (package free units, leading free tiers); null if none.",
    }),
    action: usageLimitActionSchema,
    name: z.string().nullable(),
    description: z.string().nullable(),
    metadata: z.record(z.string(), z.string()),
    current_period: usageLimitPeriodSchema,
    current_usage: z.string().meta({ description: "The meter's usage by the customer in the current period (exact, including events not yet rolled up)." }),
    state: usageLimitStateSchema,
    reached_at: z.string().nullable().meta({ format: "date-time", description: "When the limit was found reached in the current period; null if it is not." }),
    status: z.enum(["active", "archived"]).meta({ description: "An archived limit is no longer evaluated and disables nothing." }),
    archived_at: z.string().nullable().meta({ format: "date-time" }),
    created_at: z.string().meta({ format: "date-time" }),
    updated_at: z.string().meta({ format: "date-time" }),
  })
  .meta({ id: "UsageLimit" });
export type UsageLimitDto = z.infer<typeof usageLimitDtoSchema>;

export const usageLimitListSchema = listResponseSchema(usageLimitDtoSchema, "UsageLimitList");

// ─── Outbound events (the outbox) ─────────────────────────────────────────────

export const WEBHOOK_EVENT_TYPES = ["usage_limit.reached"] as const;

export const webhookEventDtoSchema = z
  .object({
    object: z.literal("webhook_event"),
    id: z.string().meta({ example: "evt_01jd9x6f8v3k2m4n5p6q7r8s9t" }),
    type: z.string().meta({ description: `The event type: ${WEBHOOK_EVENT_TYPES.join(", ")}.`, example: "usage_limit.reached" }),
    customer_id: z.string().nullable(),
    data: z.object({ object: z.record(z.string(), z.unknown()) }).meta({
      description: "The objects concerned as the API shows them, at the time of the event: for usage_limit.reached, `object` is the UsageLimit (state reached).",
    }),
    created_at: z.string().meta({ format: "date-time" }),
    delivered_at: z.string().nullable().meta({ format: "date-time", description: "Null until delivered to the webhook endpoints (delivery is not built yet)." }),
  })
  .meta({ id: "WebhookEvent" });
export type WebhookEventDto = z.infer<typeof webhookEventDtoSchema>;

export const webhookEventListSchema = listResponseSchema(webhookEventDtoSchema, "WebhookEventList");

export const listWebhookEventsQuerySchema = paginationQuerySchema.extend({
  type: z.string().min(1).max(100).optional().meta({ description: "Only events of this type, e.g. `usage_limit.reached`." }),
  customer_id: z.string().min(1).max(100).optional().meta({ description: "Only the events concerning this customer." }),
  created_from: z.iso.datetime({ offset: true, error: "created_from must be an ISO 8601 date-time." }).optional().meta({ description: "created_at ≥ created_from." }),
  created_to: z.iso.datetime({ offset: true, error: "created_to must be an ISO 8601 date-time." }).optional().meta({ description: "created_at < created_to." }),
});
export type ListWebhookEventsQuery = z.infer<typeof listWebhookEventsQuerySchema>;
