import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { currencyExponent } from "./currency";
import { Dec } from "./decimal";
import { roundMinor, roundQuotientMinor, roundScaledToMinor, roundToMinor } from "./rounding";

const billingError = (code: string) => expect.objectContaining({ name: "BillingError", code });

describe("roundToMinor rounds half away from zero", () => {
  test.each<{ amount: string; currency: string; expected: bigint }>([
    // exponent 2
    { amount: "0.005", currency: "USD", expected: 1n },
    { amount: "-0.005", currency: "USD", expected: -1n },
    { amount: "0.004999999999", currency: "USD", expected: 0n },
    { amount: "-0.004999999999", currency: "USD", expected: 0n },
    { amount: "0.015", currency: "USD", expected: 2n },
    { amount: "0.025", currency: "USD", expected: 3n }, // half-even would give 2
    { amount: "1.005", currency: "USD", expected: 101n }, // float: 1.005 * 100 = 100.49999999999999
    { amount: "2.675", currency: "EUR", expected: 268n }, // float: (2.675).toFixed(2) === "2.67"
    { amount: "-2.675", currency: "EUR", expected: -268n },
    { amount: "12.345", currency: "EUR", expected: 1235n },
    { amount: "1.994999999999", currency: "GBP", expected: 199n },
    { amount: "12.5", currency: "USD", expected: 1250n },
    { amount: "1", currency: "USD", expected: 100n },
    { amount: "0", currency: "USD", expected: 0n },
    { amount: "-0", currency: "USD", expected: 0n },
    // exponent 0
    { amount: "0.5", currency: "JPY", expected: 1n },
    { amount: "1.5", currency: "JPY", expected: 2n },
    { amount: "2.5", currency: "JPY", expected: 3n }, // half-even would give 2
    { amount: "-0.5", currency: "JPY", expected: -1n },
    { amount: "-2.5", currency: "KRW", expected: -3n },
    { amount: "0.499999999999", currency: "JPY", expected: 0n },
    { amount: "1234.4", currency: "CLP", expected: 1234n },
    { amount: "999.5", currency: "XOF", expected: 1000n },
    // exponent 3
    { amount: "1.2345", currency: "KWD", expected: 1235n },
    { amount: "-1.2345", currency: "KWD", expected: -1235n },
    { amount: "1.2344", currency: "BHD", expected: 1234n },
    { amount: "0.0005", currency: "OMR", expected: 1n },
    { amount: "-0.0005", currency: "JOD", expected: -1n },
    // exponent 4
    { amount: "1.23455", currency: "CLF", expected: 12346n },
    { amount: "0.00005", currency: "CLF", expected: 1n },
    { amount: "-0.00005", currency: "UYW", expected: -1n },
    { amount: "0.000049999999", currency: "UYW", expected: 0n },
    // beyond 2^53 and beyond Dec's 50 significant digits
    { amount: "92233720368547758.075", currency: "USD", expected: 9223372036854775808n },
    { amount: "123456789012345678901234567890.125", currency: "USD", expected: 12345678901234567890123456789013n },
    { amount: `${"9".repeat(60)}.995`, currency: "USD", expected: 10n ** 62n },
    { amount: `-${"9".repeat(60)}.994999999999`, currency: "USD", expected: -(10n ** 62n - 1n) },
  ])("$amount $currency → $expected", ({ amount, currency, expected }) => {
    expect(roundToMinor(amount, currency)).toBe(expected);
  });

  test.each<{ amount: Dec; currency: string; expected: bigint }>([
    { amount: new Dec("2.675"), currency: "EUR", expected: 268n },
    { amount: new Dec(1).div(3), currency: "USD", expected: 33n },
    { amount: new Dec(2).div(3), currency: "USD", expected: 67n },
    { amount: new Dec(-2).div(3), currency: "USD", expected: -67n },
    { amount: new Dec(2).div(3), currency: "KWD", expected: 667n },
    { amount: new Dec(2).div(3), currency: "JPY", expected: 1n },
    { amount: new Dec("1e-40"), currency: "USD", expected: 0n },
  ])("accepts Dec $amount ($currency)", ({ amount, currency, expected }) => {
    expect(roundToMinor(amount, currency)).toBe(expected);
  });

  test.each<{ amount: string | Dec; currency: string; code: string }>([
    { amount: "1.00", currency: "usd", code: "unknown_currency" },
    { amount: "1.00", currency: "XXX", code: "unknown_currency" },
    { amount: "abc", currency: "USD", code: "invalid_amount" },
    { amount: "1e5", currency: "USD", code: "invalid_amount" },
    { amount: "0.0000000000001", currency: "USD", code: "invalid_amount" },
    { amount: new Dec(Number.NaN), currency: "USD", code: "invalid_amount" },
    { amount: new Dec(Number.NEGATIVE_INFINITY), currency: "USD", code: "invalid_amount" },
  ])("throws $code for $amount $currency", ({ amount, currency, code }) => {
    expect(() => roundToMinor(amount, currency)).toThrow(billingError(code));
  });
});

describe("roundMinor", () => {
  test.each<{ minor: string; expected: bigint }>([
    { minor: "0.5", expected: 1n },
    { minor: "-0.5", expected: -1n },
    { minor: "0.4999999999", expected: 0n },
    { minor: "82.5", expected: 83n },
    { minor: "1234.5", expected: 1235n },
    { minor: "-1234.5", expected: -1235n },
    { minor: "1234.4999", expected: 1234n },
    { minor: "42", expected: 42n },
    { minor: "0", expected: 0n },
    { minor: "-0", expected: 0n },
    { minor: `${"1".repeat(70)}.5`, expected: BigInt(`${"1".repeat(69)}2`) },
  ])("$minor → $expected", ({ minor, expected }) => {
    expect(roundMinor(new Dec(minor))).toBe(expected);
  });

  test("rejects non-finite values", () => {
    expect(() => roundMinor(new Dec(Number.NaN))).toThrow(billingError("invalid_amount"));
  });
});

