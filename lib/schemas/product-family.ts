import { z } from "zod";
import { codeSchema, catalogListQuerySchema, descriptionSchema, archivableDtoFields, nameSchema } from "./catalog";
import { listResponseSchema } from "./common";

export const createProductFamilySchema = z
  .object({ code: codeSchema, name: nameSchema, description: descriptionSchema.optional() })
  .strict()
  .meta({ id: "CreateProductFamilyRequest" });
export type CreateProductFamilyInput = z.infer<typeof createProductFamilySchema>;

export const updateProductFamilySchema = z
  .object({ code: codeSchema.optional(), name: nameSchema.optional(), description: descriptionSchema.nullable().optional() })
  .strict()
  .meta({ id: "UpdateProductFamilyRequest", description: "Only the fields sent change; null clears description. code changes only while no product uses the family." });
export type UpdateProductFamilyInput = z.infer<typeof updateProductFamilySchema>;

export const listProductFamiliesQuerySchema = catalogListQuerySchema;
export type ListProductFamiliesQuery = z.infer<typeof listProductFamiliesQuerySchema>;

export const productFamilyIdParamsSchema = z.object({ familyId: z.string().min(1).meta({ description: "The family's id (`pfam_…`)." }) });

export const productFamilyDtoSchema = z
  .object({
    object: z.literal("product_family"),
    id: z.string().meta({ example: "pfam_01jd9x6f8v3k2m4n5p6q7r8s9t" }),
    code: z.string(),
    name: z.string(),
    description: z.string().nullable(),
    ...archivableDtoFields,
  })
  .meta({ id: "ProductFamily" });
export type ProductFamilyDto = z.infer<typeof productFamilyDtoSchema>;

export const productFamilyListSchema = listResponseSchema(productFamilyDtoSchema, "ProductFamilyList");
