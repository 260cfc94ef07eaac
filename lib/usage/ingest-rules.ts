// Ingest filter rules of a meter (Amberflo-style): drop the events of noisy sources before they
// are stored. A rule matches when all its conditions match (lib/usage/filters.ts semantics).
// With keep rules, a meter keeps only events matching one of them; a drop rule drops the events
// it matches. An event is dropped at ingestion only when EVERY meter counting its name drops it
// (the event is stored once for all of them; a meter that keeps it still counts it).
import { matchesFilters, type EventProperties, type MeterFilter } from "./filters";

export type IngestRule = { action: "keep" | "drop"; conditions: MeterFilter[] };

export function meterDrops(properties: EventProperties, rules: readonly IngestRule[]): boolean {
  const keeps = rules.filter((rule) => rule.action === "keep");
  if (keeps.length > 0 && !keeps.some((rule) => matchesFilters(properties, rule.conditions))) return true;
  return rules.some((rule) => rule.action === "drop" && matchesFilters(properties, rule.conditions));
}

/** The meters (by index) that drop the event, and whether the event is dropped altogether. */
export function ingestDecision(properties: EventProperties, meters: readonly { ingestRules: readonly IngestRule[] }[]): { dropped: boolean; droppingMeters: number[] } {
  const droppingMeters = meters.flatMap((meter, index) => (meterDrops(properties, meter.ingestRules) ? [index] : []));
  return { dropped: meters.length > 0 && droppingMeters.length === meters.length, droppingMeters };
}
