// Metering's operations: meters (the catalogue's resource shape), event ingestion, usage reads.
import type { ZodOpenApiPathsObject } from "zod-openapi";
import { createMeterSchema, listMetersQueryObjectSchema, meterDtoSchema, meterIdParamsSchema, meterListSchema, updateMeterSchema } from "../../schemas/meter";
import {
  listUsageEventsQuerySchema,
  usageEventBatchResultSchema,
  usageEventBatchSchema,
  usageEventInputSchema,
  usageEventListSchema,
  usageEventResultSchema,
} from "../../schemas/usage-event";
import { customerIdParamsSchema, customerUsageDtoSchema, customerUsageQuerySchema, usageSeriesDtoSchema, usageSeriesQueryObjectSchema, usageTopCustomersDtoSchema, usageTopCustomersQueryObjectSchema } from "../../schemas/usage";
import { catalogResourcePaths } from "./catalog";
import { error, json, operation } from "./operation";

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

export const usageEventPaths: ZodOpenApiPathsObject = {
  "/events": {
    post: operation({
      method: "post",
      operationId: "recordUsageEvent",
      tags: ["Usage events"],
      summary: "Record a usage event",
      description:
        "Idempotent on `transaction_id` (unique across the installation, forever): a repeated id answers 200 `duplicate` and is not counted again. Ingestion never waits for aggregation. An event whose period is already invoiced is stored but `not_counted`.",
      requestBody: { required: true, content: json(usageEventInputSchema) },
      responses: {
        "201": { description: "Stored (`accepted` or `not_counted`).", content: json(usageEventResultSchema) },
        "200": { description: "A duplicate of a stored event (`duplicate`), or an event every meter's ingest rules drop (`dropped`, not stored).", content: json(usageEventResultSchema) },
        "409": error("The Idempotency-Key was reused with another body."),
        "413": error("The body is larger than 1 MiB, or `properties` larger than 8 KiB (`param: properties`)."),
        "422": error(
          "customer_not_found, unknown_event_name (no active meter counts it), missing_property or invalid_property_value (a meter needs a number), timestamp_in_future (beyond the allowed skew), timestamp_too_old (beyond the late window): `param` names the field and `details[0].code` the reason.",
        ),
      },
    }),
    get: operation({
      method: "get",
      operationId: "listUsageEvents",
      tags: ["Usage events"],
      summary: "List raw usage events",
      description: "Newest first by timestamp, with cursor pagination (the cursor is a transaction id). For debugging and the live event stream.",
      requestParams: { query: listUsageEventsQuerySchema },
      responses: { "200": { description: "A page of events.", content: json(usageEventListSchema) } },
    }),
  },
  "/events/batch": {
    post: operation({
      method: "post",
      operationId: "recordUsageEventBatch",
      tags: ["Usage events"],
      summary: "Record up to 1,000 usage events",
      description:
        "Each event is validated on its own: the valid ones are stored (duplicates skipped), the others come back in `errors` by index with a precise `code`, `param` and `message`.",
      requestBody: { required: true, content: json(usageEventBatchSchema) },
      responses: {
        "200": { description: "Every event was stored or was a duplicate.", content: json(usageEventBatchResultSchema) },
        "207": { description: "Some events were rejected (see `errors`); the others were stored.", content: json(usageEventBatchResultSchema) },
        "409": error("The Idempotency-Key was reused with another body."),
        "413": error("The body is larger than 1 MiB."),
      },
    }),
  },
};

const dimensionFilterParameter = {
  name: "filter",
  in: "query" as const,
  required: false,
  style: "deepObject" as const,
  explode: true,
  description: "Dimension filters, e.g. `filter[region]=eu`: every pair must match.",
  schema: { type: "object" as const, additionalProperties: { type: "string" as const } },
};

export const usagePaths: ZodOpenApiPathsObject = {
  "/customers/{customerId}/usage": {
    get: operation({
      method: "get",
      operationId: "getCustomerUsage",
      tags: ["Usage"],
      summary: "A customer's usage in the current period",
      description:
        "Per billing subscription, the current period's usage of each usage item (exact, including events not yet rolled up) split by the meter's dimensions, with the estimated cost at the item's price (before discounts and tax).",
      requestParams: { path: customerIdParamsSchema, query: customerUsageQuerySchema },
      responses: { "200": { description: "The usage.", content: json(customerUsageDtoSchema) }, "404": error("No customer with this id.") },
    }),
  },
  "/usage": {
    get: operation({
      method: "get",
      operationId: "queryUsage",
      tags: ["Usage"],
      summary: "Query usage over time",
      description:
        "A meter's usage per hour, day or month (UTC), for one customer or all, optionally split by some of its dimensions (`group_by=model,region`) or by `customer`, filtered by dimension values (`filter[region]=eu`). from/to are rounded down to whole hours. Weighted-sum meters give value × hours per bucket: the value in force at a bucket's start is the last change before it, and each value holds until the next change.",
      requestParams: { query: usageSeriesQueryObjectSchema },
      parameters: [dimensionFilterParameter],
      responses: {
        "200": { description: "The series.", content: json(usageSeriesDtoSchema) },
        "400": error("A range that is too long for the bucket, or a group_by or filter that is not a dimension of the meter."),
        "404": error("No meter with this id."),
      },
    }),
  },
  "/usage/top_customers": {
    get: operation({
      method: "get",
      operationId: "getTopUsageCustomers",
      tags: ["Usage"],
      summary: "The customers using a meter most",
      description:
        "The `limit` customers with the greatest quantity of the meter over [from, to) (whole hours, at most 400 days), greatest first, with their names; the quantity aggregates the whole range (a sum for sum meters, the distinct values over the range for unique counts, value × hours for weighted sums), optionally filtered by dimension values.",
      requestParams: { query: usageTopCustomersQueryObjectSchema },
      parameters: [dimensionFilterParameter],
      responses: {
        "200": { description: "The top customers.", content: json(usageTopCustomersDtoSchema) },
        "400": error("A range over 400 days, or a filter that is not a dimension of the meter."),
        "404": error("No meter with this id."),
      },
    }),
  },
};
