import { describe, expect, test } from "vitest";
import { AMOUNT_DIGITS, formatFixed, parseFixed } from "./fixed-point";
import { Breakdown } from "./rater";
import { applySpendLimits } from "./spend-limits";

const amount = (value: string) => parseFixed(value, AMOUNT_DIGITS) as bigint;
const limit = (value: string | null) => (value === null ? null : amount(value));

describe("applySpendLimits", () => {
  test.each<{ usage: string; minimum: string | null; maximum: string | null; adjustment: string | null; total: string }>([
    { usage: "0", minimum: null, maximum: null, adjustment: null, total: "0" },
    { usage: "0", minimum: "50", maximum: null, adjustment: "Minimum spend adjustment 50", total: "50" }, // due without usage
    { usage: "12.3457", minimum: "20", maximum: null, adjustment: "Minimum spend adjustment 7.6543", total: "20" },
    { usage: "20", minimum: "20", maximum: null, adjustment: null, total: "20" }, // exactly at the minimum
    { usage: "20.0001", minimum: "20", maximum: "20.0001", adjustment: null, total: "20.0001" }, // exactly at the maximum
    { usage: "150.75", minimum: null, maximum: "100", adjustment: "Maximum spend adjustment -50.75", total: "100" },
    { usage: "100.00000000001", minimum: "10", maximum: "100", adjustment: "Maximum spend adjustment -0.00000000001", total: "100" },
    { usage: "5", minimum: "10", maximum: "10", adjustment: "Minimum spend adjustment 5", total: "10" },
    { usage: "15", minimum: "10", maximum: "10", adjustment: "Maximum spend adjustment -5", total: "10" },
  ])("$usage within [$minimum, $maximum] → $adjustment", ({ usage, minimum, maximum, adjustment, total }) => {
    const breakdown = new Breakdown();
    breakdown.add("Usage", "1", undefined, amount(usage));
    applySpendLimits(breakdown, { minimum: limit(minimum), maximum: limit(maximum) });
    expect(breakdown.lines.slice(1).map((line) => `${line.description} ${line.amount}`)).toEqual(adjustment === null ? [] : [adjustment]);
    expect(formatFixed(breakdown.total, AMOUNT_DIGITS)).toBe(total);
  });
});
