import { describe, expect, test } from "vitest";
import { rateCharge } from "./rate-charge";

describe.each(["per_unit", "per_seat"] as const)("%s", (model) => {
  test.each<{ currency: string; unitPrice: string; quantity: string; minor: bigint; exact: string }>([
    { currency: "USD", unitPrice: "10", quantity: "0", minor: 0n, exact: "0" },
    { currency: "USD", unitPrice: "10", quantity: "3", minor: 3000n, exact: "30" },
    { currency: "USD", unitPrice: "0.09", quantity: "0.5", minor: 5n, exact: "0.045" }, // 4.5 cents, tie rounds up
    { currency: "USD", unitPrice: "0.0001", quantity: "123457", minor: 1235n, exact: "12.3457" }, // sub-cent price
    { currency: "USD", unitPrice: "0.000000000001", quantity: "0.000000000001", minor: 0n, exact: "0.000000000000000000000001" },
    { currency: "USD", unitPrice: "0.000001", quantity: "1000000000000", minor: 100_000_000n, exact: "1000000" }, // 1e12 units
    { currency: "USD", unitPrice: "999999.999999999999", quantity: "1000000000000.5", minor: 100_000_000_000_049_999_900n, exact: "1000000000000499998.9999999999995" },
    { currency: "JPY", unitPrice: "1000.5", quantity: "3", minor: 3002n, exact: "3001.5" },
    { currency: "JPY", unitPrice: "0.25", quantity: "1", minor: 0n, exact: "0.25" },
    { currency: "KWD", unitPrice: "0.1235", quantity: "7", minor: 865n, exact: "0.8645" }, // 864.5 fils
    { currency: "KWD", unitPrice: "0.1234", quantity: "7", minor: 864n, exact: "0.8638" },
  ])("$quantity × $unitPrice $currency → $minor", ({ currency, unitPrice, quantity, minor, exact }) => {
    const rated = rateCharge({ model, currency, unitPrice }, { quantity });
    expect(rated.amountMinor).toBe(minor);
    expect(rated.exactAmount).toBe(exact);
  });

  test("one line: normalised quantity and unit price, exact amount", () => {
    expect(rateCharge({ model, currency: "USD", unitPrice: "0.50" }, { quantity: "007.250" }).breakdown).toEqual([
      { description: model === "per_seat" ? "Seats" : "Units", quantity: "7.25", unitPrice: "0.5", amount: "3.625" },
    ]);
  });
});
