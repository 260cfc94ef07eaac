import { z } from "zod";

export const entitlementDtoSchema = z.object({
  feature_id: z.string(),
  code: z.string(),
  name: z.string(),
  type: z.enum(["boolean", "limit"]),
  enabled: z.literal(true),
  limit: z.string().nullable().meta({ description: "limit features: the highest limit among the customer's plans; null = unlimited (or a boolean feature)." }),
});
export type EntitlementDto = z.infer<typeof entitlementDtoSchema>;

export const reachedUsageLimitDtoSchema = z
  .object({
    usage_limit_id: z.string(),
    name: z.string().nullable(),
    meter_id: z.string(),
    meter_code: z.string(),
    threshold: z.string().meta({ description: "The quantity reached, in the meter's units (a percentage limit's as computed when it was reached)." }),
    action: z.enum(["warning", "disable"]),
    quantity: z.string().meta({ description: "The period's usage when the limit was found reached." }),
    period_start: z.string().meta({ format: "date-time" }),
    period_end: z.string().meta({ format: "date-time", description: "Exclusive: a disable limit stops applying then." }),
    reached_at: z.string().meta({ format: "date-time" }),
  })
  .meta({ id: "ReachedUsageLimit" });
export type ReachedUsageLimitDto = z.infer<typeof reachedUsageLimitDtoSchema>;

export const customerEntitlementsDtoSchema = z
  .object({
    object: z.literal("customer_entitlements"),
    customer_id: z.string(),
    customer_disabled: z.boolean().meta({
      description: "A disabled (or archived) customer, or one that reached a `disable` usage limit in its current period, is granted nothing. Enforcing it is the client's job: usage events are still accepted.",
    }),
    disabled_reason: z.enum(["customer_status", "usage_limit"]).nullable().meta({
      description: "customer_status: the customer is disabled or archived; usage_limit: a `disable` usage limit was reached (see usage_limits_reached); null when not disabled.",
    }),
    usage_limits_reached: z.array(reachedUsageLimitDtoSchema).meta({ description: "The customer's active usage limits reached in their current period (warning and disable)." }),
    features: z.array(entitlementDtoSchema).meta({ description: "Features granted by the plan versions of the customer's trialing, active and past_due subscriptions, by code." }),
  })
  .meta({ id: "CustomerEntitlements" });
export type CustomerEntitlementsDto = z.infer<typeof customerEntitlementsDtoSchema>;
