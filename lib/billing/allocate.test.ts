import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { allocate, splitEvenly } from "./allocate";
import { Dec, type DecimalInput } from "./decimal";
import { money, negate, sum } from "./money";

const billingError = (code: string) => expect.objectContaining({ name: "BillingError", code });
const minorUnits = (total: bigint, currency: string, weights: readonly DecimalInput[]) =>
  allocate(money(total, currency), weights).map((part) => part.amountMinor);

describe("allocate", () => {
  test.each<{ name: string; total: bigint; currency: string; weights: DecimalInput[]; expected: bigint[] }>([
    { name: "leftover cent to the first of equal shares", total: 100n, currency: "USD", weights: [1, 1, 1], expected: [34n, 33n, 33n] },
    { name: "one cent over two", total: 1n, currency: "USD", weights: [1, 1], expected: [1n, 0n] },
    { name: "negative total mirrors positive", total: -100n, currency: "USD", weights: [1, 1, 1], expected: [-34n, -33n, -33n] },
    { name: "negative cent", total: -1n, currency: "USD", weights: [1, 1], expected: [-1n, 0n] },
    { name: "ties go to the earliest index", total: 2n, currency: "USD", weights: [1, 1, 1, 1], expected: [1n, 1n, 0n, 0n] },
    { name: "largest remainder beats index", total: 3n, currency: "USD", weights: [1, 2, 2], expected: [1n, 1n, 1n] },
    { name: "largest remainder 1.75 vs 5.25", total: 7n, currency: "USD", weights: [1, 3], expected: [2n, 5n] },
    { name: "decimal weights", total: 100n, currency: "USD", weights: ["0.3", "0.7"], expected: [30n, 70n] },
    { name: "decimal weights with remainder", total: 1000n, currency: "USD", weights: ["0.333", "0.333", "0.334"], expected: [333n, 333n, 334n] },
    { name: "mixed weight types", total: 50n, currency: "USD", weights: [1n, "1.5", new Dec("2.5")], expected: [10n, 15n, 25n] },
    { name: "Dec weights from division", total: 100n, currency: "USD", weights: [new Dec(1).div(3), new Dec(2).div(3)], expected: [33n, 67n] },
    { name: "zero weight gets nothing", total: 5n, currency: "USD", weights: [0, 1], expected: [0n, 5n] },
    { name: "negative-zero weight is zero", total: 5n, currency: "USD", weights: ["-0", "1"], expected: [0n, 5n] },
    { name: "all-zero weights split evenly", total: 5n, currency: "USD", weights: [0, 0], expected: [3n, 2n] },
    { name: "all-zero decimal weights split evenly", total: -7n, currency: "USD", weights: ["0.00", "0", 0n], expected: [-3n, -2n, -2n] },
    { name: "zero total", total: 0n, currency: "USD", weights: [1, 2], expected: [0n, 0n] },
    { name: "single weight takes everything", total: 12345n, currency: "USD", weights: ["0.000000000001"], expected: [12345n] },
    { name: "more parts than units", total: 1n, currency: "USD", weights: [1, 1, 1], expected: [1n, 0n, 0n] },
    { name: "JPY (exponent 0)", total: 1000n, currency: "JPY", weights: [1, 2, 3], expected: [167n, 333n, 500n] },
    { name: "JPY negative", total: -1000n, currency: "JPY", weights: [1, 2, 3], expected: [-167n, -333n, -500n] },
    { name: "KWD (exponent 3)", total: 1000n, currency: "KWD", weights: [1, 1, 1], expected: [334n, 333n, 333n] },
    { name: "CLF (exponent 4)", total: 10001n, currency: "CLF", weights: [1, 1], expected: [5001n, 5000n] },
    { name: "beyond 2^64", total: 2n ** 64n + 1n, currency: "USD", weights: [1, 1], expected: [2n ** 63n + 1n, 2n ** 63n] },
    { name: "huge weights", total: 10n, currency: "USD", weights: [2n ** 80n, 2n ** 80n, 1n], expected: [5n, 5n, 0n] },
  ])("$name: $total $currency by $weights", ({ total, currency, weights, expected }) => {
    const parts = allocate(money(total, currency), weights);
    expect(parts.map((part) => part.amountMinor)).toEqual(expected);
    expect(parts.every((part) => part.currency === currency)).toBe(true);
    expect(sum(parts, currency).amountMinor).toBe(total);
  });

  test.each<{ name: string; weights: DecimalInput[]; code: string }>([
    { name: "empty weights", weights: [], code: "invalid_allocation" },
    { name: "a negative weight", weights: [-1, 2], code: "invalid_allocation" },
    { name: "a negative decimal weight", weights: ["1", "-0.1"], code: "invalid_allocation" },
    { name: "a negative bigint weight", weights: [-1n], code: "invalid_allocation" },
    { name: "a fractional number weight", weights: [0.5, 0.5], code: "invalid_amount" },
    { name: "a NaN weight", weights: [Number.NaN], code: "invalid_amount" },
    { name: "an Infinity weight", weights: [new Dec(Number.POSITIVE_INFINITY)], code: "invalid_amount" },
    { name: "a malformed string weight", weights: ["abc"], code: "invalid_amount" },
  ])("throws $code for $name", ({ weights, code }) => {
    expect(() => allocate(money(100n, "USD"), weights)).toThrow(billingError(code));
  });
});

