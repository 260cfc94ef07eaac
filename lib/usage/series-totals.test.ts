import { describe, expect, test } from "vitest";
import { groupLabel, seriesTotals } from "./series-totals";

const point = (bucket: string, model: string | null, quantity: string) => ({ bucket_start: `2026-01-0${bucket}T00:00:00.000Z`, group: { model }, quantity });
const points = [point("1", "small", "1.5"), point("2", "small", "0.25"), point("1", "large", "7"), point("3", "large", "2"), point("2", null, "4")];

describe("series totals", () => {
  test.each([
    ["sum", "9", "4", "14.75"],
    ["count", "9", "4", "14.75"],
    ["weighted_sum", "9", "4", "14.75"],
    ["max", "7", "4", "7"],
    ["latest", "2", "4", null],
    ["unique_count", null, null, null],
  ] as const)("%s: large %s, (none) %s, overall %s", (aggregation, large, none, overall) => {
    const totals = seriesTotals(aggregation, points);
    expect(totals.groups.map((group) => group.label)).toEqual(["(none)", "large", "small"]);
    expect(totals.groups.find((group) => group.label === "large")!.total).toBe(large);
    expect(totals.groups.find((group) => group.label === "(none)")!.total).toBe(none);
    expect(totals.overall).toBe(overall);
  });

  test("a single group's latest and distinct count are the overall figure only for latest (one group: its last bucket)", () => {
    const single = [point("1", "x", "3"), point("2", "x", "5")].map((p) => ({ ...p, group: {} }));
    expect(seriesTotals("latest", single)).toEqual({ groups: [{ label: "Total", total: "5" }], overall: "5" });
    expect(seriesTotals("sum", [])).toEqual({ groups: [], overall: "0" });
  });

  test("labels join dimension values in order", () => {
    expect(groupLabel({ model: "large", region: null })).toBe("large · (none)");
    expect(groupLabel({})).toBe("Total");
  });
});
