// The per-model properties of a charge (snake_case, as the API spells them), shared by the inline
// price preview, plan charges (one set per currency) and price overrides. They mirror the rating
// engine's ChargeModel (lib/billing/pricing/types.ts); lib/services/pricing/charge-properties.ts maps
// between the two spellings.
import { z } from "zod";

/** Decimal amounts travel as strings (exact); plain JSON numbers are accepted and converted. */
export const decimalString = (description: string) =>
  z
    .union([z.string(), z.number()])
    .transform((value) => String(value))
    .pipe(z.string().regex(/^-?\d+(\.\d+)?$/, { error: "Use a decimal number such as \"12.5\" (no exponent)." }))
    .meta({ description, example: "12.50" });

export const CHARGE_MODELS = ["flat", "per_unit", "per_seat", "graduated", "volume", "package", "percentage"] as const;
export const chargeModelSchema = z.enum(CHARGE_MODELS, { error: `model must be one of ${CHARGE_MODELS.join(", ")}.` });
export type ChargeModelName = z.infer<typeof chargeModelSchema>;

export const tierSchema = z
  .object({
    up_to: decimalString("Inclusive upper bound of units in this tier; null for the last, open-ended tier.").nullable(),
    unit_price: decimalString("Price per unit in this tier, in major units."),
    flat_fee: decimalString("Charged once when any unit falls in this tier.").optional(),
  })
  .strict();

/** Period bounds every model accepts. */
export const spendFields = {
  minimum_spend: decimalString("Period minimum: the charge is raised to it.").optional(),
  maximum_spend: decimalString("Period maximum: the charge is capped at it.").optional(),
};

const tiers = z.array(tierSchema).min(1, { error: "At least one tier is required." }).max(50, { error: "At most 50 tiers." });

/** Each model's own properties (without `model`, currency or spend bounds). */
export const MODEL_PROPERTY_FIELDS = {
  flat: { amount: decimalString("The fixed amount.") },
  per_unit: { unit_price: decimalString("Price per unit.") },
  per_seat: { unit_price: decimalString("Price per seat.") },
  graduated: { tiers },
  volume: { tiers },
  package: {
    package_size: decimalString("Units per package (a whole number)."),
    package_price: decimalString("Price per started package."),
    free_units: decimalString("Units free before packages count.").optional(),
  },
  percentage: {
    rate: decimalString("Percent of each transaction amount, e.g. 2.9."),
    fixed_fee_per_transaction: decimalString("Added to each transaction's fee.").optional(),
    free_transactions: z.number().int().min(0).optional(),
    min_per_transaction: decimalString("Lowest fee per transaction.").optional(),
    max_per_transaction: decimalString("Highest fee per transaction.").optional(),
  },
} as const satisfies Record<ChargeModelName, z.ZodRawShape>;

/** A model's properties in one currency, spend bounds included: what a plan charge holds per currency. */
export const modelPropertiesSchema = <M extends ChargeModelName>(model: M) =>
  z.object({ ...MODEL_PROPERTY_FIELDS[model], ...spendFields }).strict();

export type ModelPropertiesInput = z.infer<ReturnType<typeof modelPropertiesSchema<ChargeModelName>>>;

/** The model's properties as returned by the API (loose: every model's fields, snake_case). */
export const modelPropertiesDtoSchema = z
  .record(z.string(), z.unknown())
  .meta({ id: "ChargeModelProperties", description: "The pricing model's properties in one currency (e.g. `amount`, `unit_price`, `tiers`), as in ChargeDefinition." });
export type ModelPropertiesDto = Record<string, unknown>;

/**
 * Parses a body that takes one of two shapes depending on which key it carries, keeping the
 * chosen schema's precise issues (a plain union would report only "invalid input").
 */
export function schemaByKey<A extends z.ZodType, B extends z.ZodType>(key: string, withKey: B, withoutKey: A) {
  return z.unknown().transform((value, context): z.output<A> | z.output<B> => {
    const schema: z.ZodType = typeof value === "object" && value !== null && key in value ? withKey : withoutKey;
    const parsed = schema.safeParse(value);
    if (parsed.success) return parsed.data as z.output<A> | z.output<B>;
    for (const issue of parsed.error.issues) context.addIssue(issue as Parameters<typeof context.addIssue>[0]);
    return z.NEVER;
  });
}
