// The quantity a usage limit compares the period's usage to: its own threshold, or its percentage
// of the quantity the customer's price of the meter includes.
import { Dec } from "../billing/decimal";

/** Decimal places of a computed threshold (the meter's unit precision); the last is rounded half up. */
const THRESHOLD_DECIMALS = 12;

export type LimitThresholdSpec = { threshold: string | null; thresholdPercent: string | null };

/** Whether two optional decimal quantities are equal ("8000" and "8000.000" are; null equals only null). */
export const sameQuantity = (a: string | null, b: { toString(): string } | null): boolean => (a === null || b === null ? a === b : new Dec(a).equals(b.toString()));

/** Null for a percentage limit while its meter's price includes nothing: there is nothing to reach. */
export function effectiveThreshold(spec: LimitThresholdSpec, includedQuantity: string | null): string | null {
  if (spec.threshold !== null) return new Dec(spec.threshold).toFixed();
  if (spec.thresholdPercent === null || includedQuantity === null) return null;
  const quantity = new Dec(includedQuantity).times(spec.thresholdPercent).dividedBy(100).toDecimalPlaces(THRESHOLD_DECIMALS, Dec.ROUND_HALF_UP);
  // A tiny quota times a tiny percentage could round to 0, which every usage would reach.
  return quantity.isZero() ? new Dec(1).dividedBy(new Dec(10).pow(THRESHOLD_DECIMALS)).toFixed() : quantity.toFixed();
}
