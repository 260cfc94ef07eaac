import { z } from "zod";
import { isCurrencyCode } from "../billing/currency";
import { auditLogDtoSchema } from "./audit-log";
import { emailSchema, listResponseSchema, paginationQuerySchema, requiredText } from "./common";
import { metadataPatchSchema, metadataSchema, withMetadataQuery } from "./metadata";

const regionNames = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" });
/** ISO 3166-1 alpha-2, upper case: `FR`, `US` (ICU's region table; `ZZ` "Unknown Region" is refused). */
export const isCountryCode = (code: string) => /^[A-Z]{2}$/.test(code) && code !== "ZZ" && regionNames.of(code) !== undefined;

const text = requiredText;

export const addressSchema = z
  .object({
    line1: text("line1", 200),
    line2: text("line2", 200).optional(),
    city: text("city", 100),
    postal_code: text("postal_code", 20).optional(),
    region: text("region", 100).optional().meta({ description: "State, province or county." }),
    country: z
      .string({ error: "country is required." })
      .refine(isCountryCode, { error: "country must be an ISO 3166-1 alpha-2 code in upper case, e.g. FR." })
      .meta({ description: "ISO 3166-1 alpha-2 country code.", example: "FR" }),
  })
  .strict()
  .meta({ id: "Address" });
export type AddressInput = z.infer<typeof addressSchema>;

const currencySchema = z
  .string({ error: "preferred_currency must be a string." })
  .refine(isCurrencyCode, { error: "preferred_currency must be an ISO 4217 currency code in upper case, e.g. EUR." })
  .meta({ description: "ISO 4217 code used by default for this customer's prices and invoices.", example: "EUR" });


export const customerTypeSchema = z.enum(["company", "individual"]);
export const customerStatusSchema = z.enum(["active", "disabled", "archived"]);
export const contactRoleSchema = z.enum(["billing", "technical", "other"]);

// Field definitions shared by create (defaults applied) and update (PATCH: absent = unchanged, null = cleared), and by groups.
export const customerFields = {
  name: text("name", 200).meta({ description: "Company or person name." }),
  email: emailSchema,
  type: customerTypeSchema,
  external_ref: text("external_ref", 255).meta({ description: "Your id for this customer; unique across customers." }),
  phone: text("phone", 40),
  locale: z
    .string()
    .regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, { error: "locale must look like `en` or `fr-FR`." })
    .meta({ description: "Language of invoices and emails (BCP 47 subset).", example: "fr-FR" }),
  preferred_currency: currencySchema,
  tax_id: text("tax_id", 64).meta({ description: "VAT number or other tax identifier." }),
  tax_exempt: z.boolean({ error: "tax_exempt must be true or false." }),
  reverse_charge: z
    .boolean({ error: "reverse_charge must be true or false." })
    .meta({ description: "B2B reverse charge: the buyer accounts for the tax. Only allowed with a `tax_id` (422 otherwise)." }),
  group_id: z
    .string({ error: "group_id must be a string." })
    .min(1, { error: "group_id must not be empty." })
    .meta({ description: "The customer group (`cgrp_…`) whose defaults fill this customer's unset settings; must exist and not be archived." }),
  billing_address: addressSchema,
  shipping_address: addressSchema,
  payment_terms_days: z
    .number({ error: "payment_terms_days must be a whole number from 0 to 365." })
    .int({ error: "payment_terms_days must be a whole number from 0 to 365." })
    .min(0, { error: "payment_terms_days must be a whole number from 0 to 365." })
    .max(365, { error: "payment_terms_days must be a whole number from 0 to 365." })
    .meta({ description: "Days between an invoice's issue date and its due date (0 = due on receipt)." }),
  notes: text("notes", 5000).meta({ description: "Internal notes; never shown to the customer." }),
};

