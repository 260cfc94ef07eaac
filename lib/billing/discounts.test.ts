import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { applyCoupons, assertValidCoupon, couponAppliesInPeriod, type Coupon } from "./discounts";

const billingError = (code: string) => expect.objectContaining({ name: "BillingError", code });

const percentOff = (percent: string, extra: Partial<Coupon> = {}): Coupon => ({ id: `pct-${percent}`, kind: "percent", percent, duration: "forever", ...extra }) as Coupon;
const amountOff = (amountMinor: bigint, extra: Partial<Coupon> = {}): Coupon =>
  ({ id: `off-${amountMinor}`, kind: "fixed", amountMinor, currency: "USD", duration: "forever", ...extra }) as Coupon;
const onLines = (...lineKeys: string[]) => ({ appliesTo: { lineKeys } });
const linesOf = (...amounts: bigint[]) => amounts.map((amountMinor, index) => ({ key: "abcdefghij"[index]!, amountMinor }));

describe("couponAppliesInPeriod", () => {
  test.each<{ duration: Coupon["duration"]; durationPeriods?: number; periodIndex: number; expected: boolean }>([
    { duration: "once", periodIndex: 0, expected: true },
    { duration: "once", periodIndex: 1, expected: false },
    { duration: "once", periodIndex: 12, expected: false },
    { duration: "repeating", durationPeriods: 3, periodIndex: 0, expected: true },
    { duration: "repeating", durationPeriods: 3, periodIndex: 2, expected: true },
    { duration: "repeating", durationPeriods: 3, periodIndex: 3, expected: false },
    { duration: "repeating", durationPeriods: 1, periodIndex: 1, expected: false },
    { duration: "forever", periodIndex: 0, expected: true },
    { duration: "forever", periodIndex: 1000, expected: true },
  ])("$duration ($durationPeriods periods) in period $periodIndex → $expected", ({ duration, durationPeriods, periodIndex, expected }) => {
    const coupon = percentOff("10", durationPeriods === undefined ? { duration } : { duration, durationPeriods });
    expect(couponAppliesInPeriod(coupon, periodIndex)).toBe(expected);
  });

  test.each([-1, 1.5, Number.NaN, Number.POSITIVE_INFINITY])("rejects the period index %s", (periodIndex) => {
    expect(() => couponAppliesInPeriod(percentOff("10"), periodIndex)).toThrow(billingError("invalid_invoice_input"));
  });
});

describe("assertValidCoupon", () => {
  test.each<{ name: string; coupon: Coupon }>([
    { name: "100 %", coupon: percentOff("100") },
    { name: "a 12-decimal percent", coupon: percentOff("0.000000000001") },
    { name: "a fixed amount", coupon: amountOff(1n) },
    { name: "a repeating coupon", coupon: percentOff("10", { duration: "repeating", durationPeriods: 3 }) },
    { name: "a restricted coupon", coupon: amountOff(100n, onLines("a")) },
  ])("accepts $name", ({ coupon }) => {
    expect(() => assertValidCoupon(coupon)).not.toThrow();
  });

  test.each<{ name: string; coupon: Coupon; code: string }>([
    { name: "0 %", coupon: percentOff("0"), code: "invalid_coupon" },
    { name: "over 100 %", coupon: percentOff("100.000000000001"), code: "invalid_coupon" },
    { name: "a negative percent", coupon: percentOff("-5"), code: "invalid_coupon" },
    { name: "a malformed percent", coupon: percentOff("1e1"), code: "invalid_coupon" },
    { name: "a percent given as a number", coupon: percentOff(10 as unknown as string), code: "invalid_coupon" },
    { name: "a zero amount", coupon: amountOff(0n), code: "invalid_coupon" },
    { name: "a negative amount", coupon: amountOff(-100n), code: "invalid_coupon" },
    { name: "an amount given as a number", coupon: amountOff(100 as unknown as bigint), code: "invalid_coupon" },
    { name: "an unknown currency", coupon: amountOff(100n, { currency: "usd" }), code: "unknown_currency" },
    { name: "an unknown kind", coupon: { ...percentOff("10"), kind: "bogo" } as unknown as Coupon, code: "invalid_coupon" },
    { name: "repeating without periods", coupon: percentOff("10", { duration: "repeating" }), code: "invalid_coupon" },
    { name: "repeating for 0 periods", coupon: percentOff("10", { duration: "repeating", durationPeriods: 0 }), code: "invalid_coupon" },
    { name: "repeating for 1.5 periods", coupon: percentOff("10", { duration: "repeating", durationPeriods: 1.5 }), code: "invalid_coupon" },
    { name: "once with periods", coupon: percentOff("10", { duration: "once", durationPeriods: 2 }), code: "invalid_coupon" },
    { name: "an unknown duration", coupon: percentOff("10", { duration: "weekly" as Coupon["duration"] }), code: "invalid_coupon" },
    { name: "an empty line restriction", coupon: percentOff("10", onLines()), code: "invalid_coupon" },
  ])("rejects $name with $code", ({ coupon, code }) => {
    expect(() => assertValidCoupon(coupon)).toThrow(billingError(code));
  });
});

