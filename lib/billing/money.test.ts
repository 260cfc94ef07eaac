import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { listCurrencies } from "./currency";
import { Dec } from "./decimal";
import {
  add,
  compare,
  formatMoney,
  fromMajor,
  isNegative,
  isZero,
  max,
  min,
  money,
  moneyToJson,
  multiplyByDecimal,
  negate,
  subtract,
  sum,
  sumMinor,
  toMajorString,
  zero,
  type FormatMoneyOptions,
  type Money,
} from "./money";

const billingError = (code: string) => expect.objectContaining({ name: "BillingError", code });
const usd = (minor: bigint) => money(minor, "USD");
const eur = (minor: bigint) => money(minor, "EUR");

describe("money", () => {
  test.each<{ amount: bigint | number; currency: string; expected: bigint }>([
    { amount: 1250n, currency: "USD", expected: 1250n },
    { amount: 1250, currency: "USD", expected: 1250n },
    { amount: -5, currency: "EUR", expected: -5n },
    { amount: -0, currency: "JPY", expected: 0n },
    { amount: Number.MAX_SAFE_INTEGER, currency: "KWD", expected: 9007199254740991n },
    { amount: 2n ** 100n, currency: "CLF", expected: 1267650600228229401496703205376n },
  ])("money($amount, $currency)", ({ amount, currency, expected }) => {
    expect(money(amount, currency)).toEqual({ amountMinor: expected, currency });
  });

  test.each<{ amount: number; currency: string; code: string }>([
    { amount: 1.5, currency: "USD", code: "invalid_amount" },
    { amount: Number.NaN, currency: "USD", code: "invalid_amount" },
    { amount: Number.POSITIVE_INFINITY, currency: "USD", code: "invalid_amount" },
    { amount: 2 ** 53, currency: "USD", code: "invalid_amount" },
    { amount: 100, currency: "usd", code: "unknown_currency" },
    { amount: 100, currency: "BGN", code: "unknown_currency" },
  ])("money($amount, $currency) throws $code", ({ amount, currency, code }) => {
    expect(() => money(amount, currency)).toThrow(billingError(code));
  });

  test("returns a frozen value", () => {
    expect(Object.isFrozen(usd(1n))).toBe(true);
  });

  test.each(["USD", "JPY", "KWD", "CLF"])("zero(%s)", (currency) => {
    expect(zero(currency)).toEqual({ amountMinor: 0n, currency });
  });
});

describe("fromMajor", () => {
  test.each<{ major: string; currency: string; expected: bigint }>([
    { major: "12.50", currency: "USD", expected: 1250n },
    { major: "12.5", currency: "USD", expected: 1250n },
    { major: "12", currency: "USD", expected: 1200n },
    { major: "0.01", currency: "USD", expected: 1n },
    { major: "-0.05", currency: "USD", expected: -5n },
    { major: "-0", currency: "EUR", expected: 0n },
    { major: "1000", currency: "JPY", expected: 1000n },
    { major: "-7", currency: "VND", expected: -7n },
    { major: "1.234", currency: "KWD", expected: 1234n },
    { major: "1", currency: "KWD", expected: 1000n },
    { major: "0.001", currency: "TND", expected: 1n },
    { major: "1.2345", currency: "CLF", expected: 12345n },
    { major: "0.0001", currency: "UYW", expected: 1n },
    { major: "90071992547409.93", currency: "USD", expected: 9007199254740993n },
    { major: "92233720368547758.07", currency: "USD", expected: 9223372036854775807n },
    { major: "123456789012345678901234567890.12", currency: "USD", expected: 12345678901234567890123456789012n },
  ])("$major $currency → $expected", ({ major, currency, expected }) => {
    expect(fromMajor(major, currency)).toEqual({ amountMinor: expected, currency });
  });

  // Exact parse: more fraction digits than the currency has is an input error, never rounded away.
  test.each<{ major: string; currency: string; code: string }>([
    { major: "1.005", currency: "USD", code: "invalid_amount" },
    { major: "1.000", currency: "USD", code: "invalid_amount" },
    { major: "1.5", currency: "JPY", code: "invalid_amount" },
    { major: "1.0", currency: "JPY", code: "invalid_amount" },
    { major: "1.2345", currency: "KWD", code: "invalid_amount" },
    { major: "1.23456", currency: "CLF", code: "invalid_amount" },
    { major: "1e5", currency: "USD", code: "invalid_amount" },
    { major: "abc", currency: "USD", code: "invalid_amount" },
    { major: "1.", currency: "USD", code: "invalid_amount" },
    { major: ".5", currency: "USD", code: "invalid_amount" },
    { major: "", currency: "USD", code: "invalid_amount" },
    { major: " 1", currency: "USD", code: "invalid_amount" },
    { major: "1,50", currency: "EUR", code: "invalid_amount" },
    { major: "1", currency: "usd", code: "unknown_currency" },
    { major: "1", currency: "XXX", code: "unknown_currency" },
  ])("$major $currency throws $code", ({ major, currency, code }) => {
    expect(() => fromMajor(major, currency)).toThrow(billingError(code));
  });
});

