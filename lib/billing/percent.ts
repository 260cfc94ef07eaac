/**
 * Percentages as exact integers, shared by coupons and tax rates: "12.5" (at most 12 decimal
 * places, as the API accepts decimals) is held as 12.5 × 10^12. Amount × percent is then a bigint
 * product, and every division (by 100, or by 100 + Σ rates for tax-inclusive prices) stays an
 * exact quotient for `roundQuotientMinor`.
 */
import { Dec, DECIMAL_STRING, toScaledBigInt } from "./decimal";

const PERCENT_DECIMALS = 12;

/** 100 % in the scaled representation. */
export const HUNDRED_PERCENT = 100n * 10n ** BigInt(PERCENT_DECIMALS);

/** The scaled percentage, or undefined unless `value` is a decimal string with at most 12 decimal places. */
export function parsePercent(value: unknown): bigint | undefined {
  if (typeof value !== "string") return undefined;
  const match = DECIMAL_STRING.exec(value);
  if (match === null || (match[2]?.length ?? 0) > PERCENT_DECIMALS) return undefined;
  return toScaledBigInt(new Dec(value), PERCENT_DECIMALS);
}
