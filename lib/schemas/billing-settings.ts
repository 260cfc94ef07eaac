// The account's billing settings (seller identity, document numbering, draft review): input and DTO.
import { z } from "zod";
import { BillingError } from "../billing/errors";
import { parseInvoiceNumberFormat } from "../billing/invoice-number";
import { isValidTimeZone } from "../billing/zoned-time";
import { emailSchema } from "./common";
import { addressSchema } from "./customer";

/** A number format as lib/billing/invoice-number.ts parses it; its refusal is the field's message. */
const numberFormat = (field: string, example: string) =>
  z
    .string({ error: `${field} must be a string.` })
    .trim()
    .superRefine((format, context) => {
      try {
        parseInvoiceNumberFormat(format);
      } catch (error) {
        if (!(error instanceof BillingError)) throw error;
        context.addIssue({ code: "custom", message: error.message });
      }
    })
    .meta({ description: `Tokens {YYYY}, {YY}, {MM}, {DD} and one sequence {0000} (its width pads the number). The sequence restarts whenever the filled-in date part changes.`, example });

export const updateBillingSettingsSchema = z
  .object({
    seller_name: z.string({ error: "seller_name must be a string." }).trim().max(200, { error: "seller_name must be at most 200 characters." }),
    seller_address: addressSchema.nullable(),
    seller_tax_id: z.string().trim().max(50, { error: "seller_tax_id must be at most 50 characters." }).nullable(),
    seller_email: emailSchema.nullable(),
    invoice_number_format: numberFormat("invoice_number_format", "INV-{YYYY}-{00000}"),
    credit_note_number_format: numberFormat("credit_note_number_format", "CN-{YYYY}-{00000}"),
    draft_grace_hours: z
      .number({ error: "draft_grace_hours must be a whole number of hours." })
      .int({ error: "draft_grace_hours must be a whole number of hours." })
      .min(0, { error: "draft_grace_hours must be 0 or more." })
      .max(720, { error: "draft_grace_hours must be at most 720 (30 days)." })
      .meta({ description: "Hours a generated invoice stays a draft for review before it is finalized; 0 finalizes at once." }),
    default_time_zone: z
      .string()
      .refine(isValidTimeZone, { error: "default_time_zone must be an IANA time zone, e.g. Europe/Paris." })
      .meta({ description: "The zone whose calendar dates the document numbers (e.g. the year of {YYYY})." }),
  })
  .partial()
  .strict()
  .meta({ id: "UpdateBillingSettings", description: "Only the fields given change." });
export type UpdateBillingSettingsInput = z.infer<typeof updateBillingSettingsSchema>;

export const billingSettingsDtoSchema = z
  .object({
    object: z.literal("billing_settings"),
    seller_name: z.string(),
    seller_address: z.record(z.string(), z.string()).nullable(),
    seller_tax_id: z.string().nullable(),
    seller_email: z.string().nullable(),
    invoice_number_format: z.string(),
    credit_note_number_format: z.string(),
    draft_grace_hours: z.number().int(),
    default_time_zone: z.string(),
    updated_at: z.string(),
  })
  .meta({ id: "BillingSettings" });
export type BillingSettingsDto = z.infer<typeof billingSettingsDtoSchema>;
