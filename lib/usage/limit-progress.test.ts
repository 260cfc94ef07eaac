import { describe, expect, test } from "vitest";
import { limitProgressPercent } from "./limit-progress";

describe("limitProgressPercent", () => {
  test.each([
    ["0", "10", 0],
    ["7", "10", 70],
    ["7.99", "10", 79],
    ["8", "10", 80],
    ["12", "10", 100],
    ["0.000000000001", "1000000000000000000000000000", 0],
    ["1", "3", 33],
  ])("%s of %s is %i%%", (usage, threshold, expected) => {
    expect(limitProgressPercent(usage, threshold)).toBe(expected);
  });
});
