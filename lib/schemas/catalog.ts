// Pieces shared by the catalogue's schemas (product families, products, units, features).
import { z } from "zod";
import { paginationQuerySchema, requiredText } from "./common";

/** A required, trimmed, non-empty string of at most `max` characters, with messages naming the field. */
export const text = requiredText;

/** The caller's stable identifier: a lower-case slug, unique per resource type. */
export const codeSchema = z
  .string({ error: (issue) => (issue.input === undefined ? "code is required." : "code must be a string.") })
  .trim()
  .min(1, { error: "code must not be empty." })
  .max(64, { error: "code must be at most 64 characters." })
  .regex(/^[a-z0-9][a-z0-9_-]*$/, { error: "code may use lower-case letters, digits, '-' and '_', starting with a letter or digit." })
  .meta({ description: "Your stable identifier (a lower-case slug), unique per resource type.", example: "pro-monthly" });

export const nameSchema = text("name", 200);
export const descriptionSchema = text("description", 2000);

export const archiveStatusSchema = z.enum(["active", "archived"]);
export type ArchiveStatus = z.infer<typeof archiveStatusSchema>;

export const CATALOG_SORTS = ["-created_at", "created_at", "code", "-code", "name", "-name"] as const;
export const catalogSortSchema = z
  .enum(CATALOG_SORTS, { error: `sort must be one of ${CATALOG_SORTS.join(", ")}.` })
  .default("-created_at")
  .meta({ description: "Sort field; a leading `-` sorts descending. Default: newest first." });
export type CatalogSort = z.infer<typeof catalogSortSchema>;

/** q, status and sort: the filters every catalogue list shares, on top of cursor pagination. */
export const catalogListQuerySchema = paginationQuerySchema.extend({
  q: z.string().trim().min(1).max(200).optional().meta({ description: "Case-insensitive search in code and name." }),
  status: archiveStatusSchema.optional().meta({ description: "Only active or only archived objects (default: both)." }),
  sort: catalogSortSchema,
});

export const codeParamsSchema = z.object({ code: z.string().min(1).max(64).meta({ description: "The object's code." }) });

/** archive / unarchive take no fields. */
export const archiveChangeSchema = z.object({}).strict().meta({ id: "ArchiveChangeRequest" });

/** Fields of every catalogue DTO that can be archived. */
export const archivableDtoFields = {
  status: archiveStatusSchema.meta({ description: "archived objects stay readable but cannot be used anew." }),
  archived_at: z.string().nullable().meta({ format: "date-time" }),
  created_at: z.string().meta({ format: "date-time" }),
  updated_at: z.string().meta({ format: "date-time" }),
};
