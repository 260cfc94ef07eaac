import Decimal from "decimal.js";
import { describe, expect, test } from "vitest";
import { Dec, multiplyExact, parseDecimalString, powerOfTen, toDec, toScaledBigInt } from "./decimal";

const billingError = (code: string) => expect.objectContaining({ name: "BillingError", code });

describe("Dec", () => {
  test("is a clone with 50 significant digits and half-up rounding", () => {
    expect(Dec.precision).toBe(50);
    expect(Dec.rounding).toBe(Dec.ROUND_HALF_UP);
    expect(Dec).not.toBe(Decimal);
    expect(new Dec(1).div(3).toString()).toBe(`0.${"3".repeat(50)}`);
  });

  test.each(["0.000000000001", "123456789012345678901234567890", "-0.0000001"])("prints %s without exponent notation", (value) => {
    expect(new Dec(value).toString()).toBe(value);
  });
});

describe("parseDecimalString", () => {
  test.each<{ input: string; expected: string }>([
    { input: "0", expected: "0" },
    { input: "-0", expected: "0" },
    { input: "12", expected: "12" },
    { input: "-12.5", expected: "-12.5" },
    { input: "+1.25", expected: "1.25" },
    { input: "007", expected: "7" },
    { input: "1.50", expected: "1.5" },
    { input: "0.000000000001", expected: "0.000000000001" },
    { input: "123456789012345678901234567890.123456789012", expected: "123456789012345678901234567890.123456789012" },
  ])("parses $input", ({ input, expected }) => {
    expect(parseDecimalString(input).toFixed()).toBe(expected);
  });

  // Leading digits are required (".5" is rejected) so every accepted string reads the same in any language.
  test.each(["", " ", " 1", "1 ", "1.", ".5", "-.5", "-", "+", "1e5", "1E5", "1e-2", "abc", "1,5", "1_000", "0x10", "0b1", "Infinity", "-Infinity", "NaN", "--1", "+-1", "1.2.3", "١٢", "1.0000000000001"])(
    "rejects %j with invalid_amount",
    (input) => {
      expect(() => parseDecimalString(input)).toThrow(billingError("invalid_amount"));
    },
  );

  test.each<{ input: string; maxScale: number; ok: boolean }>([
    { input: "1.00", maxScale: 2, ok: true },
    { input: "1.005", maxScale: 2, ok: false },
    { input: "1", maxScale: 0, ok: true },
    { input: "1.0", maxScale: 0, ok: false },
    { input: "1.2345", maxScale: 4, ok: true },
    { input: "1.23456", maxScale: 4, ok: false },
    { input: "0.1234567890123", maxScale: 13, ok: true },
  ])("$input with maxScale $maxScale → ok: $ok", ({ input, maxScale, ok }) => {
    const parse = () => parseDecimalString(input, { maxScale });
    if (ok) expect(parse().eq(new Dec(input))).toBe(true);
    else expect(parse).toThrow(billingError("invalid_amount"));
  });
});

describe("toDec", () => {
  test.each<{ name: string; input: string | number | bigint | Dec; expected: string }>([
    { name: "decimal string", input: "2.675", expected: "2.675" },
    { name: "safe integer", input: 42, expected: "42" },
    { name: "negative safe integer", input: -Number.MAX_SAFE_INTEGER, expected: "-9007199254740991" },
    { name: "bigint beyond 2^53", input: 2n ** 80n, expected: "1208925819614629174706176" },
    { name: "Dec", input: new Dec("0.1"), expected: "0.1" },
    { name: "Decimal from another clone", input: new Decimal("-3.14"), expected: "-3.14" },
  ])("accepts a $name", ({ input, expected }) => {
    const result = toDec(input);
    expect(result).toBeInstanceOf(Dec);
    expect(result.toFixed()).toBe(expected);
  });

  test.each<{ name: string; input: number | Dec | string }>([
    { name: "NaN", input: Number.NaN },
    { name: "Infinity", input: Number.POSITIVE_INFINITY },
    { name: "-Infinity", input: Number.NEGATIVE_INFINITY },
    { name: "fractional number 0.1", input: 0.1 },
    { name: "unsafe integer 2^53", input: 2 ** 53 },
    { name: "Number.MAX_VALUE", input: Number.MAX_VALUE },
    { name: "Dec NaN", input: new Dec(Number.NaN) },
    { name: "Dec Infinity", input: new Dec(Number.POSITIVE_INFINITY) },
    { name: "exponent string", input: "1e3" },
    { name: "string with 13 decimals", input: "0.1234567890123" },
  ])("rejects $name with invalid_amount", ({ input }) => {
    expect(() => toDec(input)).toThrow(billingError("invalid_amount"));
  });
});

describe("toScaledBigInt", () => {
  test.each<{ value: string; scale: number; expected: bigint }>([
    { value: "1.5", scale: 2, expected: 150n },
    { value: "-0.05", scale: 2, expected: -5n },
    { value: "12", scale: 0, expected: 12n },
    { value: "-0", scale: 3, expected: 0n },
    { value: "1.2345", scale: 4, expected: 12345n },
    { value: "92233720368547758.07", scale: 2, expected: 9223372036854775807n },
  ])("$value at scale $scale → $expected", ({ value, scale, expected }) => {
    expect(toScaledBigInt(new Dec(value), scale)).toBe(expected);
  });

  test("refuses to drop digits", () => {
    expect(() => toScaledBigInt(new Dec("1.005"), 2)).toThrow(billingError("invalid_amount"));
  });
});

describe("multiplyExact", () => {
  test.each<{ integer: bigint; factor: string; expected: string }>([
    { integer: 1000n, factor: "0.0825", expected: "82.5" },
    { integer: -7n, factor: "0.5", expected: "-3.5" },
    { integer: 0n, factor: "123.456", expected: "0" },
    { integer: 10n ** 30n + 1n, factor: "1.000000000001", expected: "1000000000001000000000000000001.000000000001" },
  ])("$integer × $factor = $expected", ({ integer, factor, expected }) => {
    expect(multiplyExact(integer, new Dec(factor)).toFixed()).toBe(expected);
  });

  test("keeps digits that Dec#times would round away at 50 significant digits", () => {
    const integer = 10n ** 49n + 1n;
    const factor = new Dec("0.49999999999");
    const exact = multiplyExact(integer, factor);
    expect(exact.toFixed()).toBe(`49999999999${"0".repeat(38)}.49999999999`);
    expect(new Dec(integer.toString()).times(factor).eq(exact)).toBe(false);
  });
});

describe("powerOfTen", () => {
  test.each([0, 1, 12, 26, 63, 64, 100])("10^%i", (exponent) => {
    expect(powerOfTen(exponent)).toBe(BigInt(`1${"0".repeat(exponent)}`));
  });
});