// Decimal strings with up to 12 fraction digits, as the API accepts them.
const decimalString = fc
  .tuple(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.integer({ min: 0, max: 12 }))
  .map(([coefficient, scale]) => new Dec(`${coefficient}e-${scale}`).toFixed());
const currency = fc.constantFrom("USD", "JPY", "KWD", "CLF");

describe("roundToMinor properties", () => {
  test("is symmetric around zero", () => {
    fc.assert(
      fc.property(decimalString, currency, (amount, code) => {
        const negated = amount.startsWith("-") ? amount.slice(1) : `-${amount}`;
        expect(roundToMinor(negated, code)).toBe(-roundToMinor(amount, code));
      }),
    );
  });

  test("lands within half a minor unit, and exactly halfway only when rounding away from zero", () => {
    fc.assert(
      fc.property(decimalString, currency, (amount, code) => {
        const exact = new Dec(amount).times(new Dec(10).pow(currencyExponent(code)));
        const rounded = roundToMinor(amount, code);
        const error = new Dec(rounded.toString()).minus(exact);
        expect(error.abs().lte("0.5")).toBe(true);
        if (error.abs().eq("0.5")) expect(error.isNegative()).toBe(exact.isNegative());
      }),
    );
  });

  test("is the identity on amounts that already fit the exponent", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }), currency, (minor, code) => {
        const major = new Dec(`${minor}e-${currencyExponent(code)}`);
        expect(roundToMinor(major, code)).toBe(minor);
      }),
    );
  });
});

describe("roundScaledToMinor", () => {
  test.each<{ scaled: bigint; scale: number; currency: string; expected: bigint }>([
    { scaled: 1005n, scale: 3, currency: "USD", expected: 101n },
    { scaled: -1005n, scale: 3, currency: "USD", expected: -101n },
    { scaled: 1004999n, scale: 6, currency: "USD", expected: 100n },
    { scaled: 25n, scale: 1, currency: "JPY", expected: 3n },
    { scaled: -5n, scale: 1, currency: "JPY", expected: -1n },
    { scaled: 12345n, scale: 4, currency: "KWD", expected: 1235n },
    { scaled: 5n * 10n ** 23n, scale: 26, currency: "USD", expected: 1n },
    { scaled: 5n * 10n ** 23n - 1n, scale: 26, currency: "USD", expected: 0n },
    { scaled: 0n, scale: 26, currency: "KWD", expected: 0n },
    { scaled: 125n, scale: 2, currency: "USD", expected: 125n }, // already at the exponent
    { scaled: 7n, scale: 0, currency: "KWD", expected: 7000n }, // coarser than the exponent
  ])("$scaled × 10^-$scale $currency → $expected", ({ scaled, scale, currency, expected }) => {
    expect(roundScaledToMinor(scaled, scale, currency)).toBe(expected);
  });

  test("rejects an unknown currency", () => {
    expect(() => roundScaledToMinor(1n, 2, "XXX")).toThrow(billingError("unknown_currency"));
  });

  test("agrees with roundToMinor", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }), fc.integer({ min: 0, max: 30 }), currency, (scaled, scale, code) => {
        expect(roundScaledToMinor(scaled, scale, code)).toBe(roundToMinor(new Dec(`${scaled}e-${scale}`), code));
      }),
    );
  });
});

describe("roundQuotientMinor", () => {
  test.each<{ numerator: bigint; denominator: bigint; expected: bigint }>([
    { numerator: 1n, denominator: 2n, expected: 1n },
    { numerator: -1n, denominator: 2n, expected: -1n },
    { numerator: 5n, denominator: 2n, expected: 3n }, // half-even would give 2
    { numerator: 1n, denominator: 3n, expected: 0n },
    { numerator: 2n, denominator: 3n, expected: 1n },
    { numerator: -2n, denominator: 3n, expected: -1n },
    { numerator: 2000n, denominator: 120n, expected: 17n }, // 20 % contained in 1.00: 16.67 cents
    { numerator: 3n * 10n ** 30n, denominator: 6n * 10n ** 30n, expected: 1n }, // an exact half far past 2^64
    { numerator: 14n * 12n, denominator: 112n, expected: 2n }, // 1.5 exactly; 12/112 = 0.1071428571… never terminates
    { numerator: 0n, denominator: 7n, expected: 0n },
    { numerator: 10n ** 40n + 1n, denominator: 1n, expected: 10n ** 40n + 1n },
  ])("$numerator / $denominator → $expected", ({ numerator, denominator, expected }) => {
    expect(roundQuotientMinor(numerator, denominator)).toBe(expected);
  });

  test.each([0n, -1n])("rejects the denominator %s", (denominator) => {
    expect(() => roundQuotientMinor(1n, denominator)).toThrow(billingError("invalid_amount"));
  });

  test("agrees with roundMinor on the decimal quotient", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.bigInt({ min: 1n, max: 10n ** 12n }), (numerator, denominator) => {
        expect(roundQuotientMinor(numerator, denominator)).toBe(roundMinor(new Dec(numerator.toString()).div(denominator.toString())));
      }),
    );
  });
});