export const createCustomerSchema = z
  .object({
    name: customerFields.name,
    email: customerFields.email.optional(),
    type: customerFields.type.default("company"),
    external_ref: customerFields.external_ref.optional(),
    phone: customerFields.phone.optional(),
    locale: customerFields.locale.default("en"),
    preferred_currency: customerFields.preferred_currency.optional(),
    tax_id: customerFields.tax_id.optional(),
    tax_exempt: customerFields.tax_exempt.default(false),
    reverse_charge: customerFields.reverse_charge.default(false),
    group_id: customerFields.group_id.optional(),
    billing_address: customerFields.billing_address.optional(),
    shipping_address: customerFields.shipping_address.optional(),
    payment_terms_days: customerFields.payment_terms_days.default(0),
    metadata: metadataSchema.default({}),
    notes: customerFields.notes.optional(),
  })
  .strict()
  .meta({ id: "CreateCustomerRequest" });
export type CreateCustomerInput = z.infer<typeof createCustomerSchema>;

export const updateCustomerSchema = z
  .object({
    name: customerFields.name.optional(),
    email: customerFields.email.nullable().optional(),
    type: customerFields.type.optional(),
    external_ref: customerFields.external_ref.nullable().optional(),
    phone: customerFields.phone.nullable().optional(),
    locale: customerFields.locale.optional(),
    preferred_currency: customerFields.preferred_currency.nullable().optional(),
    tax_id: customerFields.tax_id.nullable().optional(),
    tax_exempt: customerFields.tax_exempt.optional(),
    reverse_charge: customerFields.reverse_charge.optional(),
    group_id: customerFields.group_id.nullable().optional(),
    billing_address: customerFields.billing_address.nullable().optional(),
    shipping_address: customerFields.shipping_address.nullable().optional(),
    payment_terms_days: customerFields.payment_terms_days.optional(),
    metadata: metadataPatchSchema.optional(),
    notes: customerFields.notes.nullable().optional(),
  })
  .strict()
  .meta({ id: "UpdateCustomerRequest", description: "Only the fields sent change; null clears an optional field." });
export type UpdateCustomerInput = z.infer<typeof updateCustomerSchema>;

/** The list filters, without `metadata[key]=value` (documented separately: OpenAPI describes it as a deepObject). */
export const CUSTOMER_SORTS = ["name", "-name", "created_at", "-created_at", "account_number", "-account_number"] as const;
export const customerSortSchema = z.enum(CUSTOMER_SORTS, {
  error: `sort must be one of ${CUSTOMER_SORTS.join(", ")}.`,
});
export type CustomerSort = z.infer<typeof customerSortSchema>;

export const listCustomersQueryObjectSchema = paginationQuerySchema.extend({
  q: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .optional()
    .meta({ description: "Case-insensitive search in name, email and external_ref; `key=value` also matches customers whose metadata has that exact pair." }),
  status: customerStatusSchema.optional(),
  country: z
    .string()
    .refine(isCountryCode, { error: "country must be an ISO 3166-1 alpha-2 code in upper case, e.g. FR." })
    .optional()
    .meta({ description: "Billing address country (ISO 3166-1 alpha-2)." }),
  external_ref: z.string().min(1).max(255).optional().meta({ description: "Exact external reference." }),
  group_id: z.string().min(1).optional().meta({ description: "Members of this customer group (`cgrp_…`)." }),
  sort: customerSortSchema
    .optional()
    .meta({ description: "Order of the list: a field, descending with a leading `-`; ties are broken by id. Default: newest first." }),
  starting_after: z
    .string()
    .min(1)
    .optional()
    .meta({ description: "The `next_cursor` of the previous page, requested with the same `sort`." }),
});


export const listCustomersQuerySchema = withMetadataQuery(listCustomersQueryObjectSchema);
export type ListCustomersQuery = z.infer<typeof listCustomersQuerySchema>;

export const customerIdParamsSchema = z.object({ customerId: z.string().min(1).meta({ description: "The customer's id (`cus_…`)." }) });
export const externalRefParamsSchema = z.object({ externalRef: z.string().min(1).max(255).meta({ description: "Your external reference." }) });
export const contactParamsSchema = customerIdParamsSchema.extend({
  contactId: z.string().min(1).meta({ description: "The contact's id (`cct_…`)." }),
});

const addressDtoSchema = z.object({
  line1: z.string(),
  line2: z.string().nullable(),
  city: z.string(),
  postal_code: z.string().nullable(),
  region: z.string().nullable(),
  country: z.string(),
});
export type AddressDto = z.infer<typeof addressDtoSchema>;

