import { z } from "zod";
import { listResponseSchema, paginationQuerySchema, requiredText } from "./common";
import { normalizeDecimal } from "./coupon";
import { isCountryCode } from "./customer";
import { booleanQuery, codeSortSchema } from "./list-query";

const text = requiredText;

const PERCENTAGE = /^\d{1,2}(?:\.\d{1,6})?$/;
const IMMUTABLE = "cannot change after creation: create a new tax rate and archive this one.";

export const taxRateCodeSchema = z
  .string({ error: (issue) => (issue.input === undefined ? "code is required." : "code must be a string.") })
  .trim()
  .min(1, { error: "code must be 1 to 64 characters." })
  .max(64, { error: "code must be 1 to 64 characters." })
  .regex(/^[A-Za-z0-9_.-]+$/, { error: "code may use letters, digits, '_', '.' and '-' only." })
  .meta({ description: "Your stable identifier for the rate; unique.", example: "FR-VAT-20" });

const countrySchema = z
  .string({ error: "country must be a string." })
  .refine(isCountryCode, { error: "country must be an ISO 3166-1 alpha-2 code in upper case, e.g. FR." })
  .meta({ description: "ISO 3166-1 alpha-2; null: any country.", example: "FR" });

const fields = {
  name: text("name", 100).meta({ description: "Shown on invoices, e.g. \"VAT\".", example: "VAT" }),
  percentage: z
    .string({ error: "percentage must be a decimal string such as \"19\" or \"6.25\"." })
    .trim()
    .regex(PERCENTAGE, { error: "percentage must be at least 0 and below 100, with at most 6 decimals, e.g. \"6.25\"." })
    .transform(normalizeDecimal)
    .meta({ description: "At least 0 and below 100, up to 6 decimals; immutable.", example: "20" }),
  inclusive: z.boolean({ error: "inclusive must be true or false." }).meta({ description: "The tax is already contained in prices; immutable." }),
  country: countrySchema,
  region: text("region", 100).meta({ description: "State, province or county; matched against the billing address's region." }),
  applies_by_default: z
    .boolean({ error: "applies_by_default must be true or false." })
    .meta({ description: "Applied to customers in its country (and region) who have no tax rates of their own." }),
};

export const createTaxRateSchema = z
  .object({
    code: taxRateCodeSchema,
    name: fields.name,
    percentage: fields.percentage,
    inclusive: fields.inclusive.default(false),
    country: fields.country.optional(),
    region: fields.region.optional(),
    applies_by_default: fields.applies_by_default.default(false),
  })
  .strict()
  .refine((value) => value.region === undefined || value.country !== undefined, { path: ["region"], error: "region needs a country." })
  .meta({ id: "CreateTaxRateRequest" });
export type CreateTaxRateInput = z.infer<typeof createTaxRateSchema>;

export const updateTaxRateSchema = z
  .object({
    name: fields.name.optional(),
    country: fields.country.nullable().optional(),
    region: fields.region.nullable().optional(),
    applies_by_default: fields.applies_by_default.optional(),
    percentage: z.never({ error: `percentage ${IMMUTABLE}` }).optional(),
    inclusive: z.never({ error: `inclusive ${IMMUTABLE}` }).optional(),
  })
  .strict()
  .meta({
    id: "UpdateTaxRateRequest",
    description: "Only the fields sent change; null clears. percentage and inclusive are immutable: a rate change is a new tax rate (invoices keep the one they used).",
  });
export type UpdateTaxRateInput = z.infer<typeof updateTaxRateSchema>;

export const taxRateStatusSchema = z.enum(["active", "archived"]);

export const listTaxRatesQuerySchema = paginationQuerySchema.extend({
  q: z.string().trim().min(1).max(200).optional().meta({ description: "Case-insensitive search in code and name." }),
  country: countrySchema.optional().meta({ description: "Exact country (ISO 3166-1 alpha-2)." }),
  inclusive: booleanQuery("inclusive").optional(),
  status: taxRateStatusSchema.optional(),
  sort: codeSortSchema,
});
export type ListTaxRatesQuery = z.infer<typeof listTaxRatesQuerySchema>;

export const taxRateIdParamsSchema = z.object({ taxRateId: z.string().min(1).meta({ description: "The tax rate's id (`txr_…`)." }) });
export const taxRateCodeParamsSchema = z.object({ code: z.string().min(1).max(64).meta({ description: "The tax rate's code." }) });

export const taxRateDtoSchema = z
  .object({
    object: z.literal("tax_rate"),
    id: z.string().meta({ example: "txr_01jd9x6f8v3k2m4n5p6q7r8s9t" }),
    code: z.string(),
    name: z.string(),
    percentage: z.string().meta({ example: "20" }),
    inclusive: z.boolean(),
    country: z.string().nullable(),
    region: z.string().nullable(),
    applies_by_default: z.boolean(),
    status: taxRateStatusSchema,
    archived_at: z.string().nullable().meta({ format: "date-time" }),
    created_at: z.string().meta({ format: "date-time" }),
    updated_at: z.string().meta({ format: "date-time" }),
  })
  .meta({ id: "TaxRate" });
export type TaxRateDto = z.infer<typeof taxRateDtoSchema>;
export const taxRateListSchema = listResponseSchema(taxRateDtoSchema, "TaxRateList");

export const setCustomerTaxRatesSchema = z
  .object({
    tax_rate_ids: z
      .array(z.string().min(1), { error: "tax_rate_ids must be an array of tax rate ids." })
      .max(10, { error: "A customer has at most 10 tax rates." })
      .refine((ids) => new Set(ids).size === ids.length, { error: "tax_rate_ids lists a rate twice." })
      .meta({ description: "Replaces the customer's rates; empty: back to the default rates of their country." }),
  })
  .strict()
  .meta({ id: "SetCustomerTaxRatesRequest" });
export type SetCustomerTaxRatesInput = z.infer<typeof setCustomerTaxRatesSchema>;

export const customerTaxRatesDtoSchema = z
  .object({
    object: z.literal("customer_tax_rates"),
    customer_id: z.string(),
    tax_rates: z.array(taxRateDtoSchema).meta({ description: "The customer's own rates (replacing the defaults)." }),
  })
  .meta({ id: "CustomerTaxRates" });
export type CustomerTaxRatesDto = z.infer<typeof customerTaxRatesDtoSchema>;
