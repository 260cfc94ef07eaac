// Meter rows → DTOs, and the stored meter as the pure aggregation rules see it.
import type { MeterRow } from "../../db/meters";
import type { RollupMeter } from "../../db/usage";
import type { MeterDto } from "../../schemas/meter";
import type { Aggregation } from "../../usage/aggregation";
import type { MeterRule } from "../../usage/event-rules";
import type { MeterFilter } from "../../usage/filters";
import type { IngestRule } from "../../usage/ingest-rules";
import { archivable } from "../catalog/dto";
import { toMetadataDto } from "../metadata";

export const aggregationOf = (row: Pick<MeterRow, "aggregation">) => row.aggregation.toLowerCase() as Aggregation;

/**
 * Filters are validated on the way in (meterFilterSchema). jsonb stores object keys in its own
 * order (shortest first), so they are rebuilt in the schema's order: a PATCH resending the same
 * filters compares equal, and the API answers them as they were sent.
 */
const inSchemaOrder = ({ property, operator, values }: MeterFilter): MeterFilter => ({ property, operator, values });

export const filtersOf = (row: Pick<MeterRow, "filters">) => (Array.isArray(row.filters) ? (row.filters as unknown as MeterFilter[]).map(inSchemaOrder) : []);

export const ingestRulesOf = (row: Pick<MeterRow, "ingestRules">) =>
  Array.isArray(row.ingestRules) ? (row.ingestRules as unknown as IngestRule[]).map(({ action, conditions }) => ({ action, conditions: conditions.map(inSchemaOrder) })) : [];

export const toMeterRule = (row: MeterRow): MeterRule => ({ code: row.code, aggregation: aggregationOf(row), property: row.property, filters: filtersOf(row) });

export const toMeterDto = (row: MeterRow): MeterDto => ({
  object: "meter",
  id: row.id,
  code: row.code,
  name: row.name,
  description: row.description,
  event_name: row.eventName,
  aggregation: aggregationOf(row),
  property: row.property,
  filters: filtersOf(row),
  group_by: row.groupBy,
  ingest_rules: ingestRulesOf(row),
  dropped_events: Number(row.droppedEvents),
  metadata: toMetadataDto(row.metadata),
  ...archivable(row),
});

/** The meter as the rollup and period SQL read it. */
export const toRollupMeter = (row: MeterRow): RollupMeter => ({
  id: row.id,
  eventName: row.eventName,
  aggregation: aggregationOf(row),
  property: row.property,
  filters: filtersOf(row),
  groupBy: row.groupBy,
  ingestRules: ingestRulesOf(row),
});
