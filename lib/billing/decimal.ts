import Decimal from "decimal.js";
import { BillingError } from "./errors";

// A private clone: a Decimal.set() elsewhere in the app cannot change billing maths.
// Arithmetic results are rounded to `precision` significant digits (division, long products), so
// exact steps use `multiplyExact` and rounding to money goes through rounding.ts only.
// The toExp* bounds keep toString() out of exponential notation.
export const Dec = Decimal.clone({ precision: 50, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -9e15, toExpPos: 9e15 });
export type Dec = Decimal;

export type DecimalInput = string | number | bigint | Dec;

// Leading digit required on both sides of the point: "1.", ".5", "1e5", "+-1" and spaces are rejected.
export const DECIMAL_STRING = /^[+-]?(\d+)(?:\.(\d+))?$/;

/** Parses a plain decimal string such as "-12.345" with at most `maxScale` fraction digits. */
export function parseDecimalString(value: string, { maxScale = 12 }: { maxScale?: number } = {}): Dec {
  const match = DECIMAL_STRING.exec(value);
  if (!match) {
    throw new BillingError("invalid_amount", `Not a decimal string: ${JSON.stringify(value)}`, { value });
  }
  const scale = match[2]?.length ?? 0;
  if (scale > maxScale) {
    throw new BillingError("invalid_amount", `At most ${maxScale} decimal places allowed: ${value}`, { value, maxScale });
  }
  return new Dec(value);
}

/**
 * Converts an input to Dec. Numbers must be safe integers: a float such as 0.1 is already inexact,
 * so fractional values must arrive as strings.
 */
export function toDec(value: DecimalInput): Dec {
  if (typeof value === "string") return parseDecimalString(value);
  if (typeof value === "bigint") return new Dec(value.toString());
  if (typeof value === "number") {
    if (!Number.isSafeInteger(value)) {
      throw new BillingError("invalid_amount", `Numbers must be safe integers; pass decimals as strings: ${value}`, { value });
    }
    return new Dec(value);
  }
  if (!value.isFinite()) {
    throw new BillingError("invalid_amount", `Not a finite decimal: ${value.toString()}`, { value: value.toString() });
  }
  return new Dec(value);
}

/** Exact integer value × 10^scale. Throws if `value` has more than `scale` decimal places. */
export function toScaledBigInt(value: Dec, scale: number): bigint {
  if (value.decimalPlaces() > scale) {
    throw new BillingError("invalid_amount", `${value.toFixed()} has more than ${scale} decimal places`, { value: value.toFixed(), scale });
  }
  return BigInt(value.toFixed(scale).replace(".", ""));
}

/** integer × decimal without the precision cap: the constructor keeps every digit, `times` would not. */
export function multiplyExact(integer: bigint, factor: Dec): Dec {
  const scale = factor.decimalPlaces();
  return new Dec(`${integer * toScaledBigInt(factor, scale)}e-${scale}`);
}

const POWERS_OF_TEN: readonly bigint[] = Array.from({ length: 64 }, (_, exponent) => 10n ** BigInt(exponent));

/** 10^exponent as a bigint; cached, since fixed-point hot paths scale by powers of ten constantly. */
export function powerOfTen(exponent: number): bigint {
  return POWERS_OF_TEN[exponent] ?? 10n ** BigInt(exponent);
}