describe("arithmetic", () => {
  test.each<{ a: bigint; b: bigint; sum: bigint; difference: bigint }>([
    { a: 1250n, b: 250n, sum: 1500n, difference: 1000n },
    { a: 5n, b: 10n, sum: 15n, difference: -5n },
    { a: -5n, b: -5n, sum: -10n, difference: 0n },
    { a: 0n, b: 0n, sum: 0n, difference: 0n },
    { a: 2n ** 53n, b: 1n, sum: 9007199254740993n, difference: 9007199254740991n },
    { a: 10n ** 30n, b: 10n ** 30n, sum: 2n * 10n ** 30n, difference: 0n },
  ])("$a and $b", ({ a, b, sum: expectedSum, difference }) => {
    expect(add(usd(a), usd(b))).toEqual(usd(expectedSum));
    expect(subtract(usd(a), usd(b))).toEqual(usd(difference));
  });

  test.each<{ amount: bigint; expected: bigint }>([
    { amount: 5n, expected: -5n },
    { amount: -5n, expected: 5n },
    { amount: 0n, expected: 0n },
    { amount: -(2n ** 64n), expected: 2n ** 64n },
  ])("negate($amount) = $expected", ({ amount, expected }) => {
    expect(negate(money(amount, "KWD"))).toEqual(money(expected, "KWD"));
  });

  test.each<{ amounts: bigint[]; currency: string; expected: bigint }>([
    { amounts: [], currency: "USD", expected: 0n },
    { amounts: [], currency: "JPY", expected: 0n },
    { amounts: [1n], currency: "EUR", expected: 1n },
    { amounts: [100n, 250n, -50n], currency: "USD", expected: 300n },
    { amounts: [2n ** 53n, 2n ** 53n, 1n], currency: "KWD", expected: 2n ** 54n + 1n },
  ])("sum($amounts) in $currency", ({ amounts, currency, expected }) => {
    expect(sum(amounts.map((amount) => money(amount, currency)), currency)).toEqual(money(expected, currency));
  });

  test("sum rejects an element in another currency", () => {
    expect(() => sum([usd(1n)], "EUR")).toThrow(billingError("currency_mismatch"));
    expect(() => sum([usd(1n), eur(1n)], "USD")).toThrow(billingError("currency_mismatch"));
  });

  test.each<{ amount: bigint; currency: string; rate: string | Dec; expected: bigint }>([
    { amount: 1000n, currency: "USD", rate: "0.0825", expected: 83n }, // 82.5 → 83
    { amount: 1000n, currency: "USD", rate: "0.0824", expected: 82n },
    { amount: -1000n, currency: "USD", rate: "0.0825", expected: -83n },
    { amount: 1000n, currency: "USD", rate: "-0.0825", expected: -83n },
    { amount: 1n, currency: "USD", rate: "0.5", expected: 1n },
    { amount: 3n, currency: "USD", rate: "0.5", expected: 2n },
    { amount: 5n, currency: "USD", rate: "0.5", expected: 3n }, // half-even would give 2
    { amount: 100n, currency: "USD", rate: "1.5", expected: 150n },
    { amount: 12345n, currency: "USD", rate: "0", expected: 0n },
    { amount: 12345n, currency: "USD", rate: "1", expected: 12345n },
    { amount: 1999n, currency: "EUR", rate: "0.000000000001", expected: 0n },
    { amount: 1n, currency: "JPY", rate: "0.5", expected: 1n },
    { amount: 999n, currency: "JPY", rate: "0.1", expected: 100n }, // 99.9
    { amount: 1001n, currency: "KWD", rate: "0.5", expected: 501n },
    { amount: 12345n, currency: "CLF", rate: "0.19", expected: 2346n }, // 2345.55
    { amount: 100n, currency: "USD", rate: new Dec(1).div(3), expected: 33n },
    { amount: 100n, currency: "USD", rate: new Dec(2).div(3), expected: 67n },
    { amount: 3100n, currency: "USD", rate: new Dec(15).div(31), expected: 1500n },
    { amount: 10n ** 30n + 1n, currency: "USD", rate: "0.5", expected: 5n * 10n ** 29n + 1n },
    // Dec#times would round the product to 50 digits first and push the .4 fraction up to .5
    { amount: 10n ** 49n + 1n, currency: "USD", rate: "0.49999999999", expected: 49999999999n * 10n ** 38n },
  ])("$amount $currency × $rate = $expected", ({ amount, currency, rate, expected }) => {
    expect(multiplyByDecimal(money(amount, currency), rate)).toEqual(money(expected, currency));
  });

  test.each<{ rate: string | Dec }>([{ rate: "abc" }, { rate: "1e2" }, { rate: "0.1234567890123" }, { rate: new Dec(Number.NaN) }])(
    "multiplyByDecimal rejects rate $rate",
    ({ rate }) => {
      expect(() => multiplyByDecimal(usd(100n), rate)).toThrow(billingError("invalid_amount"));
    },
  );
});

