import { describe, expect, test } from "vitest";
import { resolveRange } from "./explorer-range";

const now = new Date("2026-03-10T14:25:00Z");
const iso = (range: ReturnType<typeof resolveRange>) => range && [range.from.toISOString(), range.to.toISOString()];

describe("explorer ranges", () => {
  test.each([
    ["24h", "2026-03-09T15:00:00.000Z"],
    ["7d", "2026-03-03T15:00:00.000Z"],
    ["30d", "2026-02-08T15:00:00.000Z"],
    ["month", "2026-03-01T00:00:00.000Z"],
  ] as const)("%s ends with the current hour", (range, from) => {
    expect(iso(resolveRange(range, now))).toEqual([from, "2026-03-10T15:00:00.000Z"]);
  });

  test("on the hour, the current hour is still included", () => {
    expect(iso(resolveRange("24h", new Date("2026-03-10T14:00:00Z")))).toEqual(["2026-03-09T15:00:00.000Z", "2026-03-10T15:00:00.000Z"]);
  });

  test("custom: both ends, in order", () => {
    expect(iso(resolveRange("custom", now, { from: "2026-01-01T00:00:00Z", to: "2026-01-02T00:00:00Z" }))).toEqual(["2026-01-01T00:00:00.000Z", "2026-01-02T00:00:00.000Z"]);
    expect(resolveRange("custom", now, { from: "2026-01-02T00:00:00Z", to: "2026-01-01T00:00:00Z" })).toBeNull();
    expect(resolveRange("custom", now, { from: "soon", to: "2026-01-01T00:00:00Z" })).toBeNull();
    expect(resolveRange("custom", now, {})).toBeNull();
  });
});