export const effectiveCustomerSettingsDtoSchema = z
  .object({
    payment_terms_days: z.number().int(),
    preferred_currency: z.string().nullable(),
    locale: z.string(),
    tax_exempt: z.boolean(),
  })
  .meta({
    id: "EffectiveCustomerSettings",
    description:
      "The settings billing uses: the customer's own value, or its group's default where the customer's is unset (null currency; locale `en`, payment terms 0 and tax_exempt false are the column defaults and count as unset).",
  });
export type EffectiveCustomerSettingsDto = z.infer<typeof effectiveCustomerSettingsDtoSchema>;

export const customerDtoSchema = z
  .object({
    object: z.literal("customer"),
    id: z.string().meta({ example: "cus_01jd9x6f8v3k2m4n5p6q7r8s9t" }),
    account_number: z.string().meta({ description: "Sequential, human-friendly number.", example: "C-000123" }),
    name: z.string(),
    email: z.string().nullable(),
    type: customerTypeSchema,
    external_ref: z.string().nullable(),
    phone: z.string().nullable(),
    locale: z.string(),
    preferred_currency: z.string().nullable(),
    tax_id: z.string().nullable(),
    tax_exempt: z.boolean(),
    reverse_charge: z.boolean(),
    group_id: z.string().nullable(),
    billing_address: addressDtoSchema.nullable(),
    shipping_address: addressDtoSchema.nullable(),
    payment_terms_days: z.number().int(),
    metadata: z.record(z.string(), z.string()),
    notes: z.string().nullable(),
    status: customerStatusSchema.meta({ description: "active; disabled (kept, but no new billing); archived (read-only, final)." }),
    disabled_at: z.string().nullable().meta({ format: "date-time" }),
    archived_at: z.string().nullable().meta({ format: "date-time" }),
    anonymized_at: z
      .string()
      .nullable()
      .meta({ format: "date-time", description: "When the personal fields were erased (POST /customers/{id}/anonymize); null if never." }),
    effective: effectiveCustomerSettingsDtoSchema,
    created_at: z.string().meta({ format: "date-time" }),
    updated_at: z.string().meta({ format: "date-time" }),
  })
  .meta({ id: "Customer" });
export type CustomerDto = z.infer<typeof customerDtoSchema>;

export const customerListSchema = listResponseSchema(customerDtoSchema, "CustomerList");

/** disable / enable / archive: an optional reason, kept in the customer's history. */
export const customerStatusChangeSchema = z
  .object({ reason: text("reason", 500).optional().meta({ description: "Why; shown in the customer's history (GET /customers/{id}/history)." }) })
  .strict()
  .meta({ id: "CustomerStatusChangeRequest" });
export type CustomerStatusChangeInput = z.infer<typeof customerStatusChangeSchema>;

export const customerStatusChangeDtoSchema = z
  .object({
    object: z.literal("customer_status_change"),
    id: z.string().meta({ description: "The audit log entry's id." }),
    action: z.enum(["create", "disable", "enable", "archive", "anonymize"]),
    from: customerStatusSchema.nullable().meta({ description: "null when the customer was created." }),
    to: customerStatusSchema,
    reason: z.string().nullable(),
    actor: z.string().meta({ description: "Who: an email, `API key <name>` or `system: <job>`." }),
    created_at: z.string().meta({ format: "date-time" }),
  })
  .meta({ id: "CustomerStatusChange" });
export type CustomerStatusChangeDto = z.infer<typeof customerStatusChangeDtoSchema>;
export const customerHistorySchema = listResponseSchema(customerStatusChangeDtoSchema, "CustomerHistory");

export const createCustomerContactSchema = z
  .object({
    name: customerFields.name.meta({ description: "The contact's name." }),
    email: emailSchema,
    role: contactRoleSchema.default("billing"),
    receives_invoices: z.boolean({ error: "receives_invoices must be true or false." }).default(false),
  })
  .strict()
  .meta({ id: "CreateCustomerContactRequest" });
export type CreateCustomerContactInput = z.infer<typeof createCustomerContactSchema>;

