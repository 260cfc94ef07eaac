// SQL fragments of a meter over "UsageEvent" rows: the same rules as lib/usage/filters.ts
// (text comparison of `properties->>name`; not_in matches a missing property).
import { Prisma } from "./generated/client";

export type MeterSql = {
  id: string;
  eventName: string;
  aggregation: "count" | "sum" | "max" | "unique_count" | "latest" | "weighted_sum";
  property: string | null;
  filters: Filter[];
  groupBy: string[];
  ingestRules: { action: "keep" | "drop"; conditions: Filter[] }[];
};
type Filter = { property: string; operator: "in" | "not_in"; values: string[] };

/** The aggregated value (numeric; validated at ingestion), or NULL for count and unique count meters. */
export const valueSql = (meter: MeterSql) =>
  meter.property === null || meter.aggregation === "unique_count" ? Prisma.sql`NULL::numeric` : Prisma.sql`("properties"->>${meter.property})::numeric`;

/** The property as text (unique counts). */
export const textValueSql = (meter: MeterSql) => Prisma.sql`("properties"->>${meter.property ?? ""})`;

/** The group-by values as a JSON array text: the rollups' `dimensions` key. */
export const dimensionsSql = (meter: MeterSql) =>
  meter.groupBy.length === 0 ? Prisma.sql`'[]'::text` : Prisma.sql`jsonb_build_array(${Prisma.join(meter.groupBy.map((name) => Prisma.sql`"properties"->>${name}`))})::text`;

const filterSql = (filter: Filter) => {
  const listed = Prisma.sql`COALESCE(("properties"->>${filter.property}) = ANY(${filter.values}::text[]), false)`;
  return filter.operator === "in" ? listed : Prisma.sql`NOT ${listed}`;
};
const allOf = (filters: Filter[]) => (filters.length ? Prisma.sql`(${Prisma.join(filters.map(filterSql), " AND ")})` : Prisma.sql`true`);

/** The events this meter counts: its event name, counted events only, its filters, and not dropped by its ingest rules. */
export function countedSql(meter: MeterSql) {
  const keeps = meter.ingestRules.filter((rule) => rule.action === "keep");
  const drops = meter.ingestRules.filter((rule) => rule.action === "drop");
  const conditions = [
    Prisma.sql`"eventName" = ${meter.eventName}`,
    Prisma.sql`"uncountedReason" IS NULL`,
    ...meter.filters.map(filterSql),
    ...(keeps.length ? [Prisma.sql`(${Prisma.join(keeps.map((rule) => allOf(rule.conditions)), " OR ")})`] : []),
    ...drops.map((rule) => Prisma.sql`NOT ${allOf(rule.conditions)}`),
  ];
  return Prisma.join(conditions, " AND ");
}
