import { describe, expect, test } from "vitest";
import { parseFixed, UNIT_DIGITS } from "./fixed-point";
import { compileTiers, tierOf } from "./tiers";
import type { Tier } from "./types";

const units = (value: string) => parseFixed(value, UNIT_DIGITS) as bigint;

describe("compileTiers", () => {
  test("each tier starts where the previous one ends, with a readable range", () => {
    const tiers = compileTiers([
      { upTo: "100", unitPrice: "1.50", flatFee: "10" },
      { upTo: "1000.5", unitPrice: "0.5", flatFee: "0" },
      { upTo: null, unitPrice: "0" },
    ]);
    expect(tiers.map(({ from, upTo, unitPriceText, description }) => ({ from, upTo, unitPriceText, description }))).toEqual([
      { from: 0n, upTo: units("100"), unitPriceText: "1.5", description: "Tier 1 (up to 100)" },
      { from: units("100"), upTo: units("1000.5"), unitPriceText: "0.5", description: "Tier 2 (above 100 up to 1000.5)" },
      { from: units("1000.5"), upTo: null, unitPriceText: "0", description: "Tier 3 (above 1000.5)" },
    ]);
    expect(tiers.map((tier) => tier.flatFee?.line.amount ?? null)).toEqual(["10", null, null]);
  });

  test("a single open tier covers all units", () => {
    expect(compileTiers([{ upTo: null, unitPrice: "1" }])[0]?.description).toBe("Tier 1 (all units)");
  });
});

describe("tierOf", () => {
  const tiers = compileTiers([
    { upTo: "10", unitPrice: "3" },
    { upTo: "20", unitPrice: "2" },
    { upTo: null, unitPrice: "1" },
  ] satisfies Tier[]);

  test.each<{ quantity: string; tier: number }>([
    { quantity: "0", tier: 1 },
    { quantity: "10", tier: 1 },
    { quantity: "10.000000000001", tier: 2 },
    { quantity: "20", tier: 2 },
    { quantity: "21", tier: 3 },
    { quantity: "1000000000000", tier: 3 },
  ])("$quantity falls in tier $tier", ({ quantity, tier }) => {
    expect(tierOf(tiers, units(quantity))).toBe(tiers[tier - 1]);
  });
});
