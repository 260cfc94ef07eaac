// Subscriptions: create input, list query and DTOs (API and, later, the admin console share them).
import { z } from "zod";
import { isCurrencyCode } from "../billing/currency";
import { isValidTimeZone } from "../billing/zoned-time";
import { listResponseSchema, paginationQuerySchema } from "./common";
import { metadataSchema, withMetadataQuery } from "./metadata";

const idField = (field: string, prefix: string) =>
  z
    .string({ error: `${field} is required.` })
    .min(1, { error: `${field} must not be empty.` })
    .meta({ description: `The ${field.replace(/_id$/, "")}'s id (\`${prefix}_…\`).` });

const quantitySchema = z
  .union([z.string(), z.number()])
  .transform((value) => String(value))
  .pipe(
    z
      .string()
      .regex(/^\d{1,12}(\.\d{1,12})?$/, { error: "Use a non-negative decimal number such as \"5\" (at most 12 digits before and after the point)." }),
  )
  .meta({ description: "A quantity, as a decimal string (at most 12 digits before and after the point).", example: "5" });

export const SUBSCRIPTION_STATUSES = ["incomplete", "trialing", "active", "past_due", "paused", "canceled", "expired"] as const;
export const subscriptionStatusSchema = z.enum(SUBSCRIPTION_STATUSES);
export const billingAlignmentSchema = z
  .enum(["anniversary", "calendar"], { error: "billing_alignment must be anniversary or calendar." })
  .meta({ description: "anniversary: periods repeat from the start date; calendar: they follow calendar months (weeks, quarters, years)." });
export const prorationModeSchema = z
  .enum(["by_second", "by_day", "none", "full_period"], { error: "proration_mode must be by_second, by_day, none or full_period." })
  .meta({ description: "How partial periods are charged (see docs/pricing.md)." });

export const createSubscriptionSchema = z
  .object({
    customer_id: idField("customer_id", "cus"),
    plan_id: idField("plan_id", "plan").meta({ description: "The plan (`plan_…`); the subscription takes its current version." }),
    currency: z
      .string({ error: "currency must be a string." })
      .refine(isCurrencyCode, { error: "currency must be an ISO 4217 currency code in upper case, e.g. EUR." })
      .optional()
      .meta({ description: "One of the plan's currencies. Default: the customer's effective preferred currency if the plan has it, else the plan's first.", example: "EUR" }),
    quantities: z
      .record(z.string(), quantitySchema)
      .default({})
      .meta({ description: "Quantities of recurring per-unit and per-seat charges by charge key (default: the charge's default_quantity)." }),
    add_ons: z
      .array(z.string({ error: "add_ons must hold charge keys." }))
      .default([])
      .refine((keys) => new Set(keys).size === keys.length, { error: "add_ons must not repeat a key." })
      .meta({ description: "Keys of the plan's add-on charges to include (add-ons are left out unless listed)." }),
    coupon_code: z.string().trim().min(1, { error: "coupon_code must not be empty." }).optional().meta({ description: "A coupon or discount code to redeem for this subscription." }),
    start_date: z.iso
      .datetime({ offset: true, error: "start_date must be an ISO 8601 date-time, e.g. 2026-01-31T00:00:00Z." })
      .transform((value) => new Date(value))
      .optional()
      .meta({ description: "When the subscription starts (default now); may be in the past or the future." }),
    trial_days: z
      .number({ error: "trial_days must be a whole number of days." })
      .int({ error: "trial_days must be a whole number of days." })
      .min(0, { error: "trial_days must be 0 or more." })
      .max(730, { error: "trial_days must be at most 730." })
      .optional()
      .meta({ description: "Trial length from the start (default: the plan version's; 0: no trial). Not with trial_end." }),
    trial_end: z.iso
      .datetime({ offset: true, error: "trial_end must be an ISO 8601 date-time." })
      .transform((value) => new Date(value))
      .optional()
      .meta({ description: "When the trial ends (exclusive); must be after the start. Not with trial_days." }),
    billing_alignment: billingAlignmentSchema.default("anniversary"),
    time_zone: z
      .string({ error: "time_zone must be a string." })
      .refine(isValidTimeZone, { error: "time_zone must be an IANA time zone, e.g. Europe/Paris." })
      .default("UTC")
      .meta({ description: "Period boundaries are midnights in this IANA zone.", example: "Europe/Paris" }),
    proration_mode: prorationModeSchema.default("by_second"),
    payment_terms_days: z
      .number({ error: "payment_terms_days must be a whole number of days." })
      .int({ error: "payment_terms_days must be a whole number of days." })
      .min(0, { error: "payment_terms_days must be 0 or more." })
      .max(365, { error: "payment_terms_days must be at most 365." })
      .optional()
      .meta({ description: "Net days of this subscription's invoices (default: the customer's effective terms)." }),
    metadata: metadataSchema.default({}),
  })
  .strict()
  .refine((input) => input.trial_days === undefined || input.trial_end === undefined, {
    error: "Give trial_days or trial_end, not both.",
    path: ["trial_end"],
  })
  .meta({ id: "CreateSubscription" });
