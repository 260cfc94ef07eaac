import { z } from "zod";

/** Decimal amounts travel as strings (exact); plain JSON numbers are accepted and converted. */
const decimal = (description: string) =>
  z
    .union([z.string(), z.number()])
    .transform((value) => String(value))
    .pipe(z.string().regex(/^-?\d+(\.\d+)?$/, { error: "Use a decimal number such as \"12.5\" (no exponent)." }))
    .meta({ description, example: "12.50" });

const tierSchema = z
  .object({
    up_to: decimal("Inclusive upper bound of units in this tier; null for the last, open-ended tier.").nullable(),
    unit_price: decimal("Price per unit in this tier, in major units."),
    flat_fee: decimal("Charged once when any unit falls in this tier.").optional(),
  })
  .strict();

const common = {
  currency: z.string().meta({ description: "ISO 4217 code, e.g. EUR.", example: "EUR" }),
  minimum_spend: decimal("Period minimum: the charge is raised to it.").optional(),
  maximum_spend: decimal("Period maximum: the charge is capped at it.").optional(),
};

export const chargeDefinitionSchema = z
  .discriminatedUnion("model", [
    z.object({ model: z.literal("flat"), amount: decimal("The fixed amount."), ...common }).strict(),
    z.object({ model: z.literal("per_unit"), unit_price: decimal("Price per unit."), ...common }).strict(),
    z.object({ model: z.literal("per_seat"), unit_price: decimal("Price per seat."), ...common }).strict(),
    z.object({ model: z.literal("graduated"), tiers: z.array(tierSchema).min(1).max(50), ...common }).strict(),
    z.object({ model: z.literal("volume"), tiers: z.array(tierSchema).min(1).max(50), ...common }).strict(),
    z
      .object({
        model: z.literal("package"),
        package_size: decimal("Units per package (a whole number)."),
        package_price: decimal("Price per started package."),
        free_units: decimal("Units free before packages count.").optional(),
        ...common,
      })
      .strict(),
    z
      .object({
        model: z.literal("percentage"),
        rate: decimal("Percent of each transaction amount, e.g. 2.9."),
        fixed_fee_per_transaction: decimal("Added to each transaction's fee.").optional(),
        free_transactions: z.number().int().min(0).optional(),
        min_per_transaction: decimal("Lowest fee per transaction.").optional(),
        max_per_transaction: decimal("Highest fee per transaction.").optional(),
        ...common,
      })
      .strict(),
  ])
  .meta({ id: "ChargeDefinition", description: "A charge: its pricing model, the model's properties and the currency." });
export type ChargeDefinitionInput = z.infer<typeof chargeDefinitionSchema>;

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
