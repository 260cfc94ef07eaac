import { describe, expect, test } from "vitest";
import { bucketStart, monthHourMasks, MONTH_HOURS, splitPeriod } from "./buckets";

const d = (iso: string) => new Date(iso);

describe("period split into whole hours and raw edges", () => {
  test("an anniversary period with minutes and milliseconds", () => {
    expect(splitPeriod(d("2026-01-31T14:23:11.500Z"), d("2026-02-28T14:23:11.500Z"))).toEqual({
      inner: { start: d("2026-01-31T15:00:00.000Z"), end: d("2026-02-28T14:00:00.000Z") },
      edges: [
        { start: d("2026-01-31T14:23:11.500Z"), end: d("2026-01-31T15:00:00.000Z") },
        { start: d("2026-02-28T14:00:00.000Z"), end: d("2026-02-28T14:23:11.500Z") },
      ],
    });
  });

  test("hour-aligned periods have no edges; sub-hour periods are all edge", () => {
    expect(splitPeriod(d("2026-01-01T00:00:00Z"), d("2026-02-01T00:00:00Z"))).toEqual({ inner: { start: d("2026-01-01T00:00:00Z"), end: d("2026-02-01T00:00:00Z") }, edges: [] });
    expect(splitPeriod(d("2026-01-01T00:10:00Z"), d("2026-01-01T00:50:00Z"))).toEqual({ inner: null, edges: [{ start: d("2026-01-01T00:10:00Z"), end: d("2026-01-01T00:50:00Z") }] });
    expect(splitPeriod(d("2026-01-01T01:00:00Z"), d("2026-01-01T01:00:00Z"))).toEqual({ inner: null, edges: [] });
  });

  test.each([
    ["hour", "2026-02-28T14:00:00.000Z"],
    ["day", "2026-02-28T00:00:00.000Z"],
    ["month", "2026-02-01T00:00:00.000Z"],
  ] as const)("%s bucket", (size, expected) => {
    expect(bucketStart(d("2026-02-28T14:23:11.500Z"), size).toISOString()).toBe(expected);
  });
});

describe("month hour masks (unique-count value hours)", () => {
  const ones = (mask: string) => [...mask].flatMap((bit, i) => (bit === "1" ? [i] : []));

  test("a range across a month end: the hours of each month inside it", () => {
    const masks = monthHourMasks(d("2026-01-31T15:00:00Z"), d("2026-02-01T02:00:00Z"));
    expect(masks.map((m) => m.month.toISOString())).toEqual(["2026-01-01T00:00:00.000Z", "2026-02-01T00:00:00.000Z"]);
    expect(masks.every((m) => m.mask.length === MONTH_HOURS)).toBe(true);
    expect(ones(masks[0]!.mask)).toEqual([30 * 24 + 15, 30 * 24 + 16, 30 * 24 + 17, 30 * 24 + 18, 30 * 24 + 19, 30 * 24 + 20, 30 * 24 + 21, 30 * 24 + 22, 30 * 24 + 23]);
    expect(ones(masks[1]!.mask)).toEqual([0, 1]);
  });

  test("a whole February, a single hour, and three months", () => {
    expect(ones(monthHourMasks(d("2026-02-01T00:00:00Z"), d("2026-03-01T00:00:00Z"))[0]!.mask)).toHaveLength(28 * 24);
    expect(monthHourMasks(d("2026-03-10T05:00:00Z"), d("2026-03-10T06:00:00Z")).map((m) => ones(m.mask))).toEqual([[9 * 24 + 5]]);
    const quarter = monthHourMasks(d("2026-01-15T00:00:00Z"), d("2026-03-02T00:00:00Z"));
    expect(quarter.map((m) => ones(m.mask).length)).toEqual([17 * 24, 28 * 24, 24]);
  });
});
