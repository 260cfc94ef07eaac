import { z } from "zod";
import { modelPropertiesDtoSchema } from "./charge-model";
import { listResponseSchema, paginationQuerySchema, requiredText } from "./common";
import { currencyCodeSchema } from "./plan";

const id = (field: string) => requiredText(field, 64);

const priceSchema = z
  .record(z.string(), z.unknown(), { error: "price must be an object: the charge model's properties." })
  .meta({ description: "The charge model's properties in `currency` (as in a plan charge's `prices`), validated the same way." });

export const createPriceOverrideSchema = z
  .object({
    charge_id: id("charge_id").meta({ description: "The plan charge (`chg_…`) the price replaces." }),
    customer_id: id("customer_id").optional().meta({ description: "The customer the price is for; or give customer_group_id." }),
    customer_group_id: id("customer_group_id").optional().meta({ description: "The customer group the price is for; or give customer_id." }),
    currency: currencyCodeSchema.meta({ description: "One of the plan version's currencies." }),
    price: priceSchema,
  })
  .strict()
  .superRefine((value, context) => {
    if ((value.customer_id === undefined) === (value.customer_group_id === undefined)) {
      context.addIssue({ code: "custom", path: ["customer_id"], message: "Give exactly one of customer_id and customer_group_id." });
    }
  })
  .meta({ id: "CreatePriceOverrideRequest", description: "A customer's price wins over its group's, which wins over the plan's list price." });
export type CreatePriceOverrideInput = z.infer<typeof createPriceOverrideSchema>;

export const updatePriceOverrideSchema = z.object({ price: priceSchema }).strict().meta({ id: "UpdatePriceOverrideRequest" });
export type UpdatePriceOverrideInput = z.infer<typeof updatePriceOverrideSchema>;

export const listPriceOverridesQuerySchema = paginationQuerySchema.extend({
  plan_id: z.string().min(1).max(64).optional().meta({ description: "Overrides of any charge of any version of this plan." }),
  charge_id: z.string().min(1).max(64).optional(),
  customer_id: z.string().min(1).max(64).optional(),
  customer_group_id: z.string().min(1).max(64).optional(),
});
export type ListPriceOverridesQuery = z.infer<typeof listPriceOverridesQuerySchema>;

export const priceOverrideIdParamsSchema = z.object({ priceOverrideId: z.string().min(1).meta({ description: "The override's id (`povr_…`)." }) });

export const priceOverrideDtoSchema = z
  .object({
    object: z.literal("price_override"),
    id: z.string().meta({ example: "povr_01jd9x6f8v3k2m4n5p6q7r8s9t" }),
    charge_id: z.string(),
    charge_key: z.string(),
    plan_id: z.string(),
    plan_version: z.number().int(),
    model: z.string(),
    customer_id: z.string().nullable(),
    customer_group_id: z.string().nullable(),
    currency: z.string(),
    price: modelPropertiesDtoSchema,
    created_at: z.string().meta({ format: "date-time" }),
    updated_at: z.string().meta({ format: "date-time" }),
  })
  .meta({ id: "PriceOverride" });
export type PriceOverrideDto = z.infer<typeof priceOverrideDtoSchema>;

export const priceOverrideListSchema = listResponseSchema(priceOverrideDtoSchema, "PriceOverrideList");

export const deletedPriceOverrideDtoSchema = z
  .object({ object: z.literal("price_override"), id: z.string(), deleted: z.literal(true) })
  .meta({ id: "DeletedPriceOverride" });
export type DeletedPriceOverrideDto = z.infer<typeof deletedPriceOverrideDtoSchema>;
