import { describe, expect, test } from "vitest";
import { rateCharge } from "./rate-charge";

describe("flat", () => {
  test.each<{ currency: string; amount: string; quantity: string; minor: bigint; exact: string }>([
    { currency: "USD", amount: "49", quantity: "1", minor: 4900n, exact: "49" },
    { currency: "USD", amount: "49", quantity: "0", minor: 4900n, exact: "49" }, // charged without usage
    { currency: "USD", amount: "49", quantity: "1000.5", minor: 4900n, exact: "49" }, // quantity is ignored
    { currency: "USD", amount: "0", quantity: "1", minor: 0n, exact: "0" },
    { currency: "USD", amount: "9.995", quantity: "1", minor: 1000n, exact: "9.995" }, // tie rounds up
    { currency: "JPY", amount: "500", quantity: "1", minor: 500n, exact: "500" },
    { currency: "JPY", amount: "0.5", quantity: "1", minor: 1n, exact: "0.5" },
    { currency: "KWD", amount: "1.2345", quantity: "1", minor: 1235n, exact: "1.2345" },
  ])("$amount $currency for quantity $quantity → $minor", ({ currency, amount, quantity, minor, exact }) => {
    const rated = rateCharge({ model: "flat", currency, amount }, { quantity });
    expect(rated).toEqual({ currency, amountMinor: minor, exactAmount: exact, breakdown: [{ description: "Flat fee", quantity: "1", amount: exact }] });
  });

  test("each rating gets its own breakdown line objects", () => {
    const first = rateCharge({ model: "flat", currency: "USD", amount: "5" }, { quantity: "1" });
    (first.breakdown[0] as { amount: string }).amount = "changed";
    expect(rateCharge({ model: "flat", currency: "USD", amount: "5" }, { quantity: "1" }).breakdown[0]?.amount).toBe("5");
  });
});
