import { describe, expect, test } from "vitest";
import { HUNDRED_PERCENT, parsePercent } from "./percent";

describe("parsePercent", () => {
  test.each<{ value: unknown; expected: bigint | undefined }>([
    { value: "100", expected: HUNDRED_PERCENT },
    { value: "12.5", expected: 12_500_000_000_000n },
    { value: "0.000000000001", expected: 1n },
    { value: "0", expected: 0n },
    { value: "-5", expected: -5_000_000_000_000n },
    { value: "0.0000000000001", expected: undefined }, // 13 decimal places
    { value: "1e2", expected: undefined },
    { value: ".5", expected: undefined },
    { value: "12,5", expected: undefined },
    { value: "", expected: undefined },
    { value: 12.5, expected: undefined },
    { value: undefined, expected: undefined },
  ])("$value → $expected", ({ value, expected }) => {
    expect(parsePercent(value)).toBe(expected);
  });
});
