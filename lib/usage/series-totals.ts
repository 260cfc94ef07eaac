// What a usage series says over its whole range, per group, from its buckets alone: exact where
// the aggregation allows it (sums add, maxima take the max, the latest value is in the last
// bucket), null where it does not (distinct values over a range are not the sum of the buckets').
import { Dec } from "../billing/decimal";
import type { Aggregation } from "./aggregation";

export type SeriesPointLike = { bucket_start: string; group: Record<string, string | null>; quantity: string };

/** A group's label: its values in order (a missing property reads "(none)"); no group at all is "Total". */
export function groupLabel(group: Record<string, string | null>): string {
  const values = Object.values(group);
  return values.length === 0 ? "Total" : values.map((value) => value ?? "(none)").join(" · ");
}

function combine(aggregation: Aggregation, quantities: { bucket: string; quantity: string }[]): string | null {
  if (quantities.length === 0) return "0";
  switch (aggregation) {
    case "count":
    case "sum":
    case "weighted_sum":
      return quantities.reduce((sum, point) => sum.plus(point.quantity), new Dec(0)).toFixed();
    case "max":
      return Dec.max(...quantities.map((point) => point.quantity)).toFixed();
    case "latest":
      return [...quantities].sort((a, b) => (a.bucket < b.bucket ? -1 : a.bucket > b.bucket ? 1 : 0)).at(-1)!.quantity;
    case "unique_count":
      return null;
  }
}

export type SeriesTotals = { groups: { label: string; total: string | null }[]; overall: string | null };

/** Per group (in label order) the quantity over the range, and over every group (null: not derivable from buckets). */
export function seriesTotals(aggregation: Aggregation, points: readonly SeriesPointLike[]): SeriesTotals {
  const byLabel = new Map<string, { bucket: string; quantity: string }[]>();
  for (const point of points) {
    const label = groupLabel(point.group);
    byLabel.set(label, [...(byLabel.get(label) ?? []), { bucket: point.bucket_start, quantity: point.quantity }]);
  }
  const groups = [...byLabel.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([label, quantities]) => ({ label, total: combine(aggregation, quantities) }));
  const overall =
    aggregation === "latest" || aggregation === "unique_count"
      ? byLabel.size <= 1
        ? (groups[0]?.total ?? "0")
        : null
      : combine(aggregation, groups.map((group) => ({ bucket: "", quantity: group.total! })));
  return { groups, overall };
}
