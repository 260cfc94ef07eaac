// Time buckets, all in UTC: rollups are hourly; usage series are by hour, day or month.
export type BucketSize = "hour" | "day" | "month";

const HOUR_MS = 3_600_000;

export function floorHour(at: Date): Date {
  return new Date(Math.floor(at.getTime() / HOUR_MS) * HOUR_MS);
}

export function ceilHour(at: Date): Date {
  return new Date(Math.ceil(at.getTime() / HOUR_MS) * HOUR_MS);
}

/**
 * How a period [start, end) splits for rollups: the whole hours inside it come from rollups and
 * the edges from raw events. `inner` is null when no whole hour fits.
 */
export function splitPeriod(start: Date, end: Date): { inner: { start: Date; end: Date } | null; edges: { start: Date; end: Date }[] } {
  if (end.getTime() <= start.getTime()) return { inner: null, edges: [] };
  const innerStart = ceilHour(start);
  const innerEnd = floorHour(end);
  if (innerStart.getTime() >= innerEnd.getTime()) return { inner: null, edges: [{ start, end }] };
  const edges = [
    ...(start.getTime() < innerStart.getTime() ? [{ start, end: innerStart }] : []),
    ...(innerEnd.getTime() < end.getTime() ? [{ start: innerEnd, end }] : []),
  ];
  return { inner: { start: innerStart, end: innerEnd }, edges };
}

/** The start of the UTC bucket holding `at`. */
export function bucketStart(at: Date, size: BucketSize): Date {
  if (size === "hour") return floorHour(at);
  if (size === "day") return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1));
}

/** The start of the bucket after the one starting at `start`. */
export function nextBucketStart(start: Date, size: BucketSize): Date {
  if (size === "hour") return new Date(start.getTime() + HOUR_MS);
  if (size === "day") return new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate() + 1));
  return new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
}

/** A series bucket: its label (the UTC bucket start) and the part of it inside the queried [from, to). */
export type BucketSpan = { bucket: Date; start: Date; end: Date };

/** The buckets covering [from, to), each cut to the range (the first and last may be partial). */
export function bucketSpans(from: Date, to: Date, size: BucketSize): BucketSpan[] {
  const spans: BucketSpan[] = [];
  for (let bucket = bucketStart(from, size); bucket.getTime() < to.getTime(); bucket = nextBucketStart(bucket, size)) {
    const next = nextBucketStart(bucket, size);
    spans.push({ bucket, start: bucket.getTime() < from.getTime() ? from : bucket, end: next.getTime() > to.getTime() ? to : next });
  }
  return spans;
}

/** Hours in the longest month: the width of a month's hour bit mask. */
export const MONTH_HOURS = 744;

/**
 * The UTC months a range of whole hours [start, end) touches, each with the mask of its hours in
 * the range: 744 characters '0'/'1', character i standing for hour i from the month's start.
 */
export function monthHourMasks(start: Date, end: Date): { month: Date; mask: string }[] {
  const masks: { month: Date; mask: string }[] = [];
  for (let month = bucketStart(start, "month"); month.getTime() < end.getTime(); ) {
    const next = nextBucketStart(month, "month");
    const from = (Math.max(start.getTime(), month.getTime()) - month.getTime()) / HOUR_MS;
    const to = (Math.min(end.getTime(), next.getTime()) - month.getTime()) / HOUR_MS;
    masks.push({ month, mask: "0".repeat(from) + "1".repeat(to - from) + "0".repeat(MONTH_HOURS - to) });
    month = next;
  }
  return masks;
}