describe("splitEvenly", () => {
  test.each<{ total: bigint; currency: string; n: number; expected: bigint[] }>([
    { total: 100n, currency: "USD", n: 3, expected: [34n, 33n, 33n] },
    { total: -100n, currency: "USD", n: 3, expected: [-34n, -33n, -33n] },
    { total: 0n, currency: "EUR", n: 2, expected: [0n, 0n] },
    { total: 1n, currency: "USD", n: 1, expected: [1n] },
    { total: 7n, currency: "JPY", n: 7, expected: [1n, 1n, 1n, 1n, 1n, 1n, 1n] },
    { total: 5n, currency: "KWD", n: 4, expected: [2n, 1n, 1n, 1n] },
  ])("$total $currency into $n", ({ total, currency, n, expected }) => {
    expect(splitEvenly(money(total, currency), n).map((part) => part.amountMinor)).toEqual(expected);
  });

  test.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])("rejects n = %s", (n) => {
    expect(() => splitEvenly(money(100n, "USD"), n)).toThrow(billingError("invalid_allocation"));
  });
});

describe("allocate properties", () => {
  const currency = fc.constantFrom("USD", "JPY", "KWD", "CLF");
  const total = fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n });
  const weight = fc.oneof(
    fc.bigInt({ min: 0n, max: 10n ** 20n }),
    fc.nat({ max: 1000 }),
    fc.tuple(fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.integer({ min: 0, max: 12 })).map(([c, s]) => new Dec(`${c}e-${s}`).toFixed()),
  );
  const weights = fc.array(weight, { minLength: 1, maxLength: 20 });

  // The share of part i is total × w_i / Σw (or total / n when every weight is zero). 200 digits keep
  // the reference far more precise than the smallest possible remainder (1 / Σw).
  const Precise = Dec.clone({ precision: 200 });
  const exactShares = (amount: bigint, ws: readonly DecimalInput[]) => {
    const decimals = ws.map((w) => new Precise(w.toString()));
    const weightSum = decimals.reduce((a, b) => a.plus(b), new Precise(0));
    const total = new Precise(amount.toString());
    return decimals.map((w) => (weightSum.isZero() ? total.div(ws.length) : total.times(w).div(weightSum)));
  };

  test("parts always sum exactly to the total", () => {
    fc.assert(
      fc.property(total, currency, weights, (t, c, ws) => {
        expect(sum(allocate(money(t, c), ws), c)).toEqual(money(t, c));
      }),
    );
  });

  test("each part is within one minor unit of its exact share", () => {
    fc.assert(
      fc.property(total, currency, weights, (t, c, ws) => {
        const parts = minorUnits(t, c, ws);
        exactShares(t, ws).forEach((share, i) => {
          expect(new Dec(String(parts[i])).minus(share).abs().lt(1)).toBe(true);
        });
      }),
    );
  });

  test("a negative total is the mirror image of the positive one", () => {
    fc.assert(
      fc.property(total, currency, weights, (t, c, ws) => {
        expect(allocate(money(-t, c), ws)).toEqual(allocate(money(t, c), ws).map(negate));
      }),
    );
  });

  test("every part has the sign of the total", () => {
    fc.assert(
      fc.property(total, currency, weights, (t, c, ws) => {
        for (const part of minorUnits(t, c, ws)) expect(t >= 0n ? part >= 0n : part <= 0n).toBe(true);
      }),
    );
  });

  test("scaling every weight by the same factor changes nothing", () => {
    fc.assert(
      fc.property(total, currency, fc.array(fc.bigInt({ min: 0n, max: 10n ** 12n }), { minLength: 1, maxLength: 10 }), fc.bigInt({ min: 1n, max: 1000n }), (t, c, ws, k) => {
        expect(minorUnits(t, c, ws.map((w) => w * k))).toEqual(minorUnits(t, c, ws));
      }),
    );
  });
});