export const customerContactDtoSchema = z
  .object({
    object: z.literal("customer_contact"),
    id: z.string().meta({ example: "cct_01jd9x6f8v3k2m4n5p6q7r8s9t" }),
    customer_id: z.string(),
    name: z.string(),
    email: z.string(),
    role: contactRoleSchema,
    receives_invoices: z.boolean(),
    created_at: z.string().meta({ format: "date-time" }),
  })
  .meta({ id: "CustomerContact" });
export type CustomerContactDto = z.infer<typeof customerContactDtoSchema>;

export const customerContactListSchema = listResponseSchema(customerContactDtoSchema, "CustomerContactList");

export const deletedCustomerContactDtoSchema = z
  .object({ object: z.literal("customer_contact"), id: z.string(), deleted: z.literal(true) })
  .meta({ id: "DeletedCustomerContact" });
export type DeletedCustomerContactDto = z.infer<typeof deletedCustomerContactDtoSchema>;

export const deletedCustomerDtoSchema = z
  .object({ object: z.literal("customer"), id: z.string(), deleted: z.literal(true) })
  .meta({ id: "DeletedCustomer" });
export type DeletedCustomerDto = z.infer<typeof deletedCustomerDtoSchema>;

/** Anonymizing takes no fields. */
export const anonymizeCustomerSchema = z.object({}).strict().meta({ id: "AnonymizeCustomerRequest" });

const timestamp = z.string().meta({ format: "date-time" });

/** Everything Billow stores about one customer (a data subject access request). */
export const customerExportSchema = z
  .object({
    object: z.literal("customer_export"),
    exported_at: timestamp,
    customer: customerDtoSchema,
    contacts: z.array(customerContactDtoSchema),
    tax_rates: z.array(
      z.object({
        id: z.string(),
        code: z.string(),
        name: z.string(),
        percentage: z.string().meta({ description: "Decimal string, e.g. `20.000000`." }),
        inclusive: z.boolean(),
        country: z.string().nullable(),
        region: z.string().nullable(),
      }),
    ),
    price_overrides: z.array(
      z.object({ id: z.string(), charge_id: z.string(), currency: z.string(), properties: z.unknown(), created_at: timestamp, updated_at: timestamp }),
    ),
    subscriptions: z.array(
      z.object({
        id: z.string(),
        plan_id: z.string(),
        plan_version_id: z.string(),
        status: z.string(),
        currency: z.string(),
        created_at: timestamp,
        updated_at: timestamp,
      }),
    ),
    coupon_redemptions: z.array(
      z.object({
        id: z.string(),
        coupon_id: z.string(),
        discount_code_id: z.string().nullable(),
        subscription_id: z.string().nullable(),
        redeemed_at: timestamp,
      }),
    ),
    audit_entries: z.array(auditLogDtoSchema),
  })
  .meta({ id: "CustomerExport" });
export type CustomerExportDto = z.infer<typeof customerExportSchema>;

export const importCustomersQuerySchema = z
  .object({
    dry_run: z
      .enum(["true", "false"], { error: "dry_run must be true or false." })
      .optional()
      .meta({ description: "true: validate only, write nothing." }),
  })
  .strict();

export const customerImportReportSchema = z
  .object({
    object: z.literal("customer_import"),
    dry_run: z.boolean(),
    row_count: z.number().int().meta({ description: "Customer rows in the file (blank lines skipped)." }),
    valid: z.boolean().meta({ description: "true when no row has an error." }),
    errors: z.array(
      z.object({
        row: z.number().int().meta({ description: "CSV record number; the header is row 1." }),
        column: z.string().nullable().meta({ description: "The column at fault, e.g. `email` or `billing_address.country`; null for the whole row or file." }),
        message: z.string(),
      }),
    ),
    customer_ids: z.array(z.string()).meta({ description: "The customers created, in file order (empty for a dry run)." }),
  })
  .meta({ id: "CustomerImportReport" });
export type CustomerImportReport = z.infer<typeof customerImportReportSchema>;

/** The export takes the list's filters and sort, without paging. */
export const exportCustomersQueryObjectSchema = listCustomersQueryObjectSchema.omit({ limit: true, starting_after: true });
export const exportCustomersQuerySchema = withMetadataQuery(exportCustomersQueryObjectSchema);
export type ExportCustomersQuery = z.infer<typeof exportCustomersQuerySchema>;