describe("applyCoupons", () => {
  test.each<{ name: string; currency?: string; amounts: bigint[]; coupons: Coupon[]; discounts: bigint[]; unused?: bigint[] }>([
    { name: "percent", amounts: [1000n], coupons: [percentOff("10")], discounts: [100n] },
    { name: "decimal percent rounds half up once", amounts: [1999n], coupons: [percentOff("12.5")], discounts: [250n] }, // 249.875
    { name: "percent tie rounds up", amounts: [1005n], coupons: [percentOff("10")], discounts: [101n] }, // 100.5
    { name: "percent on each line separately", amounts: [1005n, 1005n], coupons: [percentOff("10")], discounts: [101n, 101n] },
    { name: "100 % empties every line", amounts: [1000n, 1n], coupons: [percentOff("100")], discounts: [1000n, 1n] },
    { name: "fixed", amounts: [1000n], coupons: [amountOff(500n)], discounts: [500n], unused: [0n] },
    { name: "fixed larger than the line is capped", amounts: [1000n], coupons: [amountOff(1500n)], discounts: [1000n], unused: [500n] },
    { name: "fixed larger than the invoice", amounts: [1000n, 2000n, 500n], coupons: [amountOff(5000n)], discounts: [1000n, 2000n, 500n], unused: [1500n] },
    { name: "fixed over 3 equal lines, leftover cent to the first", amounts: [1000n, 1000n, 1000n], coupons: [amountOff(1000n)], discounts: [334n, 333n, 333n] },
    // 500, 333.33…, 166.66…: the leftover cent goes to the largest remainder (.67), not to the first line.
    { name: "fixed over 3 lines by largest remainder", amounts: [3000n, 2000n, 1000n], coupons: [amountOff(1000n)], discounts: [500n, 333n, 167n] },
    { name: "fixed skips zero lines", amounts: [0n, 1000n], coupons: [amountOff(100n)], discounts: [0n, 100n] },
    { name: "restricted percent", amounts: [1000n, 2000n], coupons: [percentOff("20", onLines("b"))], discounts: [0n, 400n] },
    { name: "restricted fixed over two of three lines", amounts: [1000n, 5000n, 2000n], coupons: [amountOff(300n, onLines("a", "c"))], discounts: [100n, 0n, 200n] },
    { name: "restricted to a line not on the invoice", amounts: [1000n], coupons: [amountOff(300n, onLines("zz"))], discounts: [0n], unused: [300n] },
    // Percent first: 10 % of 1000, then 500; fixed first would give 500 + 10 % of 500 = 550.
    { name: "percent before fixed whatever the input order", amounts: [1000n], coupons: [amountOff(500n), percentOff("10")], discounts: [600n] },
    // Restricted first: a → 500, then 10 % of 500 and of 1000.
    { name: "restricted before invoice-level", amounts: [1000n, 1000n], coupons: [percentOff("10"), amountOff(500n, onLines("a"))], discounts: [550n, 100n] },
    { name: "percent coupons compound", amounts: [1000n], coupons: [percentOff("10"), { ...percentOff("10"), id: "second" }], discounts: [190n] },
    { name: "a fixed amount after 100 % goes unused", amounts: [1000n], coupons: [amountOff(100n), percentOff("100")], discounts: [1000n], unused: [0n, 100n] },
    { name: "credit lines are not discounted", amounts: [1000n, -300n], coupons: [percentOff("10")], discounts: [100n, 0n] },
    { name: "credit lines do not absorb a fixed amount", amounts: [1000n, -300n], coupons: [amountOff(2000n)], discounts: [1000n, 0n], unused: [1000n] },
    { name: "JPY percent", currency: "JPY", amounts: [999n], coupons: [percentOff("15")], discounts: [150n] }, // 149.85 yen
    { name: "KWD percent", currency: "KWD", amounts: [1234n], coupons: [percentOff("12.5")], discounts: [154n] }, // 154.25 fils
    { name: "KWD fixed over 3 lines", currency: "KWD", amounts: [1000n, 1000n, 1000n], coupons: [amountOff(1000n, { currency: "KWD" })], discounts: [334n, 333n, 333n] },
  ])("$name", ({ currency = "USD", amounts, coupons, discounts, unused }) => {
    const result = applyCoupons(currency, linesOf(...amounts), coupons, 0);
    expect(result.lines.map((line) => line.discountMinor)).toEqual(discounts);
    expect(result.lines.map((line) => line.netMinor)).toEqual(amounts.map((amount, index) => amount - discounts[index]!));
    if (unused) expect(result.coupons.map((coupon) => coupon.unusedMinor)).toEqual(unused);
  });

  test("reports coupons in the order they were applied", () => {
    const result = applyCoupons("USD", linesOf(1000n, 1000n), [amountOff(100n), percentOff("10"), amountOff(50n, onLines("a"))], 0);
    expect(result.coupons).toEqual([
      { couponId: "off-50", discountMinor: 50n, unusedMinor: 0n },
      { couponId: "pct-10", discountMinor: 195n, unusedMinor: 0n },
      { couponId: "off-100", discountMinor: 100n, unusedMinor: 0n },
    ]);
  });

  test.each<{ periodIndex: number; discounted: string[] }>([
    { periodIndex: 0, discounted: ["once", "twice", "always"] },
    { periodIndex: 1, discounted: ["twice", "always"] },
    { periodIndex: 2, discounted: ["always"] },
  ])("only coupons active in period $periodIndex discount or are reported", ({ periodIndex, discounted }) => {
    const coupons: Coupon[] = [
      amountOff(10n, { id: "once", duration: "once" }),
      amountOff(10n, { id: "twice", duration: "repeating", durationPeriods: 2 }),
      amountOff(10n, { id: "always" }),
    ];
    const result = applyCoupons("USD", linesOf(1000n), coupons, periodIndex);
    expect(result.coupons.map((coupon) => coupon.couponId)).toEqual(discounted);
    expect(result.lines[0]!.discountMinor).toBe(10n * BigInt(discounted.length));
  });

  test("rejects a bad period index even without coupons", () => {
    expect(() => applyCoupons("USD", linesOf(1000n), [], -1)).toThrow(billingError("invalid_invoice_input"));
  });

  test("keeps the caller's line fields", () => {
    const [line] = applyCoupons("USD", [{ key: "a", amountMinor: 100n, description: "Seats" }], [], 0).lines;
    expect(line).toEqual({ key: "a", amountMinor: 100n, description: "Seats", discountMinor: 0n, netMinor: 100n });
  });

  test.each<{ name: string; coupon: Coupon; code: string }>([
    { name: "a fixed coupon in another currency", coupon: amountOff(100n, { currency: "EUR" }), code: "currency_mismatch" },
    { name: "an inactive coupon in another currency", coupon: amountOff(100n, { currency: "EUR", duration: "once" }), code: "currency_mismatch" },
    { name: "a malformed coupon", coupon: percentOff("150"), code: "invalid_coupon" },
  ])("throws $code for $name", ({ coupon, code }) => {
    expect(() => applyCoupons("USD", linesOf(1000n), [coupon], 1)).toThrow(billingError(code));
  });
});

