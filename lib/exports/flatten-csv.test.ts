import { describe, expect, it } from "vitest";
import { parseCsv } from "../csv/csv";
import { objectsToCsv } from "./flatten-csv";

describe("objectsToCsv", () => {
  it("flattens nested objects into dotted columns, keeps arrays as JSON and leaves out the type tag", () => {
    const csv = objectsToCsv([
      { object: "plan", id: "plan_1", code: "pro", metadata: { tier: "gold" }, currencies: ["EUR", "USD"], archived_at: null },
      { object: "plan", id: "plan_2", code: "=cmd", metadata: {}, currencies: [], archived_at: "2026-11-23T10:00:00.000Z", trial_days: 14 },
    ]);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(parseCsv(csv)).toEqual([
      ["id", "code", "metadata.tier", "currencies", "archived_at", "trial_days"],
      ["plan_1", "pro", "gold", '["EUR","USD"]', "", ""],
      ["plan_2", "'=cmd", "", "[]", "2026-11-23T10:00:00.000Z", "14"],
    ]);
  });

  it("an empty list is an empty file (with the BOM)", () => {
    expect(objectsToCsv([])).toBe("\uFEFF");
  });
});
