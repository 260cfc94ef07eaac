import { describe, expect, test } from "vitest";
import { AMOUNT_DIGITS, parseFixed } from "./fixed-point";
import { Breakdown, fixedLine, parseOptional, parseValidated } from "./rater";

const amount = (value: string) => parseFixed(value, AMOUNT_DIGITS) as bigint;

describe("Breakdown", () => {
  test("keeps lines in order with exact amount text and sums them exactly", () => {
    const breakdown = new Breakdown();
    breakdown.add("Units", "3", "0.0001", amount("0.0003"));
    breakdown.addFixed(fixedLine("Tier 1 flat fee", amount("10")));
    breakdown.add("Cap", "1", undefined, -1n); // the smallest exact amount, 10^-26
    expect(breakdown.lines).toEqual([
      { description: "Units", quantity: "3", unitPrice: "0.0001", amount: "0.0003" },
      { description: "Tier 1 flat fee", quantity: "1", amount: "10" },
      { description: "Cap", quantity: "1", amount: "-0.00000000000000000000000001" },
    ]);
    expect(breakdown.total).toBe(amount("10.0003") - 1n);
  });

  test("adds a copy of a fixed line, never the shared object", () => {
    const fee = fixedLine("Flat fee", amount("5"));
    const breakdown = new Breakdown();
    breakdown.addFixed(fee);
    expect(breakdown.lines[0]).toEqual(fee.line);
    expect(breakdown.lines[0]).not.toBe(fee.line);
  });
});

describe("parseValidated", () => {
  test("parses a valid decimal and throws invalid_charge otherwise", () => {
    expect(parseValidated("1.5", 12)).toBe(15n * 10n ** 11n);
    expect(() => parseValidated("1e3", 12)).toThrow(expect.objectContaining({ name: "BillingError", code: "invalid_charge" }));
  });
});

describe("parseOptional", () => {
  test("is null when absent", () => {
    expect(parseOptional(undefined, 12)).toBeNull();
    expect(parseOptional("2", 12)).toBe(2n * 10n ** 12n);
  });
});