describe("comparisons", () => {
  test.each<{ a: bigint; b: bigint; expected: -1 | 0 | 1 }>([
    { a: 1n, b: 2n, expected: -1 },
    { a: 2n, b: 1n, expected: 1 },
    { a: 7n, b: 7n, expected: 0 },
    { a: -1n, b: 0n, expected: -1 },
    { a: 2n ** 53n + 1n, b: 2n ** 53n, expected: 1 },
  ])("compare($a, $b) = $expected", ({ a, b, expected }) => {
    expect(compare(usd(a), usd(b))).toBe(expected);
  });

  test.each<{ amount: bigint; zero: boolean; negative: boolean }>([
    { amount: 0n, zero: true, negative: false },
    { amount: 1n, zero: false, negative: false },
    { amount: -1n, zero: false, negative: true },
    { amount: -(2n ** 70n), zero: false, negative: true },
  ])("$amount: isZero $zero, isNegative $negative", ({ amount, zero: expectedZero, negative }) => {
    expect(isZero(usd(amount))).toBe(expectedZero);
    expect(isNegative(usd(amount))).toBe(negative);
  });

  test.each<{ amounts: [bigint, ...bigint[]]; max: bigint; min: bigint }>([
    { amounts: [5n], max: 5n, min: 5n },
    { amounts: [1n, 3n, 2n], max: 3n, min: 1n },
    { amounts: [-1n, -3n], max: -1n, min: -3n },
    { amounts: [2n ** 60n, 2n ** 60n + 1n], max: 2n ** 60n + 1n, min: 2n ** 60n },
  ])("max/min of $amounts", ({ amounts: [first, ...rest], max: expectedMax, min: expectedMin }) => {
    expect(max(usd(first), ...rest.map(usd))).toEqual(usd(expectedMax));
    expect(min(usd(first), ...rest.map(usd))).toEqual(usd(expectedMin));
  });
});

describe("currency mismatch", () => {
  const operations: { name: string; run: (a: Money, b: Money) => unknown }[] = [
    { name: "add", run: add },
    { name: "subtract", run: subtract },
    { name: "compare", run: compare },
    { name: "max", run: max },
    { name: "min", run: min },
    { name: "sum", run: (a, b) => sum([a, b], a.currency) },
  ];

  test.each(operations)("$name throws currency_mismatch for USD vs EUR", ({ run }) => {
    expect(() => run(usd(1n), eur(1n))).toThrow(billingError("currency_mismatch"));
  });

  test.each(operations)("$name throws currency_mismatch for JPY vs KWD even at zero", ({ run }) => {
    expect(() => run(zero("JPY"), zero("KWD"))).toThrow(billingError("currency_mismatch"));
  });

  test("names both currencies", () => {
    expect(() => add(usd(1n), eur(1n))).toThrow(expect.objectContaining({ details: { currencies: ["USD", "EUR"] } }));
  });
});

