import { z } from "zod";
import { decimalString, MODEL_PROPERTY_FIELDS, schemaByKey, spendFields, type ChargeModelName } from "./charge-model";
import { currencyCodeSchema } from "./plan";

const common = {
  currency: z.string().meta({ description: "ISO 4217 code, e.g. EUR.", example: "EUR" }),
  ...spendFields,
};

const chargeVariant = <M extends ChargeModelName>(model: M) =>
  z.object({ model: z.literal(model), ...MODEL_PROPERTY_FIELDS[model], ...common }).strict();

export const chargeDefinitionSchema = z
  .discriminatedUnion("model", [
    chargeVariant("flat"),
    chargeVariant("per_unit"),
    chargeVariant("per_seat"),
    chargeVariant("graduated"),
    chargeVariant("volume"),
    chargeVariant("package"),
    chargeVariant("percentage"),
  ])
  .meta({ id: "ChargeDefinition", description: "A charge: its pricing model, the model's properties and the currency." });
export type ChargeDefinitionInput = z.infer<typeof chargeDefinitionSchema>;

const decimal = decimalString;

export const createPricePreviewSchema = z
  .object({
    charge: chargeDefinitionSchema,
    quantity: decimal("Units (or seats) to price; for every model but percentage.").optional(),
    transactions: z
      .array(decimal("A transaction amount in major units."))
      .max(10_000)
      .optional()
      .meta({ description: "Transaction amounts, for the percentage model." }),
  })
  .strict()
  .meta({ id: "CreatePricePreviewRequest" });
export type CreatePricePreviewInput = z.infer<typeof createPricePreviewSchema>;

export const createPlanPricePreviewSchema = z
  .object({
    plan_id: z.string({ error: "plan_id must be a string." }).min(1).max(64).meta({ description: "The plan (`plan_…`) to price, in its current version." }),
    currency: currencyCodeSchema.meta({ description: "One of the plan's currencies." }),
    customer_id: z.string().min(1).max(64).optional().meta({ description: "Prices with this customer's (or their group's) price overrides." }),
    quantities: z
      .record(z.string(), decimal("A quantity."))
      .optional()
      .meta({ description: "Charge key → quantity (units, seats, usage). Default: the charge's default_quantity (0 for usage charges). Add-ons count only when given here." }),
    transactions: z
      .record(z.string(), z.array(decimal("A transaction amount in major units.")).max(10_000))
      .optional()
      .meta({ description: "Charge key → transaction amounts, for percentage charges." }),
  })
  .strict()
  .meta({ id: "CreatePlanPricePreviewRequest", description: "Prices every charge of a plan." });
export type CreatePlanPricePreviewInput = z.infer<typeof createPlanPricePreviewSchema>;

/** The body of POST /price_previews: a plan (`plan_id`) or an inline `charge`. */
export const pricePreviewRequestSchema = schemaByKey("plan_id", createPlanPricePreviewSchema, createPricePreviewSchema);
export type PricePreviewRequest = z.infer<typeof pricePreviewRequestSchema>;
/** The same body, for the OpenAPI document (a union documents both shapes). */
export const pricePreviewRequestDocSchema = z.union([createPricePreviewSchema, createPlanPricePreviewSchema]);

const breakdownSchema = z.array(
  z.object({
    description: z.string(),
    quantity: z.string(),
    unit_price: z.string().nullable(),
    amount: z.string().meta({ description: "Exact, unrounded, in major units." }),
  }),
);

export const pricePreviewDtoSchema = z
  .object({
    object: z.literal("price_preview"),
    currency: z.string(),
    amount: z.number().int().meta({ description: "The charge in integer minor units, rounded once (half up)." }),
    amount_decimal: z.string().meta({ description: "The exact amount before rounding, in major units." }),
    breakdown: breakdownSchema,
  })
  .meta({ id: "PricePreview" });
export type PricePreviewDto = z.infer<typeof pricePreviewDtoSchema>;

export const planPricePreviewDtoSchema = z
  .object({
    object: z.literal("plan_price_preview"),
    plan_id: z.string(),
    plan_version: z.number().int(),
    currency: z.string(),
    customer_id: z.string().nullable(),
    amount: z.number().int().meta({ description: "The total of the included charges, in integer minor units (each charge rounded once)." }),
    charges: z.array(
      z.object({
        key: z.string(),
        name: z.string(),
        kind: z.string(),
        model: z.string(),
        add_on: z.boolean(),
        included: z.boolean().meta({ description: "Counted in `amount`: every charge but add-ons not given a quantity or transactions." }),
        price_source: z.enum(["plan", "customer", "customer_group"]).meta({ description: "The list price, or the override that won." }),
        quantity: z.string().nullable().meta({ description: "The quantity priced (null for percentage charges)." }),
        amount: z.number().int().meta({ description: "This charge in integer minor units, rounded once (half up)." }),
        amount_decimal: z.string(),
        breakdown: breakdownSchema,
      }),
    ),
  })
  .meta({ id: "PlanPricePreview" });
export type PlanPricePreviewDto = z.infer<typeof planPricePreviewDtoSchema>;

/** The console's "try it" form: the charge as JSON text, transactions as a comma-separated list. */
export const pricePreviewFormSchema = z
  .object({
    charge_json: z.string().transform((text, context) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        context.addIssue({ code: "custom", message: "The charge definition is not valid JSON." });
        return z.NEVER;
      }
    }),
    quantity: z.string().trim().optional(),
    transactions: z.string().trim().optional(),
  })
  .strict()
  .transform(({ charge_json, quantity, transactions }): z.input<typeof createPricePreviewSchema> => ({
    charge: charge_json as z.input<typeof chargeDefinitionSchema>,
    ...(quantity ? { quantity } : {}),
    ...(transactions ? { transactions: transactions.split(",").map((amount) => amount.trim()) } : {}),
  }))
  .pipe(createPricePreviewSchema);
