// Per-event ingestion rules that need no database: timestamps against the clock, and property
// values against the meters that will aggregate the event. Each failure names its field.
import type { Aggregation } from "./aggregation";
import { matchesFilters, propertyText, readNumericProperty, type EventProperties, type MeterFilter } from "./filters";

export type EventIssue = { code: string; message: string; param: string };

export type MeterRule = { code: string; aggregation: Aggregation; property: string | null; filters: readonly MeterFilter[] };

export type TimeWindow = { futureSkewMs: number; lateWindowMs: number };

const describeMs = (ms: number) => (ms % 86_400_000 === 0 ? `${ms / 86_400_000} days` : ms % 60_000 === 0 ? `${ms / 60_000} minutes` : `${ms / 1000} seconds`);

/** An event may be up to `futureSkewMs` ahead of the clock (clock drift) and `lateWindowMs` behind it. */
export function checkEventTime(timestamp: Date, now: Date, window: TimeWindow): EventIssue | null {
  const ahead = timestamp.getTime() - now.getTime();
  if (ahead > window.futureSkewMs) {
    return {
      code: "timestamp_in_future",
      param: "timestamp",
      message: `timestamp ${timestamp.toISOString()} is more than ${describeMs(window.futureSkewMs)} ahead of the server clock (${now.toISOString()}).`,
    };
  }
  if (-ahead > window.lateWindowMs) {
    return {
      code: "timestamp_too_old",
      param: "timestamp",
      message: `timestamp ${timestamp.toISOString()} is older than the late-event window of ${describeMs(window.lateWindowMs)}.`,
    };
  }
  return null;
}

const NUMERIC: readonly Aggregation[] = ["sum", "max", "latest", "weighted_sum"];

/** The value each meter that counts this event aggregates must be usable: numeric, or present for unique counts. */
export function checkEventProperties(properties: EventProperties, meters: readonly MeterRule[]): EventIssue | null {
  for (const meter of meters) {
    if (meter.property === null || !matchesFilters(properties, meter.filters)) continue;
    const param = `properties.${meter.property}`;
    if (NUMERIC.includes(meter.aggregation)) {
      const numeric = readNumericProperty(properties[meter.property]);
      if (!numeric.ok) {
        return {
          code: numeric.reason === "is missing" ? "missing_property" : "invalid_property_value",
          param,
          message: `${param} ${numeric.reason}; meter '${meter.code}' aggregates it (${meter.aggregation}).`,
        };
      }
    } else if (propertyText(properties, meter.property) === null) {
      return { code: "missing_property", param, message: `${param} is missing or not a string, number or boolean; meter '${meter.code}' counts its unique values.` };
    }
  }
  return null;
}