describe("toMajorString", () => {
  test.each<{ amount: bigint; currency: string; expected: string }>([
    { amount: 1250n, currency: "USD", expected: "12.50" },
    { amount: 5n, currency: "USD", expected: "0.05" },
    { amount: -5n, currency: "USD", expected: "-0.05" },
    { amount: 0n, currency: "USD", expected: "0.00" },
    { amount: -123456n, currency: "EUR", expected: "-1234.56" },
    { amount: 1000n, currency: "JPY", expected: "1000" },
    { amount: -1000n, currency: "JPY", expected: "-1000" },
    { amount: 0n, currency: "JPY", expected: "0" },
    { amount: 1234n, currency: "KWD", expected: "1.234" },
    { amount: 1n, currency: "KWD", expected: "0.001" },
    { amount: -20n, currency: "BHD", expected: "-0.020" },
    { amount: 12345n, currency: "CLF", expected: "1.2345" },
    { amount: -1n, currency: "UYW", expected: "-0.0001" },
    { amount: 9007199254740993n, currency: "USD", expected: "90071992547409.93" },
    { amount: 2n ** 70n, currency: "USD", expected: "11805916207174113034.24" },
  ])("$amount $currency → $expected", ({ amount, currency, expected }) => {
    expect(toMajorString(money(amount, currency))).toBe(expected);
  });
});

describe("formatMoney", () => {
  const NBSP = "\u00a0";
  const NNBSP = "\u202f"; // fr-FR groups thousands with a narrow no-break space

  test.each<{ amount: bigint; currency: string; locale: string; expected: string }>([
    { amount: 123456n, currency: "USD", locale: "en-US", expected: "$1,234.56" },
    { amount: -5n, currency: "USD", locale: "en-US", expected: "-$0.05" },
    { amount: 0n, currency: "USD", locale: "en-US", expected: "$0.00" },
    { amount: 100000n, currency: "USD", locale: "en-US", expected: "$1,000.00" },
    { amount: 1235n, currency: "JPY", locale: "en-US", expected: "¥1,235" },
    { amount: 1234n, currency: "KWD", locale: "en-US", expected: `KWD${NBSP}1.234` },
    { amount: 1230n, currency: "BHD", locale: "en-US", expected: `BHD${NBSP}1.230` },
    { amount: 12345n, currency: "CLF", locale: "en-US", expected: `CLF${NBSP}1.2345` },
    { amount: 123456n, currency: "GBP", locale: "en-GB", expected: "£1,234.56" },
    { amount: 123456n, currency: "EUR", locale: "de-DE", expected: `1.234,56${NBSP}€` },
    { amount: -123456n, currency: "EUR", locale: "de-DE", expected: `-1.234,56${NBSP}€` },
    { amount: 123456n, currency: "EUR", locale: "fr-FR", expected: `1${NNBSP}234,56${NBSP}€` },
    { amount: 123456789n, currency: "EUR", locale: "fr-FR", expected: `1${NNBSP}234${NNBSP}567,89${NBSP}€` },
    { amount: 1235n, currency: "JPY", locale: "ja-JP", expected: "￥1,235" }, // fullwidth yen sign U+FFE5
    { amount: 123456789n, currency: "INR", locale: "en-IN", expected: "₹12,34,567.89" },
    { amount: 1234n, currency: "KWD", locale: "ar-KW", expected: `\u200f١٫٢٣٤${NBSP}د.ك.\u200f` },
  ])("$amount $currency in $locale", ({ amount, currency, locale, expected }) => {
    expect(formatMoney(money(amount, currency), locale)).toBe(expected);
  });

  test("defaults to en-US", () => {
    expect(formatMoney(usd(123456n))).toBe("$1,234.56");
  });

  test.each<{ amount: bigint; expected: string }>([
    { amount: 9007199254740993n, expected: "$90,071,992,547,409.93" }, // a float would print …409.92
    { amount: 2n ** 70n, expected: "$11,805,916,207,174,113,034.24" },
    { amount: -(10n ** 30n + 1n), expected: "-$10,000,000,000,000,000,000,000,000,000.01" },
  ])("keeps every digit of $amount cents", ({ amount, expected }) => {
    expect(formatMoney(usd(amount))).toBe(expected);
  });

  test.each<{ opts: FormatMoneyOptions; expected: string }>([
    { opts: { currencyDisplay: "code" }, expected: `USD${NBSP}1,234.56` },
    { opts: { currencyDisplay: "name" }, expected: "1,234.56 US dollars" },
    { opts: { signDisplay: "always" }, expected: "+$1,234.56" },
    { opts: { useGrouping: false }, expected: "$1234.56" },
    { opts: { currencySign: "accounting" }, expected: "$1,234.56" },
  ])("passes display options $opts", ({ opts, expected }) => {
    expect(formatMoney(usd(123456n), "en-US", opts)).toBe(expected);
  });

  test("shows negative amounts in parentheses with the accounting sign", () => {
    expect(formatMoney(usd(-123456n), "en-US", { currencySign: "accounting" })).toBe("($1,234.56)");
  });

  test("untyped callers cannot override the currency's decimals", () => {
    const opts = { maximumFractionDigits: 0, minimumFractionDigits: 0, currency: "EUR" } as unknown as FormatMoneyOptions;
    expect(formatMoney(usd(123456n), "en-US", opts)).toBe("$1,234.56");
  });
});

