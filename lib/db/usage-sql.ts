// SQL fragments of a meter over "UsageEvent" rows: the same rules as lib/usage/filters.ts
// (text comparison of `properties->>name`; not_in matches a missing property).
import { Prisma } from "./generated/client";

export type MeterSql = {
  id: string;
  eventName: string;
  aggregation: "count" | "sum" | "max" | "unique_count" | "latest" | "weighted_sum";
  property: string | null;
  filters: { property: string; operator: "in" | "not_in"; values: string[] }[];
  groupBy: string[];
};

/** The aggregated value (numeric; validated at ingestion), or NULL for count and unique count meters. */
export const valueSql = (meter: MeterSql) =>
  meter.property === null || meter.aggregation === "unique_count" ? Prisma.sql`NULL::numeric` : Prisma.sql`("properties"->>${meter.property})::numeric`;

/** The property as text (unique counts). */
export const textValueSql = (meter: MeterSql) => Prisma.sql`("properties"->>${meter.property ?? ""})`;

/** The group-by values as a JSON array text: the rollups' `dimensions` key. */
export const dimensionsSql = (meter: MeterSql) =>
  meter.groupBy.length === 0 ? Prisma.sql`'[]'::text` : Prisma.sql`jsonb_build_array(${Prisma.join(meter.groupBy.map((name) => Prisma.sql`"properties"->>${name}`))})::text`;

/** The events this meter counts: its event name, counted events only, its filters. */
export function countedSql(meter: MeterSql) {
  const filters = meter.filters.map((filter) => {
    const listed = Prisma.sql`COALESCE(("properties"->>${filter.property}) = ANY(${filter.values}::text[]), false)`;
    return filter.operator === "in" ? listed : Prisma.sql`NOT ${listed}`;
  });
  return Prisma.sql`"eventName" = ${meter.eventName} AND "uncountedReason" IS NULL${filters.length ? Prisma.sql` AND ${Prisma.join(filters, " AND ")}` : Prisma.empty}`;
}
