import type { Breakdown } from "./rater";

/** Period spend bounds, exact (major units × 10^AMOUNT_DIGITS); null = unbounded. */
export type SpendLimits = { readonly minimum: bigint | null; readonly maximum: bigint | null };

/**
 * Brings the total into [minimum, maximum] with one more line: a positive top-up below the
 * minimum (due even without usage) or a negative cap above the maximum.
 */
export function applySpendLimits(breakdown: Breakdown, { minimum, maximum }: SpendLimits): void {
  const { total } = breakdown;
  if (minimum !== null && total < minimum) breakdown.add("Minimum spend adjustment", "1", undefined, minimum - total);
  else if (maximum !== null && total > maximum) breakdown.add("Maximum spend adjustment", "1", undefined, maximum - total);
}
