import { describe, expect, test } from "vitest";
import { convertMinor, rateAt, type ExchangeRateQuote } from "./exchange";

const billingError = (code: string) => expect.objectContaining({ name: "BillingError", code });

describe("convertMinor", () => {
  test.each<{ amount: bigint; from: string; to: string; rate: string; inverted?: boolean; expected: bigint; why: string }>([
    { amount: 10000n, from: "EUR", to: "USD", rate: "1.08", expected: 10800n, why: "same exponent" },
    { amount: 1n, from: "EUR", to: "USD", rate: "1.5", expected: 2n, why: "exactly .5 rounds up" },
    { amount: -1n, from: "EUR", to: "USD", rate: "1.5", expected: -2n, why: "negative .5 rounds away from zero" },
    { amount: 1n, from: "EUR", to: "USD", rate: "1.499999999999", expected: 1n, why: "just under .5 rounds down" },
    { amount: 3n, from: "EUR", to: "USD", rate: "0.5", expected: 2n, why: "1.5 cents → 2" },
    { amount: 1000n, from: "USD", to: "JPY", rate: "150.255", expected: 1503n, why: "USD 10.00 = JPY 1502.55 → 1503 (exponent 2 → 0)" },
    { amount: 1000n, from: "USD", to: "JPY", rate: "150.25", expected: 1503n, why: "JPY 1502.5 → 1503, half up" },
    { amount: 1503n, from: "JPY", to: "USD", rate: "0.006655", expected: 1000n, why: "JPY 1503 = USD 10.002465 → 1000 cents (exponent 0 → 2)" },
    { amount: 1000n, from: "EUR", to: "KWD", rate: "0.3345", expected: 3345n, why: "EUR 10.00 = KWD 3.345 (exponent 2 → 3)" },
    { amount: 12345n, from: "KWD", to: "EUR", rate: "2.99", expected: 3691n, why: "KWD 12.345 × 2.99 = EUR 36.91155 → 3691 (exponent 3 → 2)" },
    { amount: 5n, from: "KWD", to: "JPY", rate: "100", expected: 1n, why: "KWD 0.005 = JPY 0.5 → 1 (exponent 3 → 0)" },
    { amount: 4n, from: "KWD", to: "JPY", rate: "100", expected: 0n, why: "JPY 0.4 → 0" },
    { amount: 0n, from: "EUR", to: "USD", rate: "1.08", expected: 0n, why: "zero stays zero" },
    { amount: 9007199254740993n, from: "EUR", to: "EUR", rate: "1", expected: 9007199254740993n, why: "beyond 2^53 stays exact" },
    { amount: 10800n, from: "USD", to: "EUR", rate: "1.08", inverted: true, expected: 10000n, why: "inverse: divides by the EUR→USD rate" },
    { amount: 100n, from: "USD", to: "EUR", rate: "3", inverted: true, expected: 33n, why: "inverse of 3: 33.33… cents" },
    { amount: 150n, from: "JPY", to: "USD", rate: "150", inverted: true, expected: 100n, why: "inverse across exponents: JPY 150 = USD 1.00" },
    { amount: 1n, from: "JPY", to: "USD", rate: "200", inverted: true, expected: 1n, why: "inverse exact half: USD 0.005 → 1 cent" },
  ])("$why", ({ amount, from, to, rate, inverted, expected }) => {
    expect(convertMinor(amount, from, to, rate, { inverted })).toBe(expected);
  });

  test.each(["0", "-1.08", "1.0000000000001", "1e3", "", " 1.08", "abc"])("refuses the rate %j", (rate) => {
    expect(() => convertMinor(100n, "EUR", "USD", rate)).toThrow(billingError("invalid_amount"));
  });

  test("accepts 12 decimal places and refuses unknown currencies", () => {
    expect(convertMinor(1_000_000_000_000n, "EUR", "USD", "0.000000000001")).toBe(1n);
    expect(() => convertMinor(100n, "EUR", "XYZ", "1.08")).toThrow(billingError("unknown_currency"));
  });
});

describe("rateAt", () => {
  const at = (iso: string) => new Date(iso);
  const rate = (baseCurrency: string, quoteCurrency: string, value: string, effectiveFrom: string): ExchangeRateQuote => ({
    baseCurrency,
    quoteCurrency,
    rate: value,
    effectiveFrom: at(effectiveFrom),
  });
  const jan = rate("EUR", "USD", "1.05", "2026-01-01T00:00:00Z");
  const feb = rate("EUR", "USD", "1.08", "2026-02-01T00:00:00Z");
  const marInverse = rate("USD", "EUR", "0.9", "2026-03-01T00:00:00Z");
  const febInverse = rate("USD", "EUR", "0.95", "2026-02-01T00:00:00Z");
  const other = rate("EUR", "GBP", "0.85", "2025-01-01T00:00:00Z");
  const rates = [feb, other, jan, marInverse];

  test.each<{ name: string; from: string; to: string; instant: string; expected: ReturnType<typeof rateAt> }>([
    { name: "before any rate: none", from: "EUR", to: "USD", instant: "2025-12-31T23:59:59.999Z", expected: undefined },
    { name: "the instant a rate takes effect: that rate", from: "EUR", to: "USD", instant: "2026-01-01T00:00:00Z", expected: { quote: jan, inverted: false } },
    { name: "between rates: the earlier one still applies", from: "EUR", to: "USD", instant: "2026-01-31T23:59:59.999Z", expected: { quote: jan, inverted: false } },
    { name: "after a newer rate: the newer one, whatever the list order", from: "EUR", to: "USD", instant: "2026-02-15T00:00:00Z", expected: { quote: feb, inverted: false } },
    { name: "a newer rate stored the other way round wins, inverted", from: "EUR", to: "USD", instant: "2026-03-02T00:00:00Z", expected: { quote: marInverse, inverted: true } },
    { name: "the reverse direction uses the direct rate inverted", from: "USD", to: "EUR", instant: "2026-02-15T00:00:00Z", expected: { quote: feb, inverted: true } },
    { name: "no rate for the pair: none", from: "GBP", to: "USD", instant: "2026-06-01T00:00:00Z", expected: undefined },
  ])("$name", ({ from, to, instant, expected }) => {
    expect(rateAt(rates, from, to, at(instant))).toEqual(expected);
  });

  test("on a tie, the rate stored in the asked direction wins", () => {
    expect(rateAt([febInverse, feb], "EUR", "USD", at("2026-02-02T00:00:00Z"))).toEqual({ quote: feb, inverted: false });
    expect(rateAt([feb, febInverse], "EUR", "USD", at("2026-02-02T00:00:00Z"))).toEqual({ quote: feb, inverted: false });
  });
});
