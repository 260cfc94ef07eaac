import { describe, expect, test } from "vitest";
import { rateCharge } from "./rate-charge";
import type { ChargeDefinition, Tier } from "./types";

const graduated = (tiers: Tier[], currency = "USD"): ChargeDefinition => ({ model: "graduated", currency, tiers });

// 1 per unit up to 100 (+10 once), 0.5 up to 1000, then 0.25 (+5 once).
const API_CALLS = graduated([
  { upTo: "100", unitPrice: "1", flatFee: "10" },
  { upTo: "1000", unitPrice: "0.5" },
  { upTo: null, unitPrice: "0.25", flatFee: "5" },
]);

describe("graduated", () => {
  test.each<{ quantity: string; minor: bigint; exact: string }>([
    { quantity: "0", minor: 0n, exact: "0" }, // no unit in any tier: no flat fee either
    { quantity: "0.5", minor: 1050n, exact: "10.5" }, // fractional unit reaches tier 1
    { quantity: "1", minor: 1100n, exact: "11" },
    { quantity: "100", minor: 11000n, exact: "110" }, // exactly at the bound: all in tier 1
    { quantity: "100.000000000001", minor: 11000n, exact: "110.0000000000005" },
    { quantity: "101", minor: 11050n, exact: "110.5" }, // one over
    { quantity: "1000", minor: 56000n, exact: "560" },
    { quantity: "1001", minor: 56525n, exact: "565.25" }, // tier 3 and its flat fee
    { quantity: "1000.5", minor: 56513n, exact: "565.125" }, // 56512.5 cents, tie rounds up
    { quantity: "1000000000000", minor: 25_000_000_031_500n, exact: "250000000315" }, // 1e12 units
  ])("$quantity units → $minor cents", ({ quantity, minor, exact }) => {
    const rated = rateCharge(API_CALLS, { quantity });
    expect(rated.amountMinor).toBe(minor);
    expect(rated.exactAmount).toBe(exact);
  });

  test("one line per reached tier, then its flat fee", () => {
    expect(rateCharge(API_CALLS, { quantity: "1001" }).breakdown).toEqual([
      { description: "Tier 1 (up to 100)", quantity: "100", unitPrice: "1", amount: "100" },
      { description: "Tier 1 (up to 100) flat fee", quantity: "1", amount: "10" },
      { description: "Tier 2 (above 100 up to 1000)", quantity: "900", unitPrice: "0.5", amount: "450" },
      { description: "Tier 3 (above 1000)", quantity: "1", unitPrice: "0.25", amount: "0.25" },
      { description: "Tier 3 (above 1000) flat fee", quantity: "1", amount: "5" },
    ]);
    expect(rateCharge(API_CALLS, { quantity: "0" }).breakdown).toEqual([]);
  });

  test.each<{ name: string; def: ChargeDefinition; quantity: string; minor: bigint; exact: string }>([
    {
      name: "free first 1000 calls, then 0.0001 per call (sub-cent)",
      def: graduated([{ upTo: "1000", unitPrice: "0" }, { upTo: null, unitPrice: "0.0001" }]),
      quantity: "124457",
      minor: 1235n,
      exact: "12.3457",
    },
    {
      name: "a single open tier is per-unit",
      def: graduated([{ upTo: null, unitPrice: "0.2" }]),
      quantity: "12.5",
      minor: 250n,
      exact: "2.5",
    },
    {
      name: "fractional bounds (GB)",
      def: graduated([{ upTo: "0.5", unitPrice: "0" }, { upTo: "10.5", unitPrice: "0.1" }, { upTo: null, unitPrice: "0.05" }]),
      quantity: "11",
      minor: 103n,
      exact: "1.025",
    },
    {
      name: "JPY, tie",
      def: graduated([{ upTo: "10", unitPrice: "100" }, { upTo: null, unitPrice: "0.5", flatFee: "1000" }], "JPY"),
      quantity: "13",
      minor: 2002n,
      exact: "2001.5",
    },
    {
      name: "KWD, three decimals",
      def: graduated([{ upTo: "10", unitPrice: "0.0125" }, { upTo: null, unitPrice: "0.0105" }], "KWD"),
      quantity: "11",
      minor: 136n,
      exact: "0.1355",
    },
    {
      name: "a flat fee of 0 adds no line",
      def: graduated([{ upTo: null, unitPrice: "1", flatFee: "0" }]),
      quantity: "1",
      minor: 100n,
      exact: "1",
    },
  ])("$name", ({ def, quantity, minor, exact }) => {
    const rated = rateCharge(def, { quantity });
    expect(rated.amountMinor).toBe(minor);
    expect(rated.exactAmount).toBe(exact);
    expect(rated.breakdown.every((line) => !line.description.endsWith("flat fee") || line.amount !== "0")).toBe(true);
  });
});
