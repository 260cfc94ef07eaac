// Weighted sums over time, bucket by bucket. A stream is one customer's value for one combination
// of the meter's dimensions (what a period read measures); a series group (dimension subset,
// customer, or everything) sums the streams it holds. Each bucket measures its own span: the value
// in force at its start is the last change before it, exactly as a period read does.
import { Dec } from "../billing/decimal";
import { byTimeThenTxn, valueMsToQuantity, weightedValueMs, type ValueChange } from "./aggregation";
import type { BucketSpan } from "./buckets";

export type ValueStream = {
  /** The series group this stream adds to (e.g. the JSON text of its dimension subset). */
  group: string;
  /** The last change before the first bucket (null: no value yet). */
  carryIn: string | null;
  /** The changes inside the buckets' range, in any order. */
  changes: readonly ValueChange[];
};

export type WeightedSumPoint = { bucket: Date; group: string; quantity: string };

/**
 * Σ value × hours per bucket and group, rounded once per point (half up, 12 decimals). A point
 * exists where some stream of the group had a value in force during the bucket (a value of 0
 * gives a point of 0). Sorted by bucket, then group.
 */
export function weightedSumSeries(streams: readonly ValueStream[], buckets: readonly BucketSpan[]): WeightedSumPoint[] {
  const points = new Map<string, { bucket: Date; group: string; valueMs: Dec }>();
  for (const stream of streams) {
    const changes = [...stream.changes].sort(byTimeThenTxn);
    let current = stream.carryIn;
    let next = 0;
    for (const span of buckets) {
      while (next < changes.length && changes[next]!.at.getTime() < span.start.getTime()) current = changes[next++]!.value;
      const inside: ValueChange[] = [];
      while (next < changes.length && changes[next]!.at.getTime() < span.end.getTime()) inside.push(changes[next++]!);
      if (current === null && inside.length === 0) continue;
      const key = `${span.bucket.toISOString()}\u0000${stream.group}`;
      const point = points.get(key) ?? { bucket: span.bucket, group: stream.group, valueMs: new Dec(0) };
      point.valueMs = point.valueMs.plus(weightedValueMs(inside, current, span.start, span.end));
      points.set(key, point);
      if (inside.length > 0) current = inside[inside.length - 1]!.value;
    }
  }
  return [...points.values()]
    .sort((a, b) => a.bucket.getTime() - b.bucket.getTime() || (a.group < b.group ? -1 : a.group > b.group ? 1 : 0))
    .map(({ bucket, group, valueMs }) => ({ bucket, group, quantity: valueMsToQuantity(valueMs) }));
}
