import { z } from "zod";
import { archivableDtoFields, catalogListQuerySchema, codeSchema, nameSchema, text } from "./catalog";
import { listResponseSchema } from "./common";

const pluralSchema = text("plural", 200).meta({ description: "Plural name shown on invoices (e.g. `seats`); defaults to name." });

export const createUnitSchema = z
  .object({ code: codeSchema, name: nameSchema.meta({ example: "seat" }), plural: pluralSchema.optional() })
  .strict()
  .meta({ id: "CreateUnitRequest" });
export type CreateUnitInput = z.infer<typeof createUnitSchema>;

export const updateUnitSchema = z
  .object({ code: codeSchema.optional(), name: nameSchema.optional(), plural: pluralSchema.nullable().optional() })
  .strict()
  .meta({ id: "UpdateUnitRequest", description: "Only the fields sent change; null clears plural. code changes only while no charge counts in the unit." });
export type UpdateUnitInput = z.infer<typeof updateUnitSchema>;

export const listUnitsQuerySchema = catalogListQuerySchema;
export type ListUnitsQuery = z.infer<typeof listUnitsQuerySchema>;

export const unitIdParamsSchema = z.object({ unitId: z.string().min(1).meta({ description: "The unit's id (`unit_…`)." }) });

export const unitDtoSchema = z
  .object({
    object: z.literal("unit"),
    id: z.string().meta({ example: "unit_01jd9x6f8v3k2m4n5p6q7r8s9t" }),
    code: z.string(),
    name: z.string(),
    plural: z.string().nullable(),
    ...archivableDtoFields,
  })
  .meta({ id: "Unit" });
export type UnitDto = z.infer<typeof unitDtoSchema>;

export const unitListSchema = listResponseSchema(unitDtoSchema, "UnitList");
