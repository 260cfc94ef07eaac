// Rules shared by creating and updating a meter.
import type { MeterData } from "../../db/meters";
import type { ErrorDetail } from "../../errors";
import type { Aggregation } from "../../usage/aggregation";
import { throwIfIssues } from "../pricing/charge-properties";

/** The fields that decide which events count and how: changing one recomputes the rollups. */
export const AGGREGATION_FIELDS = ["event_name", "aggregation", "property", "filters", "group_by", "ingest_rules"] as const;

/** count takes no property; every other aggregation needs one (422 naming `property`). */
export function assertPropertyFits(aggregation: Aggregation, property: string | null): void {
  const issues: ErrorDetail[] = [];
  if (aggregation === "count" && property !== null) issues.push({ param: "property", message: "property does not apply to count meters (they count events)." });
  if (aggregation !== "count" && property === null) issues.push({ param: "property", message: `property is required: a ${aggregation} meter aggregates an event property.` });
  throwIfIssues(issues);
}

export const upperAggregation = (aggregation: Aggregation) => aggregation.toUpperCase() as MeterData["aggregation"];
