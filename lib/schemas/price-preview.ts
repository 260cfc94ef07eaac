import { z } from "zod";
import { decimalString, MODEL_PROPERTY_FIELDS, spendFields, type ChargeModelName } from "./charge-model";

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

export const pricePreviewDtoSchema = z
  .object({
    object: z.literal("price_preview"),
    currency: z.string(),
    amount: z.number().int().meta({ description: "The charge in integer minor units, rounded once (half up)." }),
    amount_decimal: z.string().meta({ description: "The exact amount before rounding, in major units." }),
    breakdown: z.array(
      z.object({
        description: z.string(),
        quantity: z.string(),
        unit_price: z.string().nullable(),
        amount: z.string().meta({ description: "Exact, unrounded, in major units." }),
      }),
    ),
  })
  .meta({ id: "PricePreview" });
export type PricePreviewDto = z.infer<typeof pricePreviewDtoSchema>;

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
