import { z } from "zod";
import { EXCHANGE_RATE_MAX_SCALE } from "../billing/exchange";
import { currencyExponent, isCurrencyCode } from "../billing/currency";
import { fromMajor } from "../billing/money";
import { listResponseSchema, paginationQuerySchema } from "./common";

const currencyCode = (field: string) =>
  z
    .string({ error: `${field} is required.` })
    .refine(isCurrencyCode, { error: `${field} must be an ISO 4217 currency code in upper case, e.g. EUR.` })
    .meta({ example: "EUR" });

// Decimal(24, 12): at most 12 integer and 12 fraction digits.
const RATE = new RegExp(`^(?:0|[1-9]\\d{0,11})(?:\\.\\d{1,${EXCHANGE_RATE_MAX_SCALE}})?$`);
const rateSchema = z
  .string({ error: "rate must be a decimal string, e.g. \"1.0825\"." })
  .regex(RATE, { error: `rate must be a positive decimal string with at most 12 integer digits and ${EXCHANGE_RATE_MAX_SCALE} decimal places, e.g. "1.0825".` })
  .refine((value) => /[1-9]/.test(value), { error: "rate must be greater than zero." })
  .meta({ description: "Units of quote_currency for one unit of base_currency, as a decimal string.", example: "1.0825" });

const instantSchema = (field: string) =>
  z.iso
    .datetime({ offset: true, error: `${field} must be an ISO 8601 date-time with a time zone, e.g. 2026-01-01T00:00:00Z.` })
    .transform((value) => new Date(value));

export const createExchangeRateSchema = z
  .object({
    base_currency: currencyCode("base_currency"),
    quote_currency: currencyCode("quote_currency"),
    rate: rateSchema,
    effective_from: instantSchema("effective_from").optional().meta({ description: "When the rate starts to apply (default: now)." }),
  })
  .strict()
  .refine((input) => input.base_currency !== input.quote_currency, { error: "quote_currency must differ from base_currency.", path: ["quote_currency"] })
  .meta({ id: "CreateExchangeRateRequest", description: "1 base_currency = rate quote_currency from effective_from until the pair's next rate." });
export type CreateExchangeRateInput = z.infer<typeof createExchangeRateSchema>;

export const listExchangeRatesQuerySchema = paginationQuerySchema.extend({
  base_currency: currencyCode("base_currency").optional().meta({ description: "Only rates with this base currency." }),
  quote_currency: currencyCode("quote_currency").optional().meta({ description: "Only rates with this quote currency." }),
});
export type ListExchangeRatesQuery = z.infer<typeof listExchangeRatesQuerySchema>;

export const exchangeRateIdParamsSchema = z.object({ exchangeRateId: z.string().min(1).meta({ description: "The rate's id (`fxr_…`)." }) });

export const exchangeRateDtoSchema = z
  .object({
    object: z.literal("exchange_rate"),
    id: z.string().meta({ example: "fxr_01jd9x6f8v3k2m4n5p6q7r8s9t" }),
    base_currency: z.string(),
    quote_currency: z.string(),
    rate: z.string().meta({ description: "Units of quote_currency for one unit of base_currency.", example: "1.0825" }),
    effective_from: z.string().meta({ format: "date-time" }),
    created_at: z.string().meta({ format: "date-time" }),
  })
  .meta({ id: "ExchangeRate" });
export type ExchangeRateDto = z.infer<typeof exchangeRateDtoSchema>;

export const exchangeRateListSchema = listResponseSchema(exchangeRateDtoSchema, "ExchangeRateList");

export const deletedExchangeRateDtoSchema = z
  .object({ object: z.literal("exchange_rate"), id: z.string(), deleted: z.literal(true) })
  .meta({ id: "DeletedExchangeRate" });
export type DeletedExchangeRateDto = z.infer<typeof deletedExchangeRateDtoSchema>;

export const convertAmountQuerySchema = z
  .object({
    amount: z
      .string({ error: "amount is required." })
      .regex(/^-?\d{1,16}$/, { error: "amount must be a whole number of minor units, e.g. 1999 for EUR 19.99." })
      .transform((value) => BigInt(value))
      .refine((value) => value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER), {
        error: "amount must be a safe integer (at most 2^53 − 1 in magnitude).",
      })
      .meta({ description: "The amount in minor units of `from` (cents for EUR, yen for JPY).", example: "1999" }),
    from: currencyCode("from"),
    to: currencyCode("to"),
    at: instantSchema("at").optional().meta({ description: "The instant whose rate applies (default: now)." }),
  })
  .strict();
export type ConvertAmountQuery = z.infer<typeof convertAmountQuerySchema>;

export const conversionDtoSchema = z
  .object({
    object: z.literal("exchange_rate_conversion"),
    amount: z.number().int().meta({ description: "The amount converted, in minor units of `from`." }),
    from: z.string(),
    converted_amount: z.number().int().meta({ description: "In minor units of `to`, rounded once, half away from zero." }),
    to: z.string(),
    at: z.string().meta({ format: "date-time" }),
    rate: z.string().meta({ description: "The stored rate applied: units of `to` per `from`, or, when `inverted`, units of `from` per `to` (divided by)." }),
    exchange_rate: exchangeRateDtoSchema.nullable().meta({ description: "The stored rate used; null when from = to." }),
    inverted: z.boolean().meta({ description: "True when the stored rate is to → from and was divided by." }),
  })
  .meta({ id: "ExchangeRateConversion" });
export type ConversionDto = z.infer<typeof conversionDtoSchema>;

/**
 * The console's converter: the amount typed in major units ("19.99"), turned into minor units of
 * `from` exactly (more decimals than the currency has is an error, never rounded).
 */
export const convertAmountFormSchema = z
  .object({
    amount: z.string({ error: "amount is required." }).trim().min(1, { error: "Enter an amount." }),
    from: currencyCode("from"),
    to: currencyCode("to"),
    at: instantSchema("at").optional(),
  })
  .strict()
  .transform((input, context) => {
    try {
      const minor = fromMajor(input.amount, input.from).amountMinor;
      if (minor > BigInt(Number.MAX_SAFE_INTEGER) || minor < BigInt(Number.MIN_SAFE_INTEGER)) throw new Error("out of range");
      return { ...input, amount: minor };
    } catch {
      context.addIssue({ code: "custom", path: ["amount"], message: `amount must be a number with at most ${currencyExponent(input.from)} decimal places in ${input.from}, e.g. 19.99.` });
      return z.NEVER;
    }
  });
