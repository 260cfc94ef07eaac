// Metering's operations: meters (the catalogue's resource shape), event ingestion, usage reads.
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { createMeterSchema, listMetersQueryObjectSchema, meterDtoSchema, meterIdParamsSchema, meterListSchema, updateMeterSchema } from "../../schemas/meter";
import { catalogResourcePaths } from "./catalog";

export const meterPaths: ZodOpenApiPathsObject = {
  ...catalogResourcePaths({
    segment: "meters",
    param: "meterId",
    one: "Meter",
    many: "Meters",
    noun: "meter",
    nouns: "meters",
    tag: "Meters",
    schemas: { create: createMeterSchema, update: updateMeterSchema, listQuery: listMetersQueryObjectSchema, dto: meterDtoSchema, list: meterListSchema, idParams: meterIdParamsSchema },
    updateConflict:
      "Another meter has this `code` (`conflict`), the code or how the meter aggregates cannot change because a plan charge prices it (`invalid_state`, `param` names the field), or the meter is archived (`invalid_state`).",
    archiveNote: "An archived meter no longer makes its event name acceptable at ingestion; its usage stays readable and billable.",
    metadata: true,
  }),
};
