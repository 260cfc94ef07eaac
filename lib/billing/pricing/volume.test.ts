import { describe, expect, test } from "vitest";
import { rateCharge } from "./rate-charge";
import type { ChargeDefinition } from "./types";

// All units at 1 up to 100, at 0.5 (+20) up to 1000, above that at 0.25 (+50).
const SEATS: ChargeDefinition = {
  model: "volume",
  currency: "USD",
  tiers: [
    { upTo: "100", unitPrice: "1" },
    { upTo: "1000", unitPrice: "0.5", flatFee: "20" },
    { upTo: null, unitPrice: "0.25", flatFee: "50" },
  ],
};

describe("volume", () => {
  test.each<{ quantity: string; minor: bigint; exact: string }>([
    { quantity: "0", minor: 0n, exact: "0" }, // no units, no flat fee
    { quantity: "0.5", minor: 50n, exact: "0.5" },
    { quantity: "100", minor: 10000n, exact: "100" }, // exactly at the bound: tier 1
    { quantity: "100.5", minor: 7025n, exact: "70.25" }, // just over: every unit at tier 2, plus its fee
    { quantity: "101", minor: 7050n, exact: "70.5" },
    { quantity: "1000", minor: 52000n, exact: "520" },
    { quantity: "1001", minor: 30025n, exact: "300.25" }, // the classic volume cliff
    { quantity: "1000000000000", minor: 25_000_000_005_000n, exact: "250000000050" },
  ])("$quantity units → $minor cents", ({ quantity, minor, exact }) => {
    const rated = rateCharge(SEATS, { quantity });
    expect(rated.amountMinor).toBe(minor);
    expect(rated.exactAmount).toBe(exact);
  });

  test("one line for all units at the reached tier, then its flat fee", () => {
    expect(rateCharge(SEATS, { quantity: "101" }).breakdown).toEqual([
      { description: "Tier 2 (above 100 up to 1000)", quantity: "101", unitPrice: "0.5", amount: "50.5" },
      { description: "Tier 2 (above 100 up to 1000) flat fee", quantity: "1", amount: "20" },
    ]);
    expect(rateCharge(SEATS, { quantity: "0" }).breakdown).toEqual([]);
  });

  test.each<{ currency: string; unitPrice: string; flatFee?: string; quantity: string; minor: bigint; exact: string }>([
    { currency: "JPY", unitPrice: "12.5", quantity: "3", minor: 38n, exact: "37.5" },
    { currency: "JPY", unitPrice: "12", flatFee: "0.5", quantity: "1", minor: 13n, exact: "12.5" },
    { currency: "KWD", unitPrice: "0.0005", quantity: "1", minor: 1n, exact: "0.0005" },
    { currency: "USD", unitPrice: "0.0001", quantity: "123457", minor: 1235n, exact: "12.3457" },
  ])("$quantity × $unitPrice $currency (+ $flatFee) → $minor", ({ currency, unitPrice, flatFee, quantity, minor, exact }) => {
    const rated = rateCharge({ model: "volume", currency, tiers: [{ upTo: null, unitPrice, flatFee }] }, { quantity });
    expect(rated.amountMinor).toBe(minor);
    expect(rated.exactAmount).toBe(exact);
  });
});
