/**
 * Free trials on top of the period engine: the trial does not move the billing anchor, it only
 * makes (part of) the first periods free. docs/pricing.md ("Trials").
 */
import { assertCurrency } from "./currency";
import { prorateAmount, type ProrationMode, type ProrationPeriod } from "./proration";
import { assertInstant } from "./zoned-time";

/** trial: wholly free. partial: the trial ends inside the period. paid: no trial time in it. */
export type TrialCoverage = "trial" | "partial" | "paid";

/** `trialEnd` is exclusive: the instant the trial ends is the first paid instant. `null`: no trial. */
export function isInTrial(instant: Date, trialEnd: Date | null): boolean {
  assertInstant(instant);
  return trialEnd !== null && instant < assertInstant(trialEnd, "trialEnd");
}

export function trialCoverage(period: ProrationPeriod, trialEnd: Date | null): TrialCoverage {
  if (!isInTrial(period.start, trialEnd)) return "paid";
  return isInTrial(new Date(period.end.getTime() - 1), trialEnd) ? "trial" : "partial";
}

/**
 * What a period costs once the trial is taken out: 0 in trial, `amountMinor` when paid, and for the
 * period in which the trial ends, `amountMinor` prorated over [trialEnd, end) with the cycle's mode
 * (by_day: the local day on which the trial ends is paid in full).
 */
export function paidAmountForPeriod({
  amountMinor,
  currency,
  period,
  trialEnd,
  mode,
  timeZone,
}: {
  amountMinor: bigint;
  currency: string;
  period: ProrationPeriod;
  trialEnd: Date | null;
  mode: ProrationMode;
  timeZone: string;
}): bigint {
  assertCurrency(currency);
  const coverage = trialCoverage(period, trialEnd);
  if (coverage === "trial") return 0n;
  if (coverage === "paid" || trialEnd === null) return amountMinor;
  return prorateAmount({ amountMinor, currency, period, from: trialEnd, to: period.end, mode, timeZone });
}
