import { describe, expect, test } from "vitest";
import { matchesFilters, propertyText, readNumericProperty } from "./filters";

describe("meter filters", () => {
  test.each([
    [{ region: "eu" }, true],
    [{ region: "us" }, false],
    [{}, false],
  ])("in: %j matches %s", (properties, expected) => {
    expect(matchesFilters(properties, [{ property: "region", operator: "in", values: ["eu", "uk"] }])).toBe(expected);
  });

  test.each([
    [{ tier: "free" }, false],
    [{ tier: "pro" }, true],
    [{}, true],
  ])("not_in: %j matches %s (a missing property is not in the list)", (properties, expected) => {
    expect(matchesFilters(properties, [{ property: "tier", operator: "not_in", values: ["free"] }])).toBe(expected);
  });

  test("every filter must match; numbers and booleans compare by their JSON text", () => {
    const filters = [
      { property: "region", operator: "in" as const, values: ["eu"] },
      { property: "version", operator: "in" as const, values: ["2"] },
      { property: "beta", operator: "not_in" as const, values: ["true"] },
    ];
    expect(matchesFilters({ region: "eu", version: 2, beta: false }, filters)).toBe(true);
    expect(matchesFilters({ region: "eu", version: 2, beta: true }, filters)).toBe(false);
    expect(propertyText({ nested: { a: 1 } }, "nested")).toBeNull();
  });
});

describe("numeric property values", () => {
  test.each([
    [3, "3"],
    [-2.5, "-2.5"],
    ["0.000000000001", "0.000000000001"],
    [" 42 ", "42"],
    [1e21, "1000000000000000000000"],
  ])("%j reads as %s", (value, text) => {
    expect(readNumericProperty(value)).toEqual({ ok: true, text });
  });

  test.each([
    [undefined, "is missing"],
    ["abc", 'must be a number or a decimal string with at most 12 decimals, got "abc"'],
    ["1.0000000000001", 'must be a number or a decimal string with at most 12 decimals, got "1.0000000000001"'],
    [true, "must be a number, got boolean"],
    [[1], "must be a number, got an array"],
  ])("%j is refused: %s", (value, reason) => {
    expect(readNumericProperty(value)).toEqual({ ok: false, reason });
  });
});
