import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { Dec, parseDecimalString } from "../decimal";
import { AMOUNT_DIGITS, formatFixed, parseFixed, PERCENT_DIGITS, PRICE_DIGITS, UNIT_DIGITS } from "./fixed-point";

describe("scales", () => {
  test("units × prices land on the amount scale, and percent at PERCENT_DIGITS is a fraction at PRICE_DIGITS", () => {
    expect(UNIT_DIGITS + PRICE_DIGITS).toBe(AMOUNT_DIGITS);
    expect(parseFixed("2.9", PERCENT_DIGITS)).toBe(parseFixed("0.029", PRICE_DIGITS));
  });
});

describe("parseFixed", () => {
  test.each<{ value: string; digits: number; expected: bigint }>([
    { value: "0", digits: 12, expected: 0n },
    { value: "-0", digits: 12, expected: 0n },
    { value: "1", digits: 12, expected: 10n ** 12n },
    { value: "+1.5", digits: 12, expected: 15n * 10n ** 11n },
    { value: "-1.5", digits: 12, expected: -15n * 10n ** 11n },
    { value: "007.250", digits: 12, expected: 725n * 10n ** 10n },
    { value: "0.000000000001", digits: 12, expected: 1n },
    { value: "0.000000000001", digits: 26, expected: 10n ** 14n },
    { value: "999999999999999", digits: 12, expected: 999999999999999n * 10n ** 12n }, // 15 digits: the double fast path
    { value: "9999999999999999", digits: 12, expected: 9999999999999999n * 10n ** 12n }, // 16 digits: beyond a double
    { value: "123456789012345678901234567890.123456789012", digits: 12, expected: 123456789012345678901234567890123456789012n },
    { value: "1000000000000", digits: 14, expected: 10n ** 26n },
  ])("$value at 10^$digits → $expected", ({ value, digits, expected }) => {
    expect(parseFixed(value, digits)).toBe(expected);
  });

  test.each<unknown>(["", " 1", "1 ", "1.", ".5", "1e5", "1E-2", "abc", "1,5", "--1", "+-1", "Infinity", "NaN", "0x10", "1.0000000000001", 1, null, undefined, 1n])(
    "rejects %s",
    (value) => {
      expect(parseFixed(value, UNIT_DIGITS)).toBeUndefined();
    },
  );

  test("accepts exactly what parseDecimalString accepts (at most 12 places), with the same value", () => {
    const decimalLike = fc.oneof(
      fc.stringMatching(/^[+-]?\d{1,20}(\.\d{1,14})?$/),
      fc.string({ unit: fc.constantFrom("0", "1", "9", ".", "-", "+", "e", " ") }),
    );
    fc.assert(
      fc.property(decimalLike, (value) => {
        let expected: string | undefined;
        try {
          expected = parseDecimalString(value).times(new Dec(10).pow(UNIT_DIGITS)).toFixed();
        } catch {
          expected = undefined;
        }
        expect(parseFixed(value, UNIT_DIGITS)?.toString()).toBe(expected);
      }),
    );
  });
});

describe("formatFixed", () => {
  test.each<{ value: bigint; digits: number; expected: string }>([
    { value: 0n, digits: 26, expected: "0" },
    { value: 1250n, digits: 3, expected: "1.25" },
    { value: -1250n, digits: 3, expected: "-1.25" },
    { value: 1n, digits: 26, expected: "0.00000000000000000000000001" },
    { value: -5n, digits: 2, expected: "-0.05" },
    { value: 100n, digits: 2, expected: "1" },
    { value: 123n, digits: 0, expected: "123" },
    { value: 10n ** 38n, digits: 26, expected: "1000000000000" },
  ])("($value, $digits) → $expected", ({ value, digits, expected }) => {
    expect(formatFixed(value, digits)).toBe(expected);
  });

  test("is the exact inverse of parseFixed and prints what Dec prints", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }), fc.constantFrom(12, 14, 26), (value, digits) => {
        const text = formatFixed(value, digits);
        expect(text).toBe(new Dec(`${value}e-${digits}`).toFixed());
        if (new Dec(text).decimalPlaces() <= 12) expect(parseFixed(text, digits)).toBe(value);
      }),
    );
  });
});
