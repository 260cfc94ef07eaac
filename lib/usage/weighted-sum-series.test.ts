import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { Dec } from "../billing/decimal";
import { weightedSum } from "./aggregation";
import { bucketSpans } from "./buckets";
import { weightedSumSeries, type ValueStream } from "./weighted-sum-series";

const d = (iso: string) => new Date(iso);
const change = (iso: string, value: string, txn = iso) => ({ at: d(iso), txn, value });
const points = (streams: ValueStream[], from: string, to: string, size: "hour" | "day" | "month") =>
  weightedSumSeries(streams, bucketSpans(d(from), d(to), size)).map((point) => [point.bucket.toISOString(), point.group, point.quantity]);

describe("weighted sum series", () => {
  test("the value in force at a bucket's start is the last change before it", () => {
    const stream = { group: "[]", carryIn: "2", changes: [change("2026-01-01T01:30:00Z", "4")] };
    expect(points([stream], "2026-01-01T00:00:00Z", "2026-01-01T03:00:00Z", "hour")).toEqual([
      ["2026-01-01T00:00:00.000Z", "[]", "2"],
      ["2026-01-01T01:00:00.000Z", "[]", "3"],
      ["2026-01-01T02:00:00.000Z", "[]", "4"],
    ]);
  });

  test("before the first value there is no point; a value of 0 is a point of 0", () => {
    const stream = { group: "[]", carryIn: null, changes: [change("2026-01-01T01:15:00Z", "8"), change("2026-01-01T02:00:00Z", "0")] };
    expect(points([stream], "2026-01-01T00:00:00Z", "2026-01-01T04:00:00Z", "hour")).toEqual([
      ["2026-01-01T01:00:00.000Z", "[]", "6"],
      ["2026-01-01T02:00:00.000Z", "[]", "0"],
      ["2026-01-01T03:00:00.000Z", "[]", "0"],
    ]);
  });

  test("streams of one group add up; other groups stay apart; equal timestamps order by transaction id", () => {
    const streams = [
      { group: '["eu"]', carryIn: "10", changes: [change("2026-01-02T12:00:00Z", "1", "b"), change("2026-01-02T12:00:00Z", "5", "a")] },
      { group: '["eu"]', carryIn: null, changes: [change("2026-01-01T18:00:00Z", "2")] },
      { group: '["us"]', carryIn: "1.5", changes: [] },
    ];
    expect(points(streams, "2026-01-01T00:00:00Z", "2026-01-03T00:00:00Z", "day")).toEqual([
      ["2026-01-01T00:00:00.000Z", '["eu"]', "252"], // 10 × 24 + 2 × 6
      ["2026-01-01T00:00:00.000Z", '["us"]', "36"],
      ["2026-01-02T00:00:00.000Z", '["eu"]', "180"], // 10 × 12 + 1 × 12 (txn b after a) + 2 × 24
      ["2026-01-02T00:00:00.000Z", '["us"]', "36"],
    ]);
  });

  test("partial first and last buckets measure only the range; a month bucket of January holds 744 hours", () => {
    const stream = { group: "[]", carryIn: "1", changes: [] };
    expect(points([stream], "2026-01-01T18:00:00Z", "2026-01-02T06:00:00Z", "day")).toEqual([
      ["2026-01-01T00:00:00.000Z", "[]", "6"],
      ["2026-01-02T00:00:00.000Z", "[]", "6"],
    ]);
    expect(points([stream], "2026-01-01T00:00:00Z", "2026-02-01T00:00:00Z", "month")).toEqual([["2026-01-01T00:00:00.000Z", "[]", "744"]]);
  });

  test("a point is rounded once, after its streams add up", () => {
    const half = (group: string) => ({ group, carryIn: null, changes: [change("2026-01-01T00:30:00Z", "0.000000000001")] });
    expect(points([half("[]"), half("[]")], "2026-01-01T00:00:00Z", "2026-01-01T01:00:00Z", "hour")).toEqual([["2026-01-01T00:00:00.000Z", "[]", "0.000000000001"]]);
  });

  test("the buckets of a range add up to the weighted sum of the whole range (quarter-hour changes: no rounding)", () => {
    const from = d("2026-01-01T00:00:00Z").getTime();
    const arbitraryChange = fc.record({ quarter: fc.integer({ min: 0, max: 72 * 4 - 1 }), value: fc.integer({ min: 0, max: 10_000 }), txn: fc.string({ maxLength: 3 }) });
    fc.assert(
      fc.property(fc.array(arbitraryChange, { maxLength: 12 }), fc.option(fc.integer({ min: 0, max: 100 })), (raw, carry) => {
        const changes = raw.map(({ quarter, value, txn }) => ({ at: new Date(from + quarter * 900_000), txn, value: (value / 100).toString() }));
        const carryIn = carry === null ? null : carry.toString();
        const start = new Date(from);
        const end = new Date(from + 72 * 3_600_000);
        for (const size of ["hour", "day"] as const) {
          const series = weightedSumSeries([{ group: "[]", carryIn, changes }], bucketSpans(start, end, size));
          const total = series.reduce((sum, point) => sum.plus(point.quantity), new Dec(0));
          expect(total.toFixed()).toBe(weightedSum(changes, carryIn, start, end));
        }
      }),
    );
  });
});

describe("bucket spans", () => {
  test("cut to the range at both ends", () => {
    expect(bucketSpans(d("2026-01-31T10:00:00Z"), d("2026-03-01T05:00:00Z"), "month").map((s) => [s.bucket, s.start, s.end].map((x) => x.toISOString()))).toEqual([
      ["2026-01-01T00:00:00.000Z", "2026-01-31T10:00:00.000Z", "2026-02-01T00:00:00.000Z"],
      ["2026-02-01T00:00:00.000Z", "2026-02-01T00:00:00.000Z", "2026-03-01T00:00:00.000Z"],
      ["2026-03-01T00:00:00.000Z", "2026-03-01T00:00:00.000Z", "2026-03-01T05:00:00.000Z"],
    ]);
    expect(bucketSpans(d("2026-01-01T00:00:00Z"), d("2026-01-01T00:00:00Z"), "hour")).toEqual([]);
  });
});
