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

export const customerEntitlementsDtoSchema = z
  .object({
    object: z.literal("customer_entitlements"),
    customer_id: z.string(),
    customer_disabled: z.boolean().meta({ description: "A disabled (or archived) customer is granted nothing." }),
    features: z.array(entitlementDtoSchema).meta({ description: "Features granted by the plan versions of the customer's trialing, active and past_due subscriptions, by code." }),
  })
  .meta({ id: "CustomerEntitlements" });
export type CustomerEntitlementsDto = z.infer<typeof customerEntitlementsDtoSchema>;
