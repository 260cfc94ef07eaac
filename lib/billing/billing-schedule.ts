/**
 * When the billing run makes a subscription's next invoice. The invoice that opens period n is due
 * at the start of period n. Once the subscription has ended (canceled or expired at `endedAt`), one
 * closing invoice remains: the one whose period starts at or after the end, made at the end itself
 * (it carries the in-arrears fees and usage of the last, possibly cut, period); after it, nothing.
 */
import { periodAt, periodByIndex, type BillingCycle } from "./periods";

export function nextBillingTime(cycle: BillingCycle, nextPeriodIndex: number, endedAt: Date | null): Date | null {
  const start = periodByIndex(cycle, nextPeriodIndex).start;
  if (endedAt === null) return start;
  if (endedAt <= cycle.anchor) return nextPeriodIndex === 0 ? endedAt : null;
  const closing = closingPeriodIndex(cycle, endedAt);
  if (nextPeriodIndex > closing) return null;
  return start < endedAt ? start : endedAt;
}

/** The index of the period whose opening invoice closes a subscription ended at `endedAt` (after its anchor). */
export function closingPeriodIndex(cycle: BillingCycle, endedAt: Date): number {
  return periodAt(cycle, new Date(endedAt.getTime() - 1)).index + 1;
}
