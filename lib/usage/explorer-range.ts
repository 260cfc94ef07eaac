// The usage explorer's time ranges: presets relative to now (whole hours, up to the end of the
// current hour so the events of this hour show) and a custom from/to.
import { ceilHour, type BucketSize } from "./buckets";

export const RANGE_PRESETS = [
  { value: "24h", label: "Last 24 hours", bucket: "hour" },
  { value: "7d", label: "Last 7 days", bucket: "day" },
  { value: "30d", label: "Last 30 days", bucket: "day" },
  { value: "month", label: "This month (UTC)", bucket: "day" },
  { value: "custom", label: "Custom", bucket: "day" },
] as const satisfies readonly { value: string; label: string; bucket: BucketSize }[];

export type RangePreset = (typeof RANGE_PRESETS)[number]["value"];

const HOUR_MS = 3_600_000;

export const isRangePreset = (value: string | null | undefined): value is RangePreset => RANGE_PRESETS.some((preset) => preset.value === value);

/** [from, to) of a range; a custom range that does not parse, or ends before it starts, is null. */
export function resolveRange(range: RangePreset, now: Date, custom: { from?: string | null; to?: string | null } = {}): { from: Date; to: Date } | null {
  const to = ceilHour(new Date(now.getTime() + 1)); // the end of the current hour, even on the hour
  switch (range) {
    case "24h":
      return { from: new Date(to.getTime() - 24 * HOUR_MS), to };
    case "7d":
      return { from: new Date(to.getTime() - 7 * 24 * HOUR_MS), to };
    case "30d":
      return { from: new Date(to.getTime() - 30 * 24 * HOUR_MS), to };
    case "month":
      return { from: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)), to };
    case "custom": {
      const from = custom.from ? new Date(custom.from) : null;
      const end = custom.to ? new Date(custom.to) : null;
      if (!from || !end || Number.isNaN(from.getTime()) || Number.isNaN(end.getTime()) || end.getTime() <= from.getTime()) return null;
      return { from, to: end };
    }
  }
}
