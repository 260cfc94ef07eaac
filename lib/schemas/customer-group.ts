import { z } from "zod";
import { listResponseSchema, paginationQuerySchema, requiredText } from "./common";
import { customerFields } from "./customer";

const text = requiredText;

const code = z
  .string({ error: (issue) => (issue.input === undefined ? "code is required." : "code must be a string.") })
  .trim()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/, { error: "code must be 1 to 64 letters, digits, '_', '.' or '-', starting with a letter or digit." })
  .meta({ description: "Your stable identifier for the group; unique, and fixed once created.", example: "resellers-eu" });

// Defaults are nullable: null means "no default", the member keeps its own value.
const defaults = {
  payment_terms_days: customerFields.payment_terms_days.meta({ description: "Default payment terms of members that have none (0)." }),
  preferred_currency: customerFields.preferred_currency.meta({ description: "Default currency of members that have none." }),
  locale: customerFields.locale.meta({ description: "Default locale of members left at `en`." }),
  tax_exempt: customerFields.tax_exempt.meta({ description: "true makes every member tax exempt." }),
};

export const createCustomerGroupSchema = z
  .object({
    code,
    name: text("name", 200),
    description: text("description", 2000).optional(),
    payment_terms_days: defaults.payment_terms_days.optional(),
    preferred_currency: defaults.preferred_currency.optional(),
    locale: defaults.locale.optional(),
    tax_exempt: defaults.tax_exempt.optional(),
  })
  .strict()
  .meta({ id: "CreateCustomerGroupRequest" });
export type CreateCustomerGroupInput = z.infer<typeof createCustomerGroupSchema>;

export const updateCustomerGroupSchema = z
  .object({
    name: text("name", 200).optional(),
    description: text("description", 2000).nullable().optional(),
    payment_terms_days: defaults.payment_terms_days.nullable().optional(),
    preferred_currency: defaults.preferred_currency.nullable().optional(),
    locale: defaults.locale.nullable().optional(),
    tax_exempt: defaults.tax_exempt.nullable().optional(),
  })
  .strict()
  .meta({ id: "UpdateCustomerGroupRequest", description: "Only the fields sent change; null clears a default. The code cannot change." });
export type UpdateCustomerGroupInput = z.infer<typeof updateCustomerGroupSchema>;

export const listCustomerGroupsQuerySchema = paginationQuerySchema.extend({
  q: z.string().trim().min(1).max(200).optional().meta({ description: "Case-insensitive search in code and name." }),
  status: z.enum(["active", "archived"]).optional().meta({ description: "Only active or only archived groups (default: both)." }),
});
export type ListCustomerGroupsQuery = z.infer<typeof listCustomerGroupsQuerySchema>;

export const customerGroupIdParamsSchema = z.object({ groupId: z.string().min(1).meta({ description: "The group's id (`cgrp_…`)." }) });
export const customerGroupCodeParamsSchema = z.object({ code: z.string().min(1).max(64).meta({ description: "The group's code." }) });

export const customerGroupDtoSchema = z
  .object({
    object: z.literal("customer_group"),
    id: z.string().meta({ example: "cgrp_01jd9x6f8v3k2m4n5p6q7r8s9t" }),
    code: z.string(),
    name: z.string(),
    description: z.string().nullable(),
    payment_terms_days: z.number().int().nullable(),
    preferred_currency: z.string().nullable(),
    locale: z.string().nullable(),
    tax_exempt: z.boolean().nullable(),
    member_count: z.number().int().meta({ description: "Customers in the group (list them with GET /customers?group_id=)." }),
    archived_at: z.string().nullable().meta({ format: "date-time" }),
    created_at: z.string().meta({ format: "date-time" }),
    updated_at: z.string().meta({ format: "date-time" }),
  })
  .meta({ id: "CustomerGroup" });
export type CustomerGroupDto = z.infer<typeof customerGroupDtoSchema>;

export const customerGroupListSchema = listResponseSchema(customerGroupDtoSchema, "CustomerGroupList");

/** Archiving takes no fields. */
export const archiveCustomerGroupSchema = z.object({}).strict().meta({ id: "ArchiveCustomerGroupRequest" });
