import { describe, expect, test } from "vitest";
import { bucketStart, splitPeriod } from "./buckets";

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
