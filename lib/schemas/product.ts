import { z } from "zod";
import { archivableDtoFields, catalogListQuerySchema, codeSchema, descriptionSchema, nameSchema } from "./catalog";
import { listResponseSchema } from "./common";
import { metadataPatchSchema, metadataSchema, withMetadataQuery } from "./metadata";

const familyIdSchema = z
  .string({ error: "family_id must be a string." })
  .min(1, { error: "family_id must not be empty." })
  .meta({ description: "The product family (`pfam_…`); it must exist and be active." });

export const createProductSchema = z
  .object({
    code: codeSchema,
    name: nameSchema,
    description: descriptionSchema.optional(),
    family_id: familyIdSchema.optional(),
    metadata: metadataSchema.default({}),
  })
  .strict()
  .meta({ id: "CreateProductRequest" });
export type CreateProductInput = z.infer<typeof createProductSchema>;

export const updateProductSchema = z
  .object({
    code: codeSchema.optional(),
    name: nameSchema.optional(),
    description: descriptionSchema.nullable().optional(),
    family_id: familyIdSchema.nullable().optional(),
    metadata: metadataPatchSchema.optional(),
  })
  .strict()
  .meta({
    id: "UpdateProductRequest",
    description: "Only the fields sent change; null clears description or family_id. code changes only while no plan uses the product.",
  });
export type UpdateProductInput = z.infer<typeof updateProductSchema>;

/** The list filters, without `metadata[key]=value` (documented separately as a deepObject). */
export const listProductsQueryObjectSchema = catalogListQuerySchema.extend({
  family_id: z.string().min(1).optional().meta({ description: "Only the products of this family (`pfam_…`)." }),
});
export const listProductsQuerySchema = withMetadataQuery(listProductsQueryObjectSchema);
export type ListProductsQuery = z.infer<typeof listProductsQuerySchema>;

export const productIdParamsSchema = z.object({ productId: z.string().min(1).meta({ description: "The product's id (`prod_…`)." }) });

export const productDtoSchema = z
  .object({
    object: z.literal("product"),
    id: z.string().meta({ example: "prod_01jd9x6f8v3k2m4n5p6q7r8s9t" }),
    code: z.string(),
    name: z.string(),
    description: z.string().nullable(),
    family_id: z.string().nullable(),
    metadata: z.record(z.string(), z.string()),
    ...archivableDtoFields,
  })
  .meta({ id: "Product" });
export type ProductDto = z.infer<typeof productDtoSchema>;

export const productListSchema = listResponseSchema(productDtoSchema, "ProductList");

/** A plan as a product's page lists it (read-only; plans have their own resource). */
export const productPlanSummarySchema = z
  .object({
    object: z.literal("plan"),
    id: z.string(),
    code: z.string(),
    name: z.string(),
    status: z.enum(["draft", "active", "inactive", "archived"]),
    created_at: z.string().meta({ format: "date-time" }),
  })
  .meta({ id: "ProductPlanSummary" });
export type ProductPlanSummaryDto = z.infer<typeof productPlanSummarySchema>;
export const productPlanListSchema = listResponseSchema(productPlanSummarySchema, "ProductPlanList");
export const listProductPlansQuerySchema = z.object({}).strict();
