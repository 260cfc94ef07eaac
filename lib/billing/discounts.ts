/**
 * Coupons: when they are active, and how they reduce already-rated invoice lines (integer minor
 * units). Order of application, rounding and worked examples: docs/pricing.md.
 */
import { allocate } from "./allocate";
import { assertCurrency } from "./currency";
import { BillingError } from "./errors";
import { money, sumMinor } from "./money";
import { HUNDRED_PERCENT, parsePercent } from "./percent";
import { roundQuotientMinor } from "./rounding";

export type CouponDuration = "once" | "repeating" | "forever";

export type Coupon = {
  id: string;
  duration: CouponDuration;
  /** Billing periods a "repeating" coupon lasts: periods 0 … durationPeriods − 1 after redemption. */
  durationPeriods?: number;
  /** Restricts the coupon to the lines with these keys; without it the coupon applies to the whole invoice. */
  appliesTo?: { lineKeys?: readonly string[] };
} & (
  | { kind: "percent"; percent: string } // "12.5" is 12.5 %: above 0, at most 100
  | { kind: "fixed"; amountMinor: bigint; currency: string }
);

export type DiscountableLine = { key: string; amountMinor: bigint };

/** `netMinor` = `amountMinor` − `discountMinor`. */
export type DiscountedLine<L extends DiscountableLine> = L & { discountMinor: bigint; netMinor: bigint };

/**
 * What one active coupon took off the invoice. `unusedMinor` is the part of a fixed amount that
 * found no charge left to reduce; it is reported, not carried to a later invoice (0 for percent coupons).
 */
export type CouponApplication = { couponId: string; discountMinor: bigint; unusedMinor: bigint };

/** Throws invalid_coupon (unknown_currency for a bad currency) unless the coupon is well formed. */
export function assertValidCoupon(coupon: Coupon): void {
  // Coupons arrive as JSON, so the runtime values are checked, not only the types.
  const fail = (message: string): never => {
    throw new BillingError("invalid_coupon", `Coupon ${JSON.stringify(coupon.id)}: ${message}`, { couponId: coupon.id });
  };
  if (coupon.kind === "percent") {
    const percent = parsePercent(coupon.percent);
    if (percent === undefined || percent <= 0n || percent > HUNDRED_PERCENT) {
      fail(`percent must be a decimal string above 0 and at most 100 (got ${JSON.stringify(coupon.percent)}).`);
    }
  } else if (coupon.kind === "fixed") {
    if (typeof coupon.amountMinor !== "bigint" || coupon.amountMinor <= 0n) fail("amountMinor must be a positive bigint.");
    assertCurrency(coupon.currency);
  } else {
    fail(`unknown kind ${JSON.stringify((coupon as { kind: unknown }).kind)}.`);
  }

  const periods = coupon.durationPeriods;
  if (coupon.duration === "repeating") {
    if (periods === undefined || !Number.isSafeInteger(periods) || periods < 1) fail("a repeating coupon needs durationPeriods ≥ 1.");
  } else if (coupon.duration === "once" || coupon.duration === "forever") {
    if (periods !== undefined) fail(`durationPeriods is only for repeating coupons, not ${coupon.duration}.`);
  } else {
    fail(`unknown duration ${JSON.stringify(coupon.duration)}.`);
  }

  if (coupon.appliesTo?.lineKeys?.length === 0) fail("appliesTo.lineKeys is empty; omit it to apply the coupon to the whole invoice.");
}

/**
 * Whether the coupon discounts billing period `periodIndex`, counted from the period of redemption
 * (0): "once" → period 0 only; "repeating" N → periods 0 … N − 1; "forever" → every period.
 */
export function couponAppliesInPeriod(coupon: Coupon, periodIndex: number): boolean {
  assertValidCoupon(coupon);
  assertPeriodIndex(periodIndex);
  switch (coupon.duration) {
    case "once":
      return periodIndex === 0;
    case "repeating":
      return periodIndex < (coupon.durationPeriods ?? 0);
    case "forever":
      return true;
  }
}