describe("moneyToJson", () => {
  test.each<{ amount: bigint; currency: string; expected: number }>([
    { amount: 1250n, currency: "USD", expected: 1250 },
    { amount: -5n, currency: "EUR", expected: -5 },
    { amount: 0n, currency: "JPY", expected: 0 },
    { amount: 9007199254740991n, currency: "KWD", expected: Number.MAX_SAFE_INTEGER },
    { amount: -9007199254740991n, currency: "CLF", expected: -Number.MAX_SAFE_INTEGER },
  ])("$amount $currency → $expected", ({ amount, currency, expected }) => {
    const json = moneyToJson(money(amount, currency));
    expect(json).toEqual({ amount: expected, currency });
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  test.each([2n ** 53n, 9007199254740993n, -(2n ** 53n), 10n ** 30n])("throws amount_out_of_range for %s", (amount) => {
    expect(() => moneyToJson(usd(amount))).toThrow(billingError("amount_out_of_range"));
  });
});

describe("properties", () => {
  const anyCurrency = fc.constantFrom(...listCurrencies());
  const minor = fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n });
  const sameCurrencyPair = fc.tuple(anyCurrency, minor, minor).map(([c, a, b]) => [money(a, c), money(b, c)] as const);

  test("subtract undoes add, and add undoes subtract", () => {
    fc.assert(
      fc.property(sameCurrencyPair, ([a, b]) => {
        expect(subtract(add(a, b), b)).toEqual(a);
        expect(add(subtract(a, b), b)).toEqual(a);
      }),
    );
  });

  test("add is commutative and negate is an involution", () => {
    fc.assert(
      fc.property(sameCurrencyPair, ([a, b]) => {
        expect(add(a, b)).toEqual(add(b, a));
        expect(negate(negate(a))).toEqual(a);
        expect(add(a, negate(a))).toEqual(zero(a.currency));
      }),
    );
  });

  test("fromMajor(toMajorString(m)) returns m in every currency", () => {
    fc.assert(
      fc.property(anyCurrency, minor, (currency, amount) => {
        const m = money(amount, currency);
        expect(fromMajor(toMajorString(m), currency)).toEqual(m);
      }),
    );
  });

  test("compare is antisymmetric and agrees with max/min", () => {
    fc.assert(
      fc.property(sameCurrencyPair, ([a, b]) => {
        expect(compare(a, b)).toBe(-compare(b, a) || 0);
        expect(compare(max(a, b), min(a, b))).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  test("multiplyByDecimal lands within half a minor unit of the exact product", () => {
    const rate = fc
      .tuple(fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }), fc.integer({ min: 0, max: 12 }))
      .map(([coefficient, scale]) => new Dec(`${coefficient}e-${scale}`).toFixed());
    fc.assert(
      // Amounts stay under 10^20 so the reference product fits in Dec's 50 digits.
      fc.property(anyCurrency, fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), rate, (currency, amount, r) => {
        const exact = new Dec(amount.toString()).times(r);
        const result = multiplyByDecimal(money(amount, currency), r);
        expect(new Dec(result.amountMinor.toString()).minus(exact).abs().lte("0.5")).toBe(true);
      }),
    );
  });
});

describe("sumMinor", () => {
  test.each<{ amounts: bigint[]; expected: bigint }>([
    { amounts: [], expected: 0n },
    { amounts: [5n], expected: 5n },
    { amounts: [100n, -30n, 7n], expected: 77n },
    { amounts: [2n ** 64n, 2n ** 64n], expected: 2n ** 65n },
  ])("$amounts → $expected", ({ amounts, expected }) => {
    expect(sumMinor(amounts)).toBe(expected);
  });
});
