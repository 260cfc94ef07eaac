import { toDec, toScaledBigInt, type DecimalInput } from "./decimal";
import { BillingError } from "./errors";
import { money, type Money } from "./money";

/**
 * Splits `total` in proportion to `weights` by the largest-remainder method, so the parts always
 * sum exactly to the total. Each part is the floor of its exact share; the minor units left over go
 * one each to the parts with the largest remainders, ties to the earliest index.
 *
 *   100 by [1, 1, 1] → [34, 33, 33]    1 by [1, 1] → [1, 0]    -100 by [1, 1, 1] → [-34, -33, -33]
 *
 * A negative total is split as its absolute value, then negated, so a credit mirrors its charge.
 * If every weight is zero the total is split evenly. Weights must be non-negative.
 */
export function allocate(total: Money, weights: readonly DecimalInput[]): Money[] {
  if (weights.length === 0) {
    throw new BillingError("invalid_allocation", "Cannot allocate over an empty list of weights");
  }
  const decimals = weights.map((w) => toDec(w));
  if (decimals.some((w) => w.lt(0))) {
    throw new BillingError("invalid_allocation", "Allocation weights must not be negative", {
      weights: decimals.map((w) => w.toFixed()),
    });
  }
  // Scale every weight to an integer so all the arithmetic below is exact bigint arithmetic.
  const scale = decimals.reduce((max, w) => Math.max(max, w.decimalPlaces()), 0);
  const scaled = decimals.map((w) => toScaledBigInt(w, scale));
  const ints = scaled.every((w) => w === 0n) ? scaled.map(() => 1n) : scaled;
  const weightTotal = ints.reduce((a, b) => a + b, 0n);

  const negative = total.amountMinor < 0n;
  const amount = negative ? -total.amountMinor : total.amountMinor;
  // share_i = amount × w_i / weightTotal; every remainder shares that denominator, so they compare directly.
  const floors = ints.map((w) => (amount * w) / weightTotal);
  const leftover = amount - floors.reduce((a, b) => a + b, 0n);
  const ranked = ints
    .map((w, index) => ({ remainder: (amount * w) % weightTotal, index }))
    .sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  // leftover < weights.length: each floor loses less than one minor unit.
  const bonus = new Set(ranked.slice(0, Number(leftover)).map(({ index }) => index));

  return floors.map((floor, index) => {
    const part = bonus.has(index) ? floor + 1n : floor;
    return money(negative ? -part : part, total.currency);
  });
}

/** Splits `total` into `n` parts that differ by at most one minor unit, larger parts first. */
export function splitEvenly(total: Money, n: number): Money[] {
  if (!Number.isSafeInteger(n) || n < 1) {
    throw new BillingError("invalid_allocation", `Cannot split into ${n} parts`, { n });
  }
  return allocate(total, Array.from({ length: n }, () => 1));
}