describe("applyCoupons properties", () => {
  const amounts = fc.array(fc.bigInt({ min: -(10n ** 6n), max: 10n ** 9n }), { minLength: 1, maxLength: 8 });
  const coupon = fc.oneof(
    fc.integer({ min: 1, max: 100_000 }).map((thousandths) => percentOff((thousandths / 1000).toFixed(3))),
    fc.bigInt({ min: 1n, max: 10n ** 10n }).map((amount) => amountOff(amount)),
  );
  const restricted = fc.tuple(coupon, fc.option(fc.subarray([..."abcdefgh"], { minLength: 1 }), { nil: undefined }), fc.nat()).map(([c, keys, n]) =>
    ({ ...c, id: `${c.id}-${n}`, ...(keys ? onLines(...keys) : {}) }) as Coupon,
  );
  const coupons = fc.array(restricted, { maxLength: 5 });

  test("never discounts a charge below zero nor a credit at all, and reports every minor unit", () => {
    fc.assert(
      fc.property(amounts, coupons, (as, cs) => {
        const result = applyCoupons("USD", linesOf(...as), cs, 0);
        for (const line of result.lines) {
          if (line.amountMinor > 0n) expect(line.netMinor >= 0n && line.discountMinor >= 0n).toBe(true);
          else expect(line.discountMinor).toBe(0n);
        }
        const lineTotal = result.lines.reduce((total, line) => total + line.discountMinor, 0n);
        expect(result.coupons.reduce((total, c) => total + c.discountMinor, 0n)).toBe(lineTotal);
        for (const application of result.coupons) expect(application.discountMinor >= 0n && application.unusedMinor >= 0n).toBe(true);
      }),
    );
  });

  test("an invoice-level fixed amount that fits is allocated exactly", () => {
    fc.assert(
      fc.property(fc.array(fc.bigInt({ min: 0n, max: 10n ** 9n }), { minLength: 1, maxLength: 8 }), fc.bigInt({ min: 1n, max: 10n ** 10n }), (as, amount) => {
        const room = as.reduce((a, b) => a + b, 0n);
        fc.pre(amount <= room);
        const result = applyCoupons("USD", linesOf(...as), [amountOff(amount)], 0);
        expect(result.lines.reduce((total, line) => total + line.discountMinor, 0n)).toBe(amount);
        expect(result.coupons[0]!.unusedMinor).toBe(0n);
      }),
    );
  });
});
