// Meters: which usage events count and how they aggregate (docs/usage.md).
import { z } from "zod";
import { AGGREGATIONS } from "../usage/aggregation";
import { archivableDtoFields, catalogListQuerySchema, codeSchema, descriptionSchema, nameSchema } from "./catalog";
import { listResponseSchema } from "./common";
import { metadataPatchSchema, metadataSchema, withMetadataQuery } from "./metadata";

const PROPERTY_NAME = /^[A-Za-z0-9_][A-Za-z0-9_.:-]{0,63}$/;
const propertyName = (field: string) =>
  z
    .string({ error: `${field} must be a string.` })
    .regex(PROPERTY_NAME, { error: `${field} must be an event property name: 1 to 64 letters, digits, '_', '.', ':' or '-'.` });

export const EVENT_NAME_PATTERN = /^[A-Za-z0-9_][A-Za-z0-9_.:-]{0,99}$/;

export const eventNameSchema = z
  .string({ error: (issue) => (issue.input === undefined ? "event_name is required." : "event_name must be a string.") })
  .regex(EVENT_NAME_PATTERN, { error: "event_name must be 1 to 100 letters, digits, '_', '.', ':' or '-'." })
  .meta({ description: "The `event_name` of the usage events this meter counts.", example: "api_request" });

export const aggregationSchema = z.enum(AGGREGATIONS, { error: `aggregation must be one of ${AGGREGATIONS.join(", ")}.` }).meta({
  id: "MeterAggregation",
  description:
    "count: events; sum / max: of `property`; unique_count: distinct values of `property`; latest: the last value of `property` in the period; weighted_sum: `property` × hours it held (e.g. GB-hours: each event sets the level until the next one).",
});

export const meterFilterSchema = z
  .object({
    property: propertyName("filters[].property"),
    operator: z.enum(["in", "not_in"], { error: "operator must be in or not_in." }),
    values: z
      .array(z.string({ error: "values must be strings." }).max(200, { error: "a filter value is at most 200 characters." }), { error: "values must be an array of strings." })
      .min(1, { error: "values must list at least one value." })
      .max(100, { error: "values lists at most 100 values." }),
  })
  .strict()
  .meta({ id: "MeterFilter", description: "in: the property has one of the values; not_in: it is missing or has none of them. Values compare as text (numbers as their JSON text)." });

const filtersSchema = z.array(meterFilterSchema, { error: "filters must be an array." }).max(20, { error: "filters holds at most 20 filters." });
const groupBySchema = z
  .array(propertyName("group_by[]"), { error: "group_by must be an array of property names." })
  .max(5, { error: "group_by holds at most 5 dimensions." })
  .refine((names) => new Set(names).size === names.length, { error: "group_by must not repeat a property." })
  .meta({ description: "Dimensions: properties whose values split the usage (e.g. `model`, `region`), in order." });
export const ingestRuleSchema = z
  .object({
    action: z.enum(["keep", "drop"], { error: "action must be keep or drop." }),
    conditions: z.array(meterFilterSchema, { error: "conditions must be an array of filters." }).min(1, { error: "conditions must hold at least one filter." }).max(10, { error: "conditions holds at most 10 filters." }),
  })
  .strict()
  .meta({
    id: "MeterIngestRule",
    description:
      "keep: with keep rules, the meter keeps only events matching one of them; drop: the meter drops events matching all the conditions. An event is not stored when every meter counting its name drops it; each meter counts what it dropped (dropped_events).",
  });
const ingestRulesSchema = z.array(ingestRuleSchema, { error: "ingest_rules must be an array." }).max(10, { error: "ingest_rules holds at most 10 rules." });

const propertySchema = propertyName("property").meta({ description: "The aggregated property; required for every aggregation but count." });

export const createMeterSchema = z
  .object({
    code: codeSchema,
    name: nameSchema,
    description: descriptionSchema.optional(),
    event_name: eventNameSchema,
    aggregation: aggregationSchema,
    property: propertySchema.optional(),
    filters: filtersSchema.default([]),
    group_by: groupBySchema.default([]),
    ingest_rules: ingestRulesSchema.default([]),
    metadata: metadataSchema.default({}),
  })
  .strict()
  .meta({ id: "CreateMeterRequest" });
export type CreateMeterInput = z.infer<typeof createMeterSchema>;

export const updateMeterSchema = z
  .object({
    code: codeSchema.optional(),
    name: nameSchema.optional(),
    description: descriptionSchema.nullable().optional(),
    event_name: eventNameSchema.optional(),
    aggregation: aggregationSchema.optional(),
    property: propertySchema.nullable().optional(),
    filters: filtersSchema.optional(),
    group_by: groupBySchema.optional(),
    ingest_rules: ingestRulesSchema.optional(),
    metadata: metadataPatchSchema.optional(),
  })
  .strict()
  .meta({
    id: "UpdateMeterRequest",
    description:
      "Only the fields sent change. code, event_name, aggregation, property, filters, group_by and ingest_rules change only while no plan charge prices the meter; a change to what or how it counts recomputes its usage from the raw events.",
  });
export type UpdateMeterInput = z.infer<typeof updateMeterSchema>;

export const listMetersQueryObjectSchema = catalogListQuerySchema.extend({
  event_name: z.string().min(1).max(100).optional().meta({ description: "Only the meters counting this event name." }),
  aggregation: aggregationSchema.optional(),
});
export const listMetersQuerySchema = withMetadataQuery(listMetersQueryObjectSchema);
export type ListMetersQuery = z.infer<typeof listMetersQuerySchema>;

export const meterIdParamsSchema = z.object({ meterId: z.string().min(1).meta({ description: "The meter's id (`mtr_…`)." }) });

export const meterDtoSchema = z
  .object({
    object: z.literal("meter"),
    id: z.string().meta({ example: "mtr_01jd9x6f8v3k2m4n5p6q7r8s9t" }),
    code: z.string(),
    name: z.string(),
    description: z.string().nullable(),
    event_name: z.string(),
    aggregation: aggregationSchema,
    property: z.string().nullable(),
    filters: z.array(meterFilterSchema),
    group_by: z.array(z.string()),
    ingest_rules: z.array(ingestRuleSchema),
    dropped_events: z.number().int().meta({ description: "Incoming events this meter's ingest rules dropped." }),
    metadata: z.record(z.string(), z.string()),
    ...archivableDtoFields,
  })
  .meta({ id: "Meter" });
export type MeterDto = z.infer<typeof meterDtoSchema>;

export const meterListSchema = listResponseSchema(meterDtoSchema, "MeterList");

/** A plan charge pricing a meter, as the meter's page lists it (every plan version that prices it). */
export type MeterChargeUse = {
  plan_id: string;
  plan_code: string;
  plan_name: string;
  plan_status: "draft" | "active" | "inactive" | "archived";
  version: number;
  /** The plan's current version (new subscriptions get it). */
  current: boolean;
  charge_key: string;
  charge_name: string;
};

/** A meter the plan form's usage charge may price, labelled "code — name (aggregation)". */
export type MeterChoice = { id: string; label: string; archived: boolean };
