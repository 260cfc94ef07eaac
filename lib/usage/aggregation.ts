// The aggregation maths of meters, exact (decimal.js through lib/billing/decimal.ts), over plain
// values: rollup rows and raw events both reduce to PartialAggregates, which merge associatively,
// so a period's usage is the merge of its whole-hour rollups and its raw edges and tail.
import { Dec } from "../billing/decimal";

export const AGGREGATIONS = ["count", "sum", "max", "unique_count", "latest", "weighted_sum"] as const;
export type Aggregation = (typeof AGGREGATIONS)[number];

/** The last event of a set: greatest timestamp, ties broken by transaction id. */
export type LatestValue = { at: Date; txn: string; value: string };

export type PartialAggregate = { count: bigint; sum: string; max: string | null; latest: LatestValue | null };

export const EMPTY_PARTIAL: PartialAggregate = { count: 0n, sum: "0", max: null, latest: null };

const isAfter = (a: LatestValue, b: LatestValue) => a.at.getTime() > b.at.getTime() || (a.at.getTime() === b.at.getTime() && a.txn > b.txn);

export function mergePartials(a: PartialAggregate, b: PartialAggregate): PartialAggregate {
  return {
    count: a.count + b.count,
    sum: new Dec(a.sum).plus(b.sum).toFixed(),
    max: a.max === null ? b.max : b.max === null ? a.max : Dec.max(a.max, b.max).toFixed(),
    latest: a.latest === null ? b.latest : b.latest === null ? a.latest : isAfter(b.latest, a.latest) ? b.latest : a.latest,
  };
}

/** The partial aggregate of raw events (value: the meter property's decimal text, or null for count meters). */
export function partialOfEvents(events: readonly { at: Date; txn: string; value: string | null }[]): PartialAggregate {
  return events.reduce<PartialAggregate>(
    (acc, event) =>
      mergePartials(acc, {
        count: 1n,
        sum: event.value ?? "0",
        max: event.value,
        latest: event.value === null ? null : { at: event.at, txn: event.txn, value: event.value },
      }),
    EMPTY_PARTIAL,
  );
}

/** The billed quantity of count, sum, max and latest meters (no events: 0). */
export function quantityOf(aggregation: Exclude<Aggregation, "unique_count" | "weighted_sum">, partial: PartialAggregate): string {
  switch (aggregation) {
    case "count":
      return partial.count.toString();
    case "sum":
      return new Dec(partial.sum).toFixed();
    case "max":
      return partial.max === null ? "0" : new Dec(partial.max).toFixed();
    case "latest":
      return partial.latest === null ? "0" : new Dec(partial.latest.value).toFixed();
  }
}

export const HOUR_MS = 3_600_000n;
/** Quantities carry at most 12 decimals (the rating engine's and the invoice line's scale). */
export const QUANTITY_SCALE = 12;

export type ValueChange = { at: Date; txn: string; value: string };

/**
 * Weighted sum over time (e.g. GB-hours): each value holds from its event until the next change;
 * the result is Σ value × hours within [start, end), rounded half up to 12 decimals.
 * `carryIn` is the value in force at `start` (the last change before it; null: nothing yet).
 * `changes` are the changes inside [start, end), in any order (sorted here by time, then id).
 */
export function weightedSum(changes: readonly ValueChange[], carryIn: string | null, start: Date, end: Date): string {
  return valueMsToQuantity(weightedValueMs(changes, carryIn, start, end));
}

export const byTimeThenTxn = (a: ValueChange, b: ValueChange) => a.at.getTime() - b.at.getTime() || (a.txn < b.txn ? -1 : a.txn > b.txn ? 1 : 0);

/** Σ value × milliseconds within [start, end), exact (unrounded): sums of spans add up before the one rounding. */
export function weightedValueMs(changes: readonly ValueChange[], carryIn: string | null, start: Date, end: Date): Dec {
  const sorted = [...changes].sort(byTimeThenTxn);
  let valueMs = new Dec(0);
  let current = carryIn;
  let from = start.getTime();
  for (const change of sorted) {
    const at = change.at.getTime();
    if (current !== null) valueMs = valueMs.plus(new Dec(current).times(at - from));
    current = change.value;
    from = at;
  }
  if (current !== null) valueMs = valueMs.plus(new Dec(current).times(end.getTime() - from));
  return valueMs;
}

/** Value × milliseconds → value × hours, rounded half up to 12 decimals. */
export const valueMsToQuantity = (valueMs: Dec): string => valueMs.div(HOUR_MS.toString()).toDecimalPlaces(QUANTITY_SCALE, Dec.ROUND_HALF_UP).toFixed();