export type CreateSubscriptionInput = z.infer<typeof createSubscriptionSchema>;

export const SUBSCRIPTION_SORTS = ["started_at", "-started_at", "next_billing_at", "-next_billing_at"] as const;
const instantQuery = (field: string) =>
  z.iso
    .datetime({ offset: true, error: `${field} must be an ISO 8601 date-time, e.g. 2026-12-01T00:00:00Z.` })
    .or(z.iso.date({ error: `${field} must be an ISO 8601 date or date-time.` }).transform((date) => `${date}T00:00:00Z`))
    .transform((value) => new Date(value));

export const listSubscriptionsQueryObjectSchema = paginationQuerySchema
  .extend({
    customer_id: z.string().min(1).optional().meta({ description: "Only this customer's subscriptions." }),
    plan_id: z.string().min(1).optional().meta({ description: "Only subscriptions to this plan (any version)." }),
    status: subscriptionStatusSchema.optional(),
    q: z.string().trim().min(1).max(200).optional().meta({ description: "Case-insensitive search in the customer's name, email and external reference, or an exact subscription id." }),
    renews_from: instantQuery("renews_from").optional().meta({ description: "Only subscriptions whose next billing is at or after this date (UTC midnight for a date)." }),
    renews_before: instantQuery("renews_before").optional().meta({ description: "Only subscriptions whose next billing is before this date." }),
    sort: z
      .enum(SUBSCRIPTION_SORTS, { error: `sort must be one of ${SUBSCRIPTION_SORTS.join(", ")}.` })
      .optional()
      .meta({ description: "Order: a field, descending with a leading `-`; ties by id; no next billing date comes last. Default: newest first." }),
    starting_after: z.string().min(1).optional().meta({ description: "The `next_cursor` of the previous page, requested with the same `sort`." }),
  })
  .strict();
export const listSubscriptionsQuerySchema = withMetadataQuery(listSubscriptionsQueryObjectSchema);
export type ListSubscriptionsQuery = z.infer<typeof listSubscriptionsQuerySchema>;

export const subscriptionIdParamsSchema = z.object({ subscriptionId: z.string().min(1).meta({ description: "The subscription's id (`sub_…`)." }) });

export const subscriptionItemDtoSchema = z
  .object({
    object: z.literal("subscription_item"),
    id: z.string(),
    charge_id: z.string(),
    key: z.string(),
    description: z.string(),
    kind: z.enum(["recurring", "usage", "one_time"]),
    timing: z.enum(["in_advance", "in_arrears"]),
    quantity: z.string(),
    price: z.record(z.string(), z.unknown()).meta({ description: "The price this subscriber pays (model and properties in the subscription's currency), fixed when the item opened." }),
    active_from: z.string(),
    active_until: z.string().nullable(),
  })
  .meta({ id: "SubscriptionItem" });
export type SubscriptionItemDto = z.infer<typeof subscriptionItemDtoSchema>;

