import { describe, expect, test } from "vitest";
import { EMPTY_PARTIAL, mergePartials, partialOfEvents, quantityOf, weightedSum } from "./aggregation";

const at = (iso: string) => new Date(`2026-01-01T${iso}Z`);

describe("partial aggregates", () => {
  const events = [
    { at: at("10:00:00"), txn: "b", value: "2.5" },
    { at: at("11:00:00"), txn: "a", value: "-1" },
    { at: at("11:00:00"), txn: "c", value: "7" },
    { at: at("09:00:00"), txn: "z", value: "3" },
  ];

  test.each([
    ["count", "4"],
    ["sum", "11.5"],
    ["max", "7"],
    ["latest", "7"],
  ] as const)("%s of a known event set is %s", (aggregation, expected) => {
    expect(quantityOf(aggregation, partialOfEvents(events))).toBe(expected);
  });

  test("merging in any split and order gives the same aggregate (rollups + edges + tail)", () => {
    const whole = partialOfEvents(events);
    for (let cut = 0; cut <= events.length; cut++) {
      const left = partialOfEvents(events.slice(0, cut));
      const right = partialOfEvents(events.slice(cut));
      expect(mergePartials(left, right)).toEqual(whole);
      expect(mergePartials(right, left)).toEqual(whole);
    }
  });

  test("ties on the timestamp: the greater transaction id is the latest", () => {
    expect(partialOfEvents(events).latest).toEqual({ at: at("11:00:00"), txn: "c", value: "7" });
  });

  test("no events: every quantity is 0", () => {
    for (const aggregation of ["count", "sum", "max", "latest"] as const) expect(quantityOf(aggregation, EMPTY_PARTIAL)).toBe("0");
  });

  test("count meters carry no value", () => {
    expect(partialOfEvents([{ at: at("10:00:00"), txn: "a", value: null }])).toEqual({ count: 1n, sum: "0", max: null, latest: null });
  });

  test("sums stay exact beyond float precision", () => {
    const many = Array.from({ length: 10 }, (_, i) => ({ at: at("10:00:00"), txn: String(i), value: "0.1" }));
    expect(quantityOf("sum", partialOfEvents(many))).toBe("1");
    expect(quantityOf("sum", partialOfEvents([{ at: at("10:00:00"), txn: "a", value: "12345678901234567890.000000000001" }]))).toBe("12345678901234567890.000000000001");
  });
});

describe("weighted sum over time", () => {
  const start = at("00:00:00");
  const end = at("10:00:00");

  test("each value holds until the next change; the carried-in value holds from the start", () => {
    // 10 GB for 2 h, then 40 GB for 6 h, then 0 for 2 h: 20 + 240 = 260 GB-hours
    const changes = [
      { at: at("08:00:00"), txn: "c", value: "0" },
      { at: at("02:00:00"), txn: "a", value: "40" },
    ];
    expect(weightedSum(changes, "10", start, end)).toBe("260");
  });

  test("nothing before the first change counts when nothing was carried in", () => {
    expect(weightedSum([{ at: at("05:00:00"), txn: "a", value: "3" }], null, start, end)).toBe("15");
    expect(weightedSum([], null, start, end)).toBe("0");
    expect(weightedSum([], "2.5", start, end)).toBe("25");
  });

  test("two changes at the same instant: the greater transaction id wins", () => {
    const changes = [
      { at: at("05:00:00"), txn: "b", value: "1" },
      { at: at("05:00:00"), txn: "a", value: "100" },
    ];
    expect(weightedSum(changes, null, start, end)).toBe("5");
  });

  test("milliseconds round half up to 12 decimals of an hour", () => {
    // 1 ms of value 1 = 1/3,600,000 h = 0.000000277777… → 0.000000277778
    expect(weightedSum([{ at: new Date(end.getTime() - 1), txn: "a", value: "1" }], null, start, end)).toBe("0.000000277778");
  });
});
