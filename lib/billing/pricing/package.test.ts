import { describe, expect, test } from "vitest";
import { rateCharge } from "./rate-charge";
import type { ChargeDefinition } from "./types";

const pkg = (fields: Partial<Extract<ChargeDefinition, { model: "package" }>> = {}): ChargeDefinition => ({
  model: "package",
  currency: "USD",
  packageSize: "100",
  packagePrice: "5",
  ...fields,
});

describe("package", () => {
  test.each<{ name: string; def: ChargeDefinition; quantity: string; minor: bigint; exact: string }>([
    { name: "zero units", def: pkg(), quantity: "0", minor: 0n, exact: "0" },
    { name: "a fraction of a unit starts a block", def: pkg(), quantity: "0.5", minor: 500n, exact: "5" },
    { name: "one unit", def: pkg(), quantity: "1", minor: 500n, exact: "5" },
    { name: "exactly one block", def: pkg(), quantity: "100", minor: 500n, exact: "5" },
    { name: "one unit over", def: pkg(), quantity: "101", minor: 1000n, exact: "10" },
    { name: "a hair over", def: pkg(), quantity: "200.000000000001", minor: 1500n, exact: "15" },
    { name: "free units above usage", def: pkg({ freeUnits: "1000" }), quantity: "10", minor: 0n, exact: "0" },
    { name: "usage equal to free units", def: pkg({ freeUnits: "250" }), quantity: "250", minor: 0n, exact: "0" },
    { name: "half a unit past the free units", def: pkg({ freeUnits: "250" }), quantity: "250.5", minor: 500n, exact: "5" },
    { name: "one block past the free units", def: pkg({ freeUnits: "250" }), quantity: "350", minor: 500n, exact: "5" },
    { name: "one unit more", def: pkg({ freeUnits: "250" }), quantity: "351", minor: 1000n, exact: "10" },
    { name: "fractional free units", def: pkg({ freeUnits: "0.5" }), quantity: "100.5", minor: 500n, exact: "5" },
    { name: "1e12 units", def: pkg({ packageSize: "1000", packagePrice: "0.01" }), quantity: "1000000000000", minor: 1_000_000_000n, exact: "10000000" },
    { name: "JPY", def: pkg({ currency: "JPY", packagePrice: "500" }), quantity: "201", minor: 1500n, exact: "1500" },
    { name: "KWD tie", def: pkg({ currency: "KWD", packageSize: "1", packagePrice: "0.0125" }), quantity: "3", minor: 38n, exact: "0.0375" },
    { name: "sub-cent block price", def: pkg({ packageSize: "1000", packagePrice: "0.0001" }), quantity: "123457000", minor: 1235n, exact: "12.3457" },
  ])("$name: $quantity → $minor", ({ def, quantity, minor, exact }) => {
    const rated = rateCharge(def, { quantity });
    expect(rated.amountMinor).toBe(minor);
    expect(rated.exactAmount).toBe(exact);
  });

  test.each<{ quantity: string; breakdown: object[] }>([
    { quantity: "0", breakdown: [] },
    { quantity: "100", breakdown: [{ description: "Free units", quantity: "100", unitPrice: "0", amount: "0" }] },
    {
      quantity: "351",
      breakdown: [
        { description: "Free units", quantity: "250", unitPrice: "0", amount: "0" },
        { description: "Packages of 100 units", quantity: "2", unitPrice: "5", amount: "10" },
      ],
    },
  ])("breakdown for $quantity units with 250 free", ({ quantity, breakdown }) => {
    expect(rateCharge(pkg({ freeUnits: "250" }), { quantity }).breakdown).toEqual(breakdown);
  });
});