export const subscriptionDtoSchema = z
  .object({
    object: z.literal("subscription"),
    id: z.string(),
    customer_id: z.string(),
    plan_id: z.string(),
    plan_version_id: z.string(),
    status: subscriptionStatusSchema,
    paused_from: subscriptionStatusSchema.nullable().meta({ description: "paused only: the status `resume` returns to." }),
    cancel_at_period_end: z.boolean(),
    currency: z.string(),
    billing_anchor: z.string(),
    billing_alignment: billingAlignmentSchema,
    time_zone: z.string(),
    proration_mode: prorationModeSchema,
    started_at: z.string(),
    trial_end: z.string().nullable(),
    payment_terms_days: z.number().int().nullable(),
    next_period_index: z.number().int().meta({ description: "The next period whose opening invoice is still to be made." }),
    next_billing_at: z.string().nullable(),
    canceled_at: z.string().nullable(),
    cancel_reason: z.string().nullable(),
    ended_at: z.string().nullable(),
    test_clock_id: z.string().nullable().meta({ description: "The test clock the subscription lives on (its customer's), if any." }),
    items: z.array(subscriptionItemDtoSchema),
    metadata: z.record(z.string(), z.string()),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .meta({ id: "Subscription" });
export type SubscriptionDto = z.infer<typeof subscriptionDtoSchema>;

export const subscriptionListSchema = listResponseSchema(subscriptionDtoSchema, "SubscriptionList");

const minor = z.number().int().meta({ description: "Integer minor units of the invoice currency." });

export const upcomingInvoiceLineSchema = z
  .object({
    key: z.string(),
    description: z.string(),
    kind: z.enum(["recurring", "usage", "one_time"]),
    period_start: z.string(),
    period_end: z.string(),
    quantity: z.string(),
    amount: minor.meta({ description: "After proration and trial, before discount." }),
    discount: minor,
    tax: minor,
    total: minor,
    breakdown: z.array(z.object({ description: z.string(), quantity: z.string(), unit_price: z.string().optional(), amount: z.string() })),
  })
  .meta({ id: "UpcomingInvoiceLine" });

export const upcomingInvoiceDtoSchema = z
  .object({
    object: z.literal("upcoming_invoice"),
    subscription_id: z.string(),
    customer_id: z.string(),
    currency: z.string(),
    period_index: z.number().int(),
    period_start: z.string(),
    period_end: z.string(),
    lines: z.array(upcomingInvoiceLineSchema),
    subtotal: minor,
    discount: minor,
    tax: minor,
    total: minor,
    amount_due: minor,
    notes: z.array(z.string()),
  })
  .meta({ id: "UpcomingInvoice", description: "The invoice the next billing run would create for this subscription (not stored)." });
export type UpcomingInvoiceDto = z.infer<typeof upcomingInvoiceDtoSchema>;

// ─── Lifecycle actions (pause, cancel, change plan …) ──────────────────────────

const prorateField = (description: string, byDefault: boolean) => z.boolean({ error: "prorate must be true or false." }).default(byDefault).meta({ description });
const reasonField = z.string({ error: "reason must be a string." }).trim().min(1, { error: "reason must not be empty." }).max(500, { error: "reason must be at most 500 characters." }).optional();
const whenField = z
  .enum(["now", "period_end"], { error: "when must be now or period_end." })
  .default("now")
  .meta({ description: "now: at once, prorated if `prorate`; period_end: a scheduled change at the end of the current period (cancellable; it replaces a pending one)." });

export const pauseSubscriptionSchema = z.object({ reason: reasonField }).strict().meta({ id: "PauseSubscription" });
export type PauseSubscriptionInput = z.infer<typeof pauseSubscriptionSchema>;

/** resume, undo_cancel, cancelling a scheduled change: no options. */
export const subscriptionActionSchema = z.object({}).strict().meta({ id: "SubscriptionActionRequest" });

export const cancelSubscriptionSchema = z
  .object({
    at_period_end: z.boolean({ error: "at_period_end must be true or false." }).default(false).meta({ description: "true: schedule the cancellation at the end of the current period (undo with `undo_cancel`)." }),
    prorate: prorateField("Cancel now only: credit the unused part of the current period's in-advance fees to the customer's balance.", false),
    reason: reasonField,
  })
  .strict()
  .refine((input) => !(input.at_period_end && input.prorate), { error: "prorate applies to a cancellation now, not at period end.", path: ["prorate"] })
  .meta({ id: "CancelSubscription" });
export type CancelSubscriptionInput = z.infer<typeof cancelSubscriptionSchema>;

export const expireSubscriptionSchema = z.object({ reason: reasonField }).strict().meta({ id: "ExpireSubscription" });
export type ExpireSubscriptionInput = z.infer<typeof expireSubscriptionSchema>;

export const changePlanSchema = z
  .object({
    plan_id: idField("plan_id", "plan").meta({ description: "The plan to move to (its current version); same billing interval, sold in the subscription's currency." }),
    quantities: z.record(z.string(), quantitySchema).default({}).meta({ description: "Quantities by charge key (default: the current quantity of the same key, else the charge's default)." }),
    add_ons: z
      .array(z.string({ error: "add_ons must hold charge keys." }))
      .refine((keys) => new Set(keys).size === keys.length, { error: "add_ons must not repeat a key." })
      .optional()
      .meta({ description: "Add-on keys of the new plan to include (default: the current add-ons the new plan also offers)." }),
    when: whenField,
    prorate: prorateField("when=now: credit the unused time of the old items and charge the rest of the period for the new ones (false: the new price starts next period).", true),
  })
  .strict()
  .meta({ id: "ChangeSubscriptionPlan" });
export type ChangePlanInput = z.infer<typeof changePlanSchema>;

export const changeQuantitySchema = z
  .object({
    quantities: z
      .record(z.string(), quantitySchema)
      .refine((quantities) => Object.keys(quantities).length > 0, { error: "Give at least one quantity by charge key." })
      .meta({ description: "New quantities of recurring per-unit or per-seat items, by charge key." }),
    when: whenField,
    prorate: prorateField("when=now: prorate the difference over the rest of the current period.", true),
  })
  .strict()
  .meta({ id: "ChangeSubscriptionQuantity" });
export type ChangeQuantityInput = z.infer<typeof changeQuantitySchema>;

export const addAddOnSchema = z
  .object({
    key: z.string({ error: "key is required." }).min(1, { error: "key is required." }).meta({ description: "The key of an add-on charge of the subscription's plan version." }),
    quantity: quantitySchema.optional().meta({ description: "Per-unit or per-seat add-ons only (default: the charge's default quantity)." }),
    prorate: prorateField("Charge the rest of the current period.", true),
  })
  .strict()
  .meta({ id: "AddSubscriptionAddOn" });
export type AddAddOnInput = z.infer<typeof addAddOnSchema>;

/** Removing an add-on, holding or resuming one charge: the item is named in the path. */
export const itemChangeSchema = z
  .object({ prorate: prorateField("Credit (on removal or hold) or charge (on resume) the rest of the current period.", true) })
  .strict()
  .meta({ id: "SubscriptionItemChange" });
export type ItemChangeInput = z.infer<typeof itemChangeSchema>;

export const subscriptionKeyParamsSchema = subscriptionIdParamsSchema.extend({ key: z.string().min(1).meta({ description: "The charge key of the item." }) });
export const scheduledChangeParamsSchema = subscriptionIdParamsSchema.extend({ changeId: z.string().min(1).meta({ description: "The scheduled change's id (`ssc_…`)." }) });

export const subscriptionEventDtoSchema = z
  .object({
    object: z.literal("subscription_event"),
    id: z.string(),
    subscription_id: z.string(),
    type: z.string().meta({ description: "Status changes are named after the state machine's event (pause, resume, schedule_cancel, undo_scheduled_cancel, cancel, expire, trial_ended, payment_failed …, with from_status and to_status); other changes: created, plan_changed, plan_change_scheduled, quantity_changed, quantity_change_scheduled, scheduled_change_canceled, add_on_added, add_on_removed, charge_held, charge_resumed." }),
    from_status: subscriptionStatusSchema.nullable(),
    to_status: subscriptionStatusSchema.nullable().meta({ description: "Null for changes that keep the status." }),
    details: z.record(z.string(), z.unknown()),
    occurred_at: z.string().meta({ description: "On the subscription's clock (its test clock's time when simulated)." }),
    actor: z.string(),
  })
  .meta({ id: "SubscriptionEvent" });
export type SubscriptionEventDto = z.infer<typeof subscriptionEventDtoSchema>;
export const subscriptionEventListSchema = listResponseSchema(subscriptionEventDtoSchema, "SubscriptionEventList");
export const listSubscriptionEventsQuerySchema = paginationQuerySchema;

export const scheduledChangeDtoSchema = z
  .object({
    object: z.literal("scheduled_change"),
    id: z.string(),
    subscription_id: z.string(),
    kind: z.enum(["plan_change", "cancel"]),
    status: z.enum(["pending", "applied", "canceled"]),
    effective_at: z.string(),
    details: z
      .record(z.string(), z.unknown())
      .meta({ description: "plan_change: plan_id, plan_version_id, currency, quantities, add_ons; cancel: reason." }),
    created_at: z.string(),
    updated_at: z.string(),
  })
  .meta({ id: "ScheduledChange" });
export type ScheduledChangeDto = z.infer<typeof scheduledChangeDtoSchema>;
export const scheduledChangeListSchema = listResponseSchema(scheduledChangeDtoSchema, "ScheduledChangeList");
