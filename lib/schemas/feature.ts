import { z } from "zod";
import { archivableDtoFields, catalogListQuerySchema, codeSchema, descriptionSchema, nameSchema } from "./catalog";
import { listResponseSchema } from "./common";

export const featureTypeSchema = z
  .enum(["boolean", "limit"], { error: "type must be boolean or limit." })
  .meta({ description: "boolean: a flag a plan grants; limit: a quantity a plan grants (e.g. 10 projects)." });
export type FeatureType = z.infer<typeof featureTypeSchema>;

export const createFeatureSchema = z
  .object({ code: codeSchema, name: nameSchema, description: descriptionSchema.optional(), type: featureTypeSchema.default("boolean") })
  .strict()
  .meta({ id: "CreateFeatureRequest" });
export type CreateFeatureInput = z.infer<typeof createFeatureSchema>;

export const updateFeatureSchema = z
  .object({
    code: codeSchema.optional(),
    name: nameSchema.optional(),
    description: descriptionSchema.nullable().optional(),
    type: featureTypeSchema.optional(),
  })
  .strict()
  .meta({ id: "UpdateFeatureRequest", description: "Only the fields sent change; null clears description. code and type change only while no plan grants the feature." });
export type UpdateFeatureInput = z.infer<typeof updateFeatureSchema>;

export const listFeaturesQuerySchema = catalogListQuerySchema.extend({ type: featureTypeSchema.optional() });
export type ListFeaturesQuery = z.infer<typeof listFeaturesQuerySchema>;

export const featureIdParamsSchema = z.object({ featureId: z.string().min(1).meta({ description: "The feature's id (`feat_…`)." }) });

export const featureDtoSchema = z
  .object({
    object: z.literal("feature"),
    id: z.string().meta({ example: "feat_01jd9x6f8v3k2m4n5p6q7r8s9t" }),
    code: z.string(),
    name: z.string(),
    description: z.string().nullable(),
    type: featureTypeSchema,
    ...archivableDtoFields,
  })
  .meta({ id: "Feature" });
export type FeatureDto = z.infer<typeof featureDtoSchema>;

export const featureListSchema = listResponseSchema(featureDtoSchema, "FeatureList");