function assertPeriodIndex(periodIndex: number): void {
  if (!Number.isSafeInteger(periodIndex) || periodIndex < 0) {
    throw new BillingError("invalid_invoice_input", `The coupon period index must be a whole number ≥ 0 (got ${periodIndex}).`, { periodIndex });
  }
}

// Line-restricted before invoice-level, then percent before fixed; sort is stable, so input order breaks ties.
const applicationRank = (coupon: Coupon) => (coupon.appliesTo?.lineKeys ? 0 : 2) + (coupon.kind === "percent" ? 0 : 1);

/**
 * Applies the coupons active in `periodIndex` to the lines (returned in input order, extra fields
 * kept). Only charges are discounted: a line qualifies while its net is above zero, so no line
 * ever goes below zero and negative lines (proration credits) are never discounted.
 *
 * - Order: line-restricted coupons, then invoice-level ones; within each group percent before
 *   fixed, so a percent coupon takes its share of the price, not of a price a fixed amount already
 *   cut, and percent coupons compound (10 % then 10 % is 19 %).
 * - Percent: per eligible line, net × percent / 100 computed exactly and rounded once, half up.
 * - Fixed: capped at the eligible lines' remaining net, split over them in proportion to their
 *   nets by largest remainder (parts sum exactly); the rest is reported as `unusedMinor`.
 */
export function applyCoupons<L extends DiscountableLine>(
  currency: string,
  lines: readonly L[],
  coupons: readonly Coupon[],
  periodIndex: number,
): { lines: DiscountedLine<L>[]; coupons: CouponApplication[] } {
  const code = assertCurrency(currency);
  assertPeriodIndex(periodIndex);
  const active = coupons.filter((coupon) => couponAppliesInPeriod(coupon, periodIndex));
  for (const coupon of coupons) {
    if (coupon.kind === "fixed" && coupon.currency !== code) {
      throw new BillingError("currency_mismatch", `Coupon ${JSON.stringify(coupon.id)} is in ${coupon.currency}, the invoice in ${code}.`, {
        currencies: [coupon.currency, code],
      });
    }
  }

  const discounted: DiscountedLine<L>[] = lines.map((line) => ({ ...line, discountMinor: 0n, netMinor: line.amountMinor }));
  const applications = [...active]
    .sort((a, b) => applicationRank(a) - applicationRank(b))
    .map((coupon): CouponApplication => {
      const keys = coupon.appliesTo?.lineKeys;
      const eligible = discounted.filter((line) => line.netMinor > 0n && (keys === undefined || keys.includes(line.key)));
      const shares = coupon.kind === "percent" ? percentShares(coupon.percent, eligible) : fixedShares(coupon.amountMinor, eligible, code);
      eligible.forEach((line, index) => {
        const share = shares[index]!;
        line.discountMinor += share;
        line.netMinor -= share;
      });
      const discountMinor = sumMinor(shares);
      return { couponId: coupon.id, discountMinor, unusedMinor: coupon.kind === "fixed" ? coupon.amountMinor - discountMinor : 0n };
    });
  return { lines: discounted, coupons: applications };
}

function percentShares(percent: string, eligible: readonly { netMinor: bigint }[]): bigint[] {
  const scaled = parsePercent(percent)!; // checked by assertValidCoupon
  // percent ≤ 100, so a share never exceeds the line's net.
  return eligible.map((line) => roundQuotientMinor(line.netMinor * scaled, HUNDRED_PERCENT));
}

function fixedShares(amountMinor: bigint, eligible: readonly { netMinor: bigint }[], currency: string): bigint[] {
  if (eligible.length === 0) return [];
  const nets = eligible.map((line) => line.netMinor);
  const room = sumMinor(nets);
  const applied = amountMinor < room ? amountMinor : room;
  // A part never exceeds its weight when the total does not exceed the sum of weights.
  return allocate(money(applied, currency), nets).map((part) => part.amountMinor);
}
