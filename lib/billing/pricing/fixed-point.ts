/**
 * Exact fixed-point arithmetic on bigint, the rating engine's fast alternative to Dec.
 *
 * Decimal strings carry at most 12 decimal places, so each kind of value is stored as an integer
 * count of a power of ten chosen so that the engine's products land on one amount scale without
 * any rescaling or division:
 *
 *   units   (quantities, tier bounds, transaction amounts)  × 10^12
 *   prices  (per unit or per unit of transaction amount)     × 10^14
 *   amounts (exact money, major units)                      × 10^26 = units × prices
 *
 * A percentage rate is a price per unit of transaction amount: "2.9" percent is the fraction 0.029,
 * and percent × 10^12 is the same integer as fraction × 10^14.
 */
import { DECIMAL_STRING, powerOfTen } from "../decimal";

export const MAX_DECIMAL_PLACES = 12;
export const UNIT_DIGITS = 12;
export const PRICE_DIGITS = 14;
export const AMOUNT_DIGITS = UNIT_DIGITS + PRICE_DIGITS;
export const PERCENT_DIGITS = PRICE_DIGITS - 2;

// Up to 15 digits fit a double exactly, and BigInt(number) is several times faster than BigInt(string).
const MAX_EXACT_DOUBLE_DIGITS = 15;
const ZEROS = "0".repeat(AMOUNT_DIGITS + 1);

/**
 * `value` × 10^digits as a bigint, or undefined unless `value` is a plain decimal string (the
 * grammar of parseDecimalString) with at most 12 decimal places. `digits` must be ≥ 12.
 */
export function parseFixed(value: unknown, digits: number): bigint | undefined {
  if (typeof value !== "string") return undefined;
  const match = DECIMAL_STRING.exec(value);
  if (match === null) return undefined;
  const fraction = match[2] ?? "";
  if (fraction.length > MAX_DECIMAL_PLACES) return undefined;
  const digitText = match[1] + fraction;
  const coefficient = digitText.length <= MAX_EXACT_DOUBLE_DIGITS ? BigInt(Number(digitText)) : BigInt(digitText);
  const magnitude = coefficient * powerOfTen(digits - fraction.length);
  return value.charCodeAt(0) === 45 /* "-" */ ? -magnitude : magnitude;
}

/** The shortest exact decimal string of `value` × 10^-digits: (1250n, 3) → "1.25". */
export function formatFixed(value: bigint, digits: number): string {
  if (value < 0n) return `-${formatFixed(-value, digits)}`;
  let text = value.toString();
  if (text.length <= digits) text = ZEROS.slice(0, digits + 1 - text.length) + text;
  const point = text.length - digits;
  let end = text.length;
  while (end > point && text.charCodeAt(end - 1) === 48 /* "0" */) end--;
  return end === point ? text.slice(0, point) : `${text.slice(0, point)}.${text.slice(point, end)}`;
}
